// Ready-made purposes (RULES §5) with their usual basis and the CNIL default retention periods (RULES §2.1).
// Templates and fixtures start from these; every field stays editable in the wizard.
import { typoDeep } from "../text/typography";
import type { TPurpose } from "../schema";
import { PURPOSE_LABELS } from "../labels";

type TPreset = Omit<TPurpose, "id">;

/** CNIL (RULES §2.1): an account inactive for 2 years is deleted, after a warning. */
const INACTIVE = { inactive: true, inactiveAmount: 2, inactiveUnit: "years", inactiveNotice: true } as const;

// Copied into the founder's answers (and shown in the wizard's fields): French typography from the start.
export const PURPOSE_PRESETS = typoDeep({
  account: {
    key: "account", label: PURPOSE_LABELS.account, data: ["identity", "contact", "account_credentials"], basis: "contract",
    requirement: "contractual", consequence: "Sans ces données, le compte ne peut pas être créé.",
    retention: { mode: "relationship", until: "la clôture de votre compte", ...INACTIVE },
  },
  service: {
    key: "service", label: PURPOSE_LABELS.service, data: ["user_content", "usage"], basis: "contract",
    requirement: "contractual", consequence: "Sans ces données, le service ne peut pas être fourni.",
    retention: { mode: "relationship", until: "la clôture de votre compte" },
  },
  ai_processing: {
    key: "ai_processing", label: PURPOSE_LABELS.ai_processing, data: ["ai_prompts", "ai_uploads", "ai_outputs"], basis: "contract",
    requirement: "contractual", consequence: "Sans ces données, votre requête ne peut pas être traitée.",
    retention: { mode: "relationship", until: "la suppression de la conversation ou du projet concerné, et au plus tard la clôture de votre compte" },
  },
  orders: {
    key: "orders", label: PURPOSE_LABELS.orders, data: ["identity", "contact", "postal_address", "order"], basis: "contract",
    requirement: "contractual", consequence: "Sans ces données, la commande ne peut pas être traitée.",
    retention: { mode: "duration", amount: 5, unit: "years", from: "la livraison de la commande", criteria: "Cette durée correspond au délai de prescription des actions en justice (article 2224 du code civil)." },
  },
  payment: {
    key: "payment", label: "Paiement", data: ["billing", "payment_card", "transaction"], basis: "contract",
    requirement: "contractual", consequence: "Sans ces données, le paiement ne peut pas être effectué.",
    retention: { mode: "duration", amount: 13, unit: "months", from: "la date du débit", criteria: "Cette durée correspond au délai de contestation d'une opération de paiement (article L133-24 du code monétaire et financier). Le cryptogramme visuel de la carte n'est pas conservé." },
  },
  invoicing: {
    key: "payment", label: "Facturation et comptabilité", data: ["identity", "billing", "transaction"], basis: "legal_obligation",
    legalObligation: "article L123-22 du code de commerce", requirement: "legal",
    consequence: "Ces données sont exigées par la loi ; sans elles, la facture ne peut pas être émise.",
    retention: { mode: "duration", amount: 10, unit: "years", from: "la clôture de l'exercice comptable" },
  },
  transactional_email: {
    key: "transactional_email", label: PURPOSE_LABELS.transactional_email, data: ["contact"], basis: "contract",
    requirement: "contractual", consequence: "Sans adresse e-mail, les messages liés au service ne peuvent pas vous être adressés.",
    retention: { mode: "relationship", until: "la clôture de votre compte" },
  },
  support: {
    key: "support", label: PURPOSE_LABELS.support, data: ["identity", "contact", "messages"], basis: "legitimate_interest",
    legitimateInterest: "Répondre aux questions des visiteurs et des clients et suivre les demandes d'assistance.",
    requirement: "contractual", consequence: "Sans ces données, votre demande ne peut pas recevoir de réponse.",
    retention: { mode: "duration", amount: 3, unit: "years", from: "le dernier échange" },
  },
  newsletter: {
    key: "newsletter", label: PURPOSE_LABELS.newsletter, data: ["contact", "preferences"], basis: "consent",
    requirement: "optional", optOut: "le lien de désinscription présent dans chaque e-mail",
    retention: { mode: "duration", amount: 3, unit: "years", from: "le dernier contact de votre part" },
  },
  customer_emails: {
    key: "newsletter", label: "Offres adressées à nos clients par e-mail", data: ["contact", "order"], basis: "legitimate_interest",
    legitimateInterest: "Informer nos clients de produits ou services analogues à ceux qu'ils ont déjà achetés.",
    softOptIn: true, requirement: "optional", optOut: "le lien de désinscription présent dans chaque e-mail",
    retention: { mode: "duration", amount: 3, unit: "years", from: "votre dernier achat" },
  },
  b2b_prospecting: {
    key: "b2b_prospecting", label: PURPOSE_LABELS.b2b_prospecting, data: ["identity", "professional", "contact"], basis: "legitimate_interest",
    legitimateInterest: "Faire connaître nos services aux professionnels dont l'activité est en rapport avec notre offre.",
    requirement: "optional", optOut: "une réponse à l'un de nos messages ou le lien de désinscription présent dans chaque e-mail",
    retention: { mode: "duration", amount: 3, unit: "years", from: "le dernier contact de votre part" },
  },
  audience_exempt: {
    key: "audience_exempt", label: PURPOSE_LABELS.audience_exempt, data: ["cookies_ids", "usage", "device"], basis: "legitimate_interest",
    legitimateInterest: "Mesurer la fréquentation du site au moyen de statistiques anonymes, pour en améliorer le fonctionnement.",
    requirement: "automatic",
    // Tracker lifetimes are facts of the declared trackers (cookie table), not of the purpose: a cookieless
    // tool (Plausible) has none, and the cookie section states the 13-month limit when audience trackers exist.
    retention: { mode: "duration", amount: 25, unit: "months", from: "la collecte" },
  },
  analytics_consent: {
    key: "analytics_consent", label: PURPOSE_LABELS.analytics_consent, data: ["cookies_ids", "usage", "device", "ip_address"], basis: "consent",
    requirement: "optional",
    retention: { mode: "duration", amount: 14, unit: "months", from: "la collecte" },
  },
  advertising: {
    key: "advertising", label: PURPOSE_LABELS.advertising, data: ["cookies_ids", "usage", "device", "ip_address"], basis: "consent",
    requirement: "optional",
    retention: { mode: "duration", amount: 13, unit: "months", from: "le recueil de votre consentement" },
  },
  security: {
    key: "security", label: PURPOSE_LABELS.security, data: ["ip_address", "logs", "device"], basis: "legitimate_interest",
    legitimateInterest: "Protéger le service et ses utilisateurs contre les accès non autorisés, les abus et la fraude.",
    requirement: "automatic",
    retention: { mode: "duration", amount: 1, unit: "years", from: "la collecte" },
  },
  product_improvement: {
    key: "product_improvement", label: PURPOSE_LABELS.product_improvement, data: ["usage", "device"], basis: "legitimate_interest",
    legitimateInterest: "Comprendre, au moyen de statistiques agrégées, l'usage qui est fait du service afin de l'améliorer.",
    requirement: "automatic",
    retention: { mode: "duration", amount: 2, unit: "years", from: "la collecte" },
  },
  error_monitoring: {
    key: "error_monitoring", label: PURPOSE_LABELS.error_monitoring, data: ["logs", "device", "ip_address"], basis: "legitimate_interest",
    legitimateInterest: "Détecter et corriger rapidement les erreurs techniques du service.",
    requirement: "automatic",
    retention: { mode: "duration", amount: 90, unit: "days", from: "la survenue de l'erreur" },
  },
  public_gallery: {
    key: "public_gallery", label: PURPOSE_LABELS.public_gallery, data: ["user_content", "identity"], basis: "consent",
    requirement: "optional", description: "Vos créations sont privées par défaut ; elles ne sont publiées dans la galerie que si vous choisissez de les rendre publiques, création par création.",
    optOut: "le bouton « Retirer de la galerie » de chaque création publiée",
    retention: { mode: "relationship", until: "le retrait de la création de la galerie ou la clôture de votre compte" },
  },
  ai_training: {
    key: "ai_training", label: PURPOSE_LABELS.ai_training, data: ["user_content", "ai_prompts", "ai_outputs"], basis: "legitimate_interest",
    legitimateInterest: "Améliorer la qualité des résultats de nos propres modèles, au moyen de données pseudonymisées.",
    requirement: "optional", furtherProcessing: true, optOut: "le réglage « Contribuer à l'amélioration des modèles » de votre compte",
    retention: { mode: "duration", amount: 3, unit: "years", from: "la collecte", criteria: "Les données ne sont plus utilisées pour un nouvel entraînement après votre opposition." },
  },
  recruitment: {
    key: "recruitment", label: PURPOSE_LABELS.recruitment, data: ["identity", "contact", "cv"], basis: "contract",
    requirement: "contractual", consequence: "Sans ces données, votre candidature ne peut pas être examinée.",
    retention: { mode: "duration", amount: 2, unit: "years", from: "le dernier contact avec vous", criteria: "En cas d'embauche, les données sont versées au dossier du salarié." },
  },
  legal_claims: {
    key: "legal_claims", label: PURPOSE_LABELS.legal_claims, data: ["identity", "contact", "transaction", "messages"], basis: "legitimate_interest",
    legitimateInterest: "Constater, exercer ou défendre nos droits en justice et répondre aux demandes des autorités habilitées.",
    requirement: "reused",
    retention: { mode: "criteria", criteria: "Pendant la durée de la procédure ou de la demande, puis jusqu'à l'expiration des délais de recours." },
  },
  marketplace_intermediation: {
    key: "marketplace_intermediation", label: PURPOSE_LABELS.marketplace_intermediation, data: ["identity", "contact", "order", "messages"], basis: "contract",
    requirement: "contractual", consequence: "Sans ces données, la mise en relation et la transaction ne peuvent pas avoir lieu.",
    retention: { mode: "relationship", until: "la fin de la transaction", extended: true, amount: 5, unit: "years", criteria: "La durée qui suit la transaction correspond au délai de prescription des actions en justice (article 2224 du code civil)." },
  },
  scheduling: {
    key: "scheduling", label: PURPOSE_LABELS.scheduling, data: ["identity", "contact"], basis: "contract",
    requirement: "contractual", consequence: "Sans ces données, le rendez-vous ne peut pas être fixé.",
    retention: { mode: "duration", amount: 3, unit: "years", from: "le rendez-vous" },
  },
  embedded_content: {
    key: "embedded_content", label: PURPOSE_LABELS.embedded_content, data: ["cookies_ids", "ip_address", "device"], basis: "consent",
    requirement: "optional",
    retention: { mode: "duration", amount: 13, unit: "months", from: "le recueil de votre consentement" },
  },
} satisfies Record<string, TPreset>);

export type TPurposePreset = keyof typeof PURPOSE_PRESETS;

/** A purpose from its preset; `id` defaults to the preset name, with overrides applied on top. */
export function purposeFrom(preset: TPurposePreset, overrides: Partial<TPurpose> = {}): TPurpose {
  const base = PURPOSE_PRESETS[preset] as TPreset;
  return structuredClone({ ...base, id: preset.replace(/_/g, "-"), ...overrides }) as TPurpose;
}
