// The closed vocabularies the whole engine speaks: legal bases, recipient roles, transfer mechanisms,
// countries, purposes, data categories, tracker categories. The questionnaire schema, the service
// catalogue, the document builder and the checker all import from here (one copy, see DESIGN.md).
// References are to ../shared/legal/RULES.md.
import * as z from "zod";

/** Art. 6(1) bases (RULES §4). d and e sit behind an advanced option in the wizard. */
export const LEGAL_BASES = ["consent", "contract", "legal_obligation", "vital_interests", "public_task", "legitimate_interest"] as const;
export const zLegalBasis = z.enum(LEGAL_BASES);
export type TLegalBasis = z.infer<typeof zLegalBasis>;

/** Role of a recipient towards the controller (RULES §6). */
export const RECIPIENT_ROLES = ["processor", "independent_controller", "joint_controller", "authority"] as const;
export const zRecipientRole = z.enum(RECIPIENT_ROLES);
export type TRecipientRole = z.infer<typeof zRecipientRole>;

/**
 * How a transfer outside the EU/EEA is framed (RULES §3, M07).
 * - none_needed: data stays in the EU/EEA.
 * - adequacy: art. 45 adequacy decision for the recipient's country.
 * - dpf: EU-U.S. Data Privacy Framework (Decision (EU) 2023/1795), the recipient being certified.
 * - scc: standard contractual clauses, art. 46(2)(c), Decision (EU) 2021/914.
 * - bcr: binding corporate rules, art. 47.
 * - derogation_explicit_consent: art. 49(1)(a), exceptional; never "by using the service" (E01).
 * - derogation_contract: art. 49(1)(b), transfer necessary for a contract with the data subject.
 * - unknown: not yet established (blocking finding for a non-EEA recipient).
 */
export const TRANSFER_MECHANISMS = [
  "none_needed", "adequacy", "dpf", "scc", "bcr", "derogation_explicit_consent", "derogation_contract", "unknown",
] as const;
export const zTransferMechanism = z.enum(TRANSFER_MECHANISMS);
export type TTransferMechanism = z.infer<typeof zTransferMechanism>;

/** EU member states + Iceland, Liechtenstein, Norway (ISO 3166-1 alpha-2). */
export const EEA_COUNTRIES = [
  "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT",
  "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
] as const;

/** Countries with an art. 45 adequacy decision (RULES §3). GB renewal and CA scope are flagged [U] there. */
export const ADEQUATE_COUNTRIES = ["AD", "AR", "CA", "FO", "GG", "IL", "IM", "JP", "JE", "NZ", "KR", "CH", "GB", "UY"] as const;

/** French names (with the article used in running text) for every country the engine may name. */
export const COUNTRY_NAMES: Record<string, { name: string; in: string }> = {
  AT: { name: "Autriche", in: "en Autriche" }, BE: { name: "Belgique", in: "en Belgique" },
  BG: { name: "Bulgarie", in: "en Bulgarie" }, HR: { name: "Croatie", in: "en Croatie" },
  CY: { name: "Chypre", in: "à Chypre" }, CZ: { name: "Tchéquie", in: "en Tchéquie" },
  DK: { name: "Danemark", in: "au Danemark" }, EE: { name: "Estonie", in: "en Estonie" },
  FI: { name: "Finlande", in: "en Finlande" }, FR: { name: "France", in: "en France" },
  DE: { name: "Allemagne", in: "en Allemagne" }, GR: { name: "Grèce", in: "en Grèce" },
  HU: { name: "Hongrie", in: "en Hongrie" }, IE: { name: "Irlande", in: "en Irlande" },
  IT: { name: "Italie", in: "en Italie" }, LV: { name: "Lettonie", in: "en Lettonie" },
  LT: { name: "Lituanie", in: "en Lituanie" }, LU: { name: "Luxembourg", in: "au Luxembourg" },
  MT: { name: "Malte", in: "à Malte" }, NL: { name: "Pays-Bas", in: "aux Pays-Bas" },
  PL: { name: "Pologne", in: "en Pologne" }, PT: { name: "Portugal", in: "au Portugal" },
  RO: { name: "Roumanie", in: "en Roumanie" }, SK: { name: "Slovaquie", in: "en Slovaquie" },
  SI: { name: "Slovénie", in: "en Slovénie" }, ES: { name: "Espagne", in: "en Espagne" },
  SE: { name: "Suède", in: "en Suède" }, IS: { name: "Islande", in: "en Islande" },
  LI: { name: "Liechtenstein", in: "au Liechtenstein" }, NO: { name: "Norvège", in: "en Norvège" },
  AD: { name: "Andorre", in: "en Andorre" }, AR: { name: "Argentine", in: "en Argentine" },
  CA: { name: "Canada", in: "au Canada" }, FO: { name: "Îles Féroé", in: "aux Îles Féroé" },
  GG: { name: "Guernesey", in: "à Guernesey" }, IL: { name: "Israël", in: "en Israël" },
  IM: { name: "Île de Man", in: "sur l'Île de Man" }, JP: { name: "Japon", in: "au Japon" },
  JE: { name: "Jersey", in: "à Jersey" }, NZ: { name: "Nouvelle-Zélande", in: "en Nouvelle-Zélande" },
  KR: { name: "Corée du Sud", in: "en Corée du Sud" }, CH: { name: "Suisse", in: "en Suisse" },
  GB: { name: "Royaume-Uni", in: "au Royaume-Uni" }, UY: { name: "Uruguay", in: "en Uruguay" },
  US: { name: "États-Unis", in: "aux États-Unis" }, AE: { name: "Émirats arabes unis", in: "aux Émirats arabes unis" },
  AU: { name: "Australie", in: "en Australie" }, IN: { name: "Inde", in: "en Inde" },
  SG: { name: "Singapour", in: "à Singapour" }, CN: { name: "Chine", in: "en Chine" },
  BR: { name: "Brésil", in: "au Brésil" }, MA: { name: "Maroc", in: "au Maroc" },
  TN: { name: "Tunisie", in: "en Tunisie" }, SN: { name: "Sénégal", in: "au Sénégal" },
  MU: { name: "Maurice", in: "à Maurice" }, UA: { name: "Ukraine", in: "en Ukraine" },
  MX: { name: "Mexique", in: "au Mexique" }, HK: { name: "Hong Kong", in: "à Hong Kong" },
};
export const COUNTRY_CODES = Object.keys(COUNTRY_NAMES) as [string, ...string[]];
export const zCountry = z.enum(COUNTRY_CODES);
export type TCountry = z.infer<typeof zCountry>;

export function isEea(country: string): boolean {
  return (EEA_COUNTRIES as readonly string[]).includes(country);
}
export function hasAdequacy(country: string): boolean {
  return (ADEQUATE_COUNTRIES as readonly string[]).includes(country);
}

/**
 * Whether a transfer mechanism frames a transfer to a country: an adequacy decision only for the countries it covers,
 * the Data Privacy Framework only for the United States, the other safeguards (art. 46, 47, 49) for any country.
 */
export function mechanismCovers(mechanism: TTransferMechanism | undefined | "", country: string): boolean {
  switch (mechanism) {
    case "scc": case "bcr": case "derogation_contract": case "derogation_explicit_consent": return true;
    case "adequacy": return hasAdequacy(country);
    case "dpf": return country === "US";
    default: return false;
  }
}

/** Purposes the catalogue and the templates refer to (RULES §5). A user may add custom ones. */
export const PURPOSE_KEYS = [
  "account", "service", "orders", "payment", "transactional_email", "support", "newsletter", "b2b_prospecting",
  "audience_exempt", "analytics_consent", "advertising", "security", "product_improvement", "ai_training",
  "public_gallery", "recruitment", "legal_claims", "hosting", "ai_processing", "embedded_content", "scheduling",
  "forms", "crm", "sms", "consent_management", "error_monitoring", "cdn", "fonts", "marketplace_intermediation",
] as const;
export const zPurposeKey = z.enum(PURPOSE_KEYS);
export type TPurposeKey = z.infer<typeof zPurposeKey>;

/** Categories of personal data (RULES §5 "typical data", art. 9 categories separately). */
export const DATA_CATEGORY_KEYS = [
  "identity", "contact", "account_credentials", "sso_profile", "billing", "payment_card", "transaction", "order",
  "postal_address", "usage", "device", "ip_address", "cookies_ids", "logs", "messages", "user_content",
  "ai_prompts", "ai_uploads", "ai_outputs", "images", "voice", "location", "professional", "cv", "social_profile",
  "public_data", "preferences", "hashed_email", "phone", "session_recordings", "age", "health", "other_special",
] as const;
export const zDataCategoryKey = z.enum(DATA_CATEGORY_KEYS);
export type TDataCategoryKey = z.infer<typeof zDataCategoryKey>;

/** Art. 9(1) special categories. */
export const SPECIAL_CATEGORY_KEYS = [
  "racial_ethnic_origin", "political_opinions", "religious_beliefs", "trade_union", "genetic", "biometric",
  "health", "sex_life_orientation",
] as const;
export const zSpecialCategoryKey = z.enum(SPECIAL_CATEGORY_KEYS);

/** Art. 9(2) exceptions the wizard offers (usually explicit consent, RULES M17). */
export const ART9_EXCEPTIONS = ["explicit_consent", "employment_law", "vital_interests", "made_public", "legal_claims", "health_care"] as const;
export const zArt9Exception = z.enum(ART9_EXCEPTIONS);

/** Tracker categories (RULES §2.2). Only strictly_necessary and audience_exempt are consent-exempt. */
export const TRACKER_CATEGORIES = [
  "strictly_necessary", "audience_exempt", "analytics", "advertising", "social", "personalisation", "embedded_content",
] as const;
export const zTrackerCategory = z.enum(TRACKER_CATEGORIES);
export type TTrackerCategory = z.infer<typeof zTrackerCategory>;
export function trackerNeedsConsent(category: TTrackerCategory): boolean {
  return category !== "strictly_necessary" && category !== "audience_exempt";
}

/** Business kinds (templates in the wizard, fixtures in the tests). */
export const SERVICE_KINDS = ["saas", "ai_tool", "ecommerce", "mobile_app", "marketplace", "b2b_agency", "brochure", "content_coaching"] as const;
export const zServiceKind = z.enum(SERVICE_KINDS);
export type TServiceKind = z.infer<typeof zServiceKind>;

// ---- Added by the engine (schema, builder, checker) ----

/** Who the service addresses (F04: B2C prospection needs consent, B2B is opt-out). */
export const AUDIENCES = ["b2c", "b2b", "both"] as const;
/** Whether content users publish is public: never, when they choose (opt-in), or by default (art. 25.2). */
export const PUBLIC_CONTENT = ["none", "opt_in", "default"] as const;
/** Where the consent tool is reopened to change one's choices about trackers. */
export const CHOICES_ACCESS = ["footer_link", "menu_link", "floating_icon", "account_settings", "other"] as const;
/** How a recipient is named: a company, or a category of recipients without a named entity (« administrations fiscales »). */
export const RECIPIENT_KINDS = ["entity", "category"] as const;
/** Countries without postal codes among those the engine names (an address there is complete without one). */
export const NO_POSTAL_CODE = ["AE", "HK"] as const;
export const zAudience = z.enum(AUDIENCES);
export type TAudience = z.infer<typeof zAudience>;

/** Controller: a company (legal person) or a natural person (M01). */
export const CONTROLLER_KINDS = ["company", "individual"] as const;
export type TControllerKind = (typeof CONTROLLER_KINDS)[number];

/**
 * Whether providing the data of a purpose is required (M12): required for the contract, required by law,
 * optional, or not asked of the person (collected automatically, e.g. logs; reused from other purposes; or obtained
 * from a third party, art. 14, see the sources).
 */
export const REQUIREMENTS = ["contractual", "legal", "optional", "automatic", "reused", "indirect"] as const;
export type TRequirement = (typeof REQUIREMENTS)[number];

/** How a retention period is expressed (M08): a fixed duration from an event, the length of a relationship, or criteria. */
export const RETENTION_MODES = ["duration", "relationship", "criteria"] as const;
export type TRetentionMode = (typeof RETENTION_MODES)[number];
export const TIME_UNITS = ["days", "weeks", "months", "years"] as const;
export type TTimeUnit = (typeof TIME_UNITS)[number];

/** Channels to exercise rights (M09). */
export const RIGHTS_CHANNELS = ["email", "postal", "form", "account"] as const;
export type TRightsChannel = (typeof RIGHTS_CHANNELS)[number];

/** Channels used to announce a change of the policy (RULES §8, E02). */
export const CHANGE_CHANNELS = ["email", "in_app", "banner"] as const;
export type TChangeChannel = (typeof CHANGE_CHANNELS)[number];

/** Security measures the policy may list (art. 32; optional section). */
export const SECURITY_MEASURES = [
  "encryption_transit", "encryption_rest", "password_hashing", "access_control", "mfa", "backups", "pseudonymisation",
  "logging", "staff_confidentiality", "security_testing", "eu_hosting",
] as const;
export type TSecurityMeasure = (typeof SECURITY_MEASURES)[number];
