// The sign-in errors in French, by the code next-auth (or our sign-in route) puts in `?error=`: one list for the
// error page (app/connexion/erreur) and the sign-in form, which shows them in place.
export const SIGN_IN_ERRORS: Record<string, string> = {
  TropDeDemandes: "Trop de demandes de lien de connexion pour cette adresse ou depuis ce réseau. Réessayez dans quelques minutes.",
  Indisponible: "Service momentanément indisponible\u00a0: aucun lien n’a été envoyé. Réessayez dans quelques instants.",
  Verification: "Ce lien de connexion a expiré ou a déjà servi. Demandez-en un nouveau.",
  EmailSignin: "L’envoi du lien de connexion a échoué. Vérifiez l’adresse et réessayez.",
  OAuthAccountNotLinked: "Cette adresse e-mail est déjà liée à un autre mode de connexion. Connectez-vous avec celui-ci.",
  AccessDenied: "L’accès a été refusé.",
  Configuration: "La connexion est momentanément indisponible. Réessayez dans quelques minutes.",
};
