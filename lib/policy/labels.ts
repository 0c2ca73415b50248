// French labels of the closed vocabularies (vocabulary.ts). One copy, read by the schema metadata
// (wizard options), the document builder and the checker.
import type {
  AUDIENCES, CHANGE_CHANNELS, CONTROLLER_KINDS, REQUIREMENTS, RETENTION_MODES, RIGHTS_CHANNELS, SECURITY_MEASURES,
  TIME_UNITS, TDataCategoryKey, TLegalBasis, TPurposeKey, TRecipientRole, TServiceKind, TTrackerCategory,
  TTransferMechanism, SPECIAL_CATEGORY_KEYS, ART9_EXCEPTIONS, PUBLIC_CONTENT, CHOICES_ACCESS, RECIPIENT_KINDS,
} from "./vocabulary";

import { lowerFirst } from "./text/grammar";
import { typo, typoDeep } from "./text/typography";

type Labels<T extends string> = Record<T, string>;

export const LEGAL_BASIS_LABELS: Record<TLegalBasis, { label: string; cite: string }> = {
  consent: { label: "Consentement", cite: "art. 6.1.a du RGPD" },
  contract: { label: "Exécution du contrat ou de mesures précontractuelles", cite: "art. 6.1.b du RGPD" },
  legal_obligation: { label: "Obligation légale", cite: "art. 6.1.c du RGPD" },
  vital_interests: { label: "Sauvegarde des intérêts vitaux", cite: "art. 6.1.d du RGPD" },
  public_task: { label: "Mission d'intérêt public", cite: "art. 6.1.e du RGPD" },
  legitimate_interest: { label: "Intérêt légitime", cite: "art. 6.1.f du RGPD" },
};

export const RECIPIENT_ROLE_LABELS: Labels<TRecipientRole> = {
  processor: "Sous-traitant",
  independent_controller: "Responsable de traitement indépendant",
  joint_controller: "Responsable conjoint du traitement",
  authority: "Autorité",
};

export const TRANSFER_MECHANISM_LABELS: Labels<TTransferMechanism> = {
  none_needed: "Aucun transfert (données dans l'EEE)",
  adequacy: "Décision d'adéquation (art. 45)",
  dpf: "Data Privacy Framework UE–États-Unis",
  scc: "Clauses contractuelles types (art. 46)",
  bcr: "Règles d'entreprise contraignantes (art. 47)",
  derogation_explicit_consent: "Consentement explicite au transfert (art. 49.1.a, exceptionnel)",
  derogation_contract: "Transfert nécessaire au contrat (art. 49.1.b)",
  unknown: "À déterminer",
};

/** `label` for lists, `short` (lower case) inside a table cell, `examples` when the answers give no details. */
export const DATA_CATEGORY_LABELS: Record<TDataCategoryKey, { label: string; short: string; examples?: string }> = {
  identity: { label: "Données d'identification", short: "identité", examples: "nom, prénom, pseudonyme" },
  contact: { label: "Coordonnées", short: "coordonnées", examples: "adresse e-mail, numéro de téléphone" },
  account_credentials: { label: "Identifiants de connexion", short: "identifiants de connexion", examples: "adresse e-mail et mot de passe, conservé sous forme hachée" },
  sso_profile: { label: "Profil de connexion tierce", short: "profil de connexion tierce", examples: "identifiant, nom et photo transmis par le fournisseur de connexion choisi" },
  billing: { label: "Données de facturation", short: "données de facturation", examples: "nom ou raison sociale, adresse de facturation" },
  payment_card: { label: "Données de carte bancaire", short: "données de carte bancaire", examples: "saisies et traitées par le prestataire de paiement" },
  transaction: { label: "Données de transaction", short: "données de transaction", examples: "montant, date, référence de la transaction, moyen de paiement utilisé" },
  order: { label: "Données de commande", short: "données de commande", examples: "produits commandés, historique des commandes, échanges relatifs aux commandes" },
  postal_address: { label: "Adresse postale", short: "adresse postale", examples: "adresse de livraison" },
  usage: { label: "Données d'utilisation", short: "données d'utilisation", examples: "pages consultées, fonctionnalités utilisées, date et heure d'accès" },
  device: { label: "Données relatives au terminal", short: "données du terminal", examples: "type d'appareil, système d'exploitation, navigateur, langue" },
  ip_address: { label: "Adresse IP", short: "adresse IP" },
  cookies_ids: { label: "Identifiants de cookies et traceurs", short: "identifiants de traceurs" },
  logs: { label: "Journaux techniques", short: "journaux techniques", examples: "journaux de connexion et d'événements" },
  messages: { label: "Messages", short: "messages", examples: "contenu des échanges avec le support ou via le formulaire de contact" },
  user_content: { label: "Contenus publiés ou importés", short: "contenus des utilisateurs", examples: "textes, images et fichiers publiés ou importés dans le service" },
  ai_prompts: { label: "Requêtes adressées à l'intelligence artificielle", short: "requêtes (« prompts »)", examples: "instructions et messages saisis" },
  ai_uploads: { label: "Fichiers transmis à l'intelligence artificielle", short: "fichiers transmis à l'IA", examples: "documents et images importés pour traitement" },
  ai_outputs: { label: "Contenus générés", short: "contenus générés", examples: "textes, images et autres résultats produits à partir des requêtes" },
  images: { label: "Images et photographies", short: "images" },
  voice: { label: "Enregistrements vocaux", short: "enregistrements vocaux" },
  location: { label: "Données de localisation", short: "localisation" },
  professional: { label: "Données professionnelles", short: "données professionnelles", examples: "entreprise, fonction, coordonnées professionnelles" },
  cv: { label: "Données de candidature", short: "données de candidature", examples: "CV, lettre de motivation, parcours, appréciations issues des entretiens" },
  social_profile: { label: "Profil de réseau social professionnel", short: "profil de réseau social", examples: "informations du profil public" },
  public_data: { label: "Données publiques", short: "données publiques", examples: "informations rendues publiques par la personne concernée ou issues de registres publics" },
  preferences: { label: "Préférences", short: "préférences", examples: "langue, paramètres, choix de communication" },
  hashed_email: { label: "Adresse e-mail hachée", short: "adresse e-mail hachée" },
  phone: { label: "Numéro de téléphone", short: "numéro de téléphone" },
  session_recordings: { label: "Enregistrements de navigation", short: "enregistrements de navigation", examples: "mouvements de souris, clics et défilement sur les pages" },
  age: { label: "Âge ou date de naissance", short: "âge" },
  health: { label: "Données de santé", short: "données de santé" },
  other_special: { label: "Autres données sensibles", short: "données sensibles" },
};

export const SPECIAL_CATEGORY_LABELS: Labels<(typeof SPECIAL_CATEGORY_KEYS)[number]> = {
  racial_ethnic_origin: "origine raciale ou ethnique",
  political_opinions: "opinions politiques",
  religious_beliefs: "convictions religieuses ou philosophiques",
  trade_union: "appartenance syndicale",
  genetic: "données génétiques",
  biometric: "données biométriques aux fins d'identifier une personne de manière unique",
  health: "données concernant la santé",
  sex_life_orientation: "données concernant la vie sexuelle ou l'orientation sexuelle",
};

export const ART9_EXCEPTION_LABELS: Record<(typeof ART9_EXCEPTIONS)[number], { label: string; cite: string }> = {
  explicit_consent: { label: "votre consentement explicite", cite: "art. 9.2.a du RGPD" },
  employment_law: { label: "les obligations du droit du travail et de la protection sociale", cite: "art. 9.2.b du RGPD" },
  vital_interests: { label: "la sauvegarde des intérêts vitaux de la personne concernée", cite: "art. 9.2.c du RGPD" },
  made_public: { label: "le fait que la personne concernée a manifestement rendu ces données publiques", cite: "art. 9.2.e du RGPD" },
  legal_claims: { label: "la constatation, l'exercice ou la défense de droits en justice", cite: "art. 9.2.f du RGPD" },
  health_care: { label: "les besoins de la médecine préventive et de la prise en charge sanitaire", cite: "art. 9.2.h du RGPD" },
};

export const TRACKER_CATEGORY_LABELS: Labels<TTrackerCategory> = {
  strictly_necessary: "Strictement nécessaire",
  audience_exempt: "Mesure d'audience exemptée",
  analytics: "Mesure d'audience (soumise au consentement)",
  advertising: "Publicité",
  social: "Réseaux sociaux",
  personalisation: "Personnalisation",
  embedded_content: "Contenus intégrés",
};

export const SERVICE_KIND_LABELS: Labels<TServiceKind> = {
  saas: "Logiciel en ligne (SaaS)",
  ai_tool: "Outil d'intelligence artificielle",
  ecommerce: "Boutique en ligne",
  mobile_app: "Application mobile",
  marketplace: "Place de marché",
  b2b_agency: "Studio ou agence B2B",
  brochure: "Site vitrine",
  content_coaching: "Contenus ou coaching en ligne",
};

/**
 * A business kind as displayed: « Logiciel en ligne (SaaS) » as a title, « logiciel en ligne (SaaS) »
 * inside a sentence (only the first letter lowered, acronyms kept), with French typography.
 */
export function serviceKindLabel(kind: TServiceKind, form: "title" | "text" = "title"): string {
  const label = typo(SERVICE_KIND_LABELS[kind]);
  return form === "title" ? label : lowerFirst(label);
}

export const PURPOSE_LABELS: Labels<TPurposeKey> = typoDeep({
  account: "Création et gestion de votre compte",
  service: "Fourniture du service",
  orders: "Gestion des commandes et des livraisons",
  payment: "Paiement et facturation",
  transactional_email: "Envoi des e-mails liés au service",
  support: "Assistance et réponse à vos demandes",
  newsletter: "Envoi de la lettre d'information",
  b2b_prospecting: "Prospection commerciale auprès des professionnels",
  audience_exempt: "Mesure d'audience anonymisée",
  analytics_consent: "Mesure d'audience et statistiques détaillées",
  advertising: "Publicité ciblée et mesure des campagnes",
  security: "Sécurité du service et prévention de la fraude",
  product_improvement: "Amélioration du service",
  ai_training: "Entraînement de nos modèles d'intelligence artificielle",
  public_gallery: "Publication de vos créations dans la galerie publique",
  recruitment: "Recrutement",
  legal_claims: "Gestion des litiges et des demandes des autorités",
  hosting: "Hébergement du service",
  ai_processing: "Traitement de vos requêtes par un modèle d'intelligence artificielle",
  embedded_content: "Affichage de contenus intégrés",
  scheduling: "Prise de rendez-vous",
  forms: "Formulaires et questionnaires",
  crm: "Gestion de la relation client",
  sms: "Envoi de SMS",
  consent_management: "Recueil et gestion de vos choix en matière de cookies",
  error_monitoring: "Détection et correction des erreurs techniques",
  cdn: "Diffusion et protection du site",
  fonts: "Affichage des polices de caractères",
  marketplace_intermediation: "Mise en relation entre acheteurs et vendeurs",
});

export const CONTROLLER_KIND_LABELS: Labels<(typeof CONTROLLER_KINDS)[number]> = {
  company: "Une société ou une association",
  individual: "Une personne physique (entrepreneur individuel, micro-entrepreneur)",
};

export const AUDIENCE_LABELS: Labels<(typeof AUDIENCES)[number]> = {
  b2c: "Des particuliers",
  b2b: "Des professionnels",
  both: "Des particuliers et des professionnels",
};

export const PUBLIC_CONTENT_LABELS: Labels<(typeof PUBLIC_CONTENT)[number]> = {
  none: "Aucun contenu n'est rendu public",
  opt_in: "Publics seulement si l'utilisateur le choisit",
  default: "Publics dès leur publication (l'utilisateur peut les rendre privés)",
};

export const CHOICES_ACCESS_LABELS: Labels<(typeof CHOICES_ACCESS)[number]> = {
  footer_link: "Un lien en bas de chaque page",
  menu_link: "Un lien dans le menu",
  floating_icon: "Une icône affichée en permanence",
  account_settings: "Les paramètres du compte",
  other: "Autre (à décrire)",
};

export const RECIPIENT_KIND_LABELS: Labels<(typeof RECIPIENT_KINDS)[number]> = {
  entity: "Une société ou un organisme identifié",
  category: "Une catégorie de destinataires (sans société désignée)",
};

export const REQUIREMENT_LABELS: Labels<(typeof REQUIREMENTS)[number]> = {
  contractual: "Obligatoire pour bénéficier du service",
  legal: "Obligatoire en vertu de la loi",
  optional: "Facultative",
  automatic: "Collecte automatique lors de l'utilisation du service",
  reused: "Données issues des autres traitements",
  indirect: "Données obtenues auprès d'un tiers (collecte indirecte)",
};

export const RETENTION_MODE_LABELS: Labels<(typeof RETENTION_MODES)[number]> = {
  duration: "Une durée fixe à compter d'un événement",
  relationship: "La durée de la relation, éventuellement prolongée",
  criteria: "Des critères",
};

export const TIME_UNIT_LABELS: Labels<(typeof TIME_UNITS)[number]> = {
  days: "jours", weeks: "semaines", months: "mois", years: "ans",
};

export const RIGHTS_CHANNEL_LABELS: Labels<(typeof RIGHTS_CHANNELS)[number]> = {
  email: "Par e-mail",
  postal: "Par courrier postal",
  form: "Par un formulaire en ligne",
  account: "Depuis les paramètres du compte",
};

export const CHANGE_CHANNEL_LABELS: Labels<(typeof CHANGE_CHANNELS)[number]> = {
  email: "Par e-mail",
  in_app: "Par une notification dans le service",
  banner: "Par un bandeau sur le site",
};

export const SECURITY_MEASURE_LABELS: Labels<(typeof SECURITY_MEASURES)[number]> = {
  encryption_transit: "chiffrement des échanges (HTTPS/TLS)",
  encryption_rest: "chiffrement des données stockées",
  password_hashing: "hachage des mots de passe",
  access_control: "accès aux données limité aux personnes habilitées",
  mfa: "authentification à plusieurs facteurs pour les accès d'administration",
  backups: "sauvegardes régulières",
  pseudonymisation: "pseudonymisation des données lorsque c'est possible",
  logging: "journalisation des accès",
  staff_confidentiality: "engagement de confidentialité des personnes habilitées",
  security_testing: "tests de sécurité réguliers",
  eu_hosting: "hébergement dans l'Union européenne",
};
