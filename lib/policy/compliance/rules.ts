// The rules of ../shared/legal/RULES.md, by ID: mandatory items (M), French specifics (F), errors (E);
// and the product's own: P01, nothing is asserted that the founder did not confirm; C, « cohérence », the
// answers contradict each other or the text they produce (compliance/consistency.ts); V, « vraisemblance »,
// the answers are implausible against the CNIL references of RULES §2.1 (compliance/plausibility.ts); R, the
// roles of RULES §9 the questionnaire expresses (compliance/roles.ts): processing for customers, joint
// controllers, privacy by default, where the EU representative is established.
// Sections of the document, findings of the checker and the tests all refer to these IDs.
export const RULE_IDS = [
  "M01", "M02", "M03", "M04", "M05", "M06", "M07", "M08", "M09", "M10", "M11", "M12", "M13", "M14", "M15", "M16", "M17",
  "F01", "F02", "F03", "F04",
  "E01", "E02", "E03", "E04", "E05", "E06", "E07", "E08", "E09", "E10", "E11", "E12", "E13",
  "P01",
  "C01", "C02", "C03", "C04", "C05", "C06", "C07", "C08",
  "V01", "V02", "V03", "V04", "V05", "V06", "V07", "V08", "V09",
  "R01", "R02", "R03", "R04",
] as const;
export type TRuleId = (typeof RULE_IDS)[number];

export const RULES: Record<TRuleId, { title: string; article: string }> = {
  M01: { title: "Identité et coordonnées du responsable du traitement", article: "RGPD art. 13.1.a et 14.1.a" },
  M02: { title: "Représentant dans l'Union européenne", article: "RGPD art. 13.1.a, 27 et 3.2" },
  M03: { title: "Délégué à la protection des données ou contact", article: "RGPD art. 13.1.b et 37" },
  M04: { title: "Finalités et base légale de chacune", article: "RGPD art. 13.1.c" },
  M05: { title: "Intérêt légitime poursuivi", article: "RGPD art. 13.1.d" },
  M06: { title: "Destinataires des données", article: "RGPD art. 13.1.e" },
  M07: { title: "Transferts hors de l'Union européenne", article: "RGPD art. 13.1.f et 14.1.f" },
  M08: { title: "Durées de conservation", article: "RGPD art. 13.2.a" },
  M09: { title: "Droits des personnes", article: "RGPD art. 13.2.b et 21.4" },
  M10: { title: "Retrait du consentement", article: "RGPD art. 13.2.c et 7.3" },
  M11: { title: "Réclamation auprès de la CNIL", article: "RGPD art. 13.2.d" },
  M12: { title: "Caractère obligatoire des données et conséquences d'un refus", article: "RGPD art. 13.2.e" },
  M13: { title: "Décisions automatisées et profilage", article: "RGPD art. 13.2.f et 22" },
  M14: { title: "Traitement ultérieur pour une nouvelle finalité", article: "RGPD art. 13.3 et 14.4" },
  M15: { title: "Collecte indirecte : catégories de données et source", article: "RGPD art. 14.1.d et 14.2.f" },
  M16: { title: "Délai de réponse aux demandes", article: "RGPD art. 12.3 et 12.5" },
  M17: { title: "Données sensibles", article: "RGPD art. 9.1 et 9.2" },
  F01: { title: "Directives post mortem", article: "Loi Informatique et Libertés art. 85" },
  F02: { title: "Majorité numérique à 15 ans", article: "RGPD art. 8, loi Informatique et Libertés art. 45" },
  F03: { title: "Cookies et traceurs", article: "Loi Informatique et Libertés art. 82" },
  F04: { title: "Prospection par voie électronique", article: "CPCE art. L34-5" },
  E01: { title: "Transferts justifiés par un consentement « par l'utilisation du service »", article: "RGPD art. 49.1.a" },
  E02: { title: "Poursuite de l'utilisation valant acceptation de la politique modifiée", article: "RGPD art. 12 et 13 ; CNIL fiche 12" },
  E03: { title: "Sections CCPA ou droits dépendant du lieu de résidence", article: "RGPD art. 3" },
  E04: { title: "Âge minimum de 13 ans", article: "RGPD art. 8, loi Informatique et Libertés art. 45" },
  E05: { title: "Opposition aux traceurs par le seul navigateur ; Google Analytics présenté comme anonyme", article: "Loi Informatique et Libertés art. 82" },
  E06: { title: "Lutte contre la fraude présentée comme une obligation légale sans texte", article: "RGPD art. 6.1.c et 6.3" },
  E07: { title: "Négation du droit d'opposition à un traitement fondé sur l'intérêt légitime", article: "RGPD art. 21" },
  E08: { title: "« 30 jours » au lieu d'un mois prolongeable de deux mois", article: "RGPD art. 12.3" },
  E09: { title: "Texte à compléter, champ vide ou date entre crochets", article: "RGPD art. 12.1" },
  E10: { title: "Certification de sécurité présentée comme garantie de transfert", article: "RGPD art. 46" },
  E11: { title: "Affirmation absolue invérifiable sur un sous-traitant", article: "RGPD art. 5.1.a et 12.1" },
  E12: { title: "Retrait du consentement confondu avec la fermeture du compte", article: "RGPD art. 7.3" },
  E13: { title: "Bases légales énumérées sans rattachement aux finalités", article: "RGPD art. 13.1.c" },
  P01: { title: "Réponse proposée par le modèle, à confirmer", article: "RGPD art. 5.1.a (loyauté, transparence) et art. 13" },
  C01: { title: "Profilage décrit dans une finalité, mais absent de la section « Décisions automatisées et profilage »", article: "RGPD art. 4.4, 13.2.f et 21" },
  C02: { title: "Finalité reposant sur des traceurs, sans les traceurs correspondants", article: "Loi Informatique et Libertés art. 82 ; RGPD art. 12.1" },
  C03: { title: "Destinataire du catalogue qui dépose des cookies, alors qu'aucun traceur n'est déclaré", article: "Loi Informatique et Libertés art. 82 ; RGPD art. 12.1" },
  C04: { title: "Outil de gestion du consentement sans aucun traceur déclaré", article: "Loi Informatique et Libertés art. 82" },
  C05: { title: "Données de carte bancaire sans prestataire de paiement parmi les destinataires", article: "RGPD art. 13.1.e" },
  C06: { title: "Traceur présenté comme exempté alors que le catalogue le soumet au consentement", article: "Loi Informatique et Libertés art. 82 ; CNIL délibération 2020-091" },
  C07: { title: "Traceur déclaré pour un usage qu'aucune finalité ne décrit", article: "RGPD art. 13.1.c ; loi Informatique et Libertés art. 82" },
  C08: { title: "Outil de consentement nommé absent des destinataires", article: "RGPD art. 13.1.e" },
  V01: { title: "Durée de vie des traceurs de mesure d'audience au-delà de 13 mois", article: "Loi Informatique et Libertés art. 82 ; CNIL recommandation 2020-092" },
  V02: { title: "Conservation des données de mesure d'audience au-delà de 25 mois", article: "RGPD art. 5.1.e ; CNIL recommandation 2020-092" },
  V03: { title: "Conservation des journaux de sécurité au-delà d'un an sans justification", article: "RGPD art. 5.1.e ; CNIL recommandation 2021-122" },
  V04: { title: "Conservation des données de prospects au-delà de 3 ans", article: "RGPD art. 5.1.e ; CNIL référentiel gestion commerciale" },
  V05: { title: "Choix en matière de cookies conservé plus de 6 mois", article: "CNIL recommandation 2020-092" },
  V06: { title: "Intérêt légitime qui se répète ou ne dit rien de concret", article: "RGPD art. 6.1.f et 13.1.d" },
  V07: { title: "Service en ligne sans hébergeur parmi les destinataires", article: "RGPD art. 13.1.e et 28" },
  V08: { title: "Traitement par une IA sans fournisseur d'IA parmi les destinataires", article: "RGPD art. 13.1.e et 28" },
  V09: { title: "Publicité soumise au consentement sans régie publicitaire parmi les destinataires", article: "RGPD art. 13.1.e et 26" },
  R01: { title: "Données traitées pour le compte de clients (sous-traitance)", article: "RGPD art. 28 ; code de la santé publique art. L1111-8" },
  R02: { title: "Responsables conjoints : l'essentiel de l'accord", article: "RGPD art. 26.2" },
  R03: { title: "Protection des données par défaut : contenus publics", article: "RGPD art. 25.2" },
  R04: { title: "Représentant établi dans l'Union", article: "RGPD art. 27.3" },
};

export type TSeverity = "blocking" | "warning" | "info";

export type TFinding = {
  ruleId: TRuleId;
  severity: TSeverity;
  /** French, addressed to the founder. */
  message: string;
  /** Path of the answer to fix ("purposes.2.legitimateInterest"); null for findings on rendered text. */
  field: string | null;
  article: string;
  /** For text findings: the offending excerpt. */
  excerpt?: string;
};
