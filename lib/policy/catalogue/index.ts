// The service catalogue (RULES §6): known recipients a user can pick in the wizard, with their legal entity,
// data locations, role, transfer framing, default purposes and data, cookies and a French clause. Picking an entry
// copies these facts into the answers; facts listed in `uncertain` are shown « à vérifier ».
// Pure data and lookups: no I/O.
import type { TCatalogueEntry } from "./types";
import { ADVERTISING_ENTRIES } from "./entries/advertising";
import { AI_ENTRIES } from "./entries/ai";
import { AI_MEDIA_ENTRIES } from "./entries/ai-media";
import { ANALYTICS_ENTRIES } from "./entries/analytics";
import { ANALYTICS_EXEMPT_ENTRIES } from "./entries/analytics-exempt";
import { AUTH_DATABASE_ENTRIES } from "./entries/auth-database";
import { CONSENT_MONITORING_ENTRIES } from "./entries/consent-monitoring";
import { ECOMMERCE_ENTRIES } from "./entries/ecommerce";
import { EMAIL_ENTRIES } from "./entries/email";
import { EMBEDS_ENTRIES } from "./entries/embeds";
import { FORMS_ENTRIES } from "./entries/forms";
import { HOSTING_ENTRIES } from "./entries/hosting";
import { HOSTING_EU_ENTRIES } from "./entries/hosting-eu";
import { OFFICE_MESSAGING_ENTRIES } from "./entries/office-messaging";
import { PAYMENT_ENTRIES } from "./entries/payment";
import { SCHEDULING_ENTRIES } from "./entries/scheduling";
import { SITES_ENTRIES } from "./entries/sites";
import { SUPPORT_CRM_ENTRIES } from "./entries/support-crm";
import { WIDGETS_ENTRIES } from "./entries/widgets";

export * from "./types";

/** Every catalogue entry, grouped by category file. Ids are unique (checked by the tests). */
export const CATALOGUE: readonly TCatalogueEntry[] = [
  ...PAYMENT_ENTRIES,
  ...HOSTING_ENTRIES,
  ...HOSTING_EU_ENTRIES,
  ...AUTH_DATABASE_ENTRIES,
  ...EMAIL_ENTRIES,
  ...OFFICE_MESSAGING_ENTRIES,
  ...ANALYTICS_ENTRIES,
  ...ANALYTICS_EXEMPT_ENTRIES,
  ...ADVERTISING_ENTRIES,
  ...AI_ENTRIES,
  ...AI_MEDIA_ENTRIES,
  ...SUPPORT_CRM_ENTRIES,
  ...CONSENT_MONITORING_ENTRIES,
  ...SITES_ENTRIES,
  ...ECOMMERCE_ENTRIES,
  ...SCHEDULING_ENTRIES,
  ...FORMS_ENTRIES,
  ...EMBEDS_ENTRIES,
  ...WIDGETS_ENTRIES,
];

const BY_ID: ReadonlyMap<string, TCatalogueEntry> = new Map(CATALOGUE.map((entry) => [entry.id, entry]));

export function findService(id: string): TCatalogueEntry | undefined {
  return BY_ID.get(id);
}

/** French labels of the service categories, searched alongside the category keys (« paiement » finds Stripe). */
const CATEGORY_LABELS_FR: Record<TCatalogueEntry["category"], string> = {
  payment: "paiement",
  hosting: "hébergement",
  database: "base de données",
  email: "e-mail messagerie",
  analytics: "mesure d’audience statistiques",
  advertising: "publicité",
  ai: "intelligence artificielle IA",
  auth: "authentification connexion",
  support: "support client chat",
  crm: "gestion de la relation client CRM",
  consent: "gestion du consentement cookies",
  monitoring: "suivi des erreurs",
  cdn: "réseau de diffusion de contenu CDN",
  ecommerce: "boutique en ligne e-commerce",
  forms: "formulaires",
  scheduling: "prise de rendez-vous",
  site_builder: "création de site internet",
  video_meeting: "visioconférence réunion en ligne",
  accounting: "comptabilité facturation",
  embed: "contenu intégré vidéo carte",
  fonts: "polices de caractères",
  sms: "SMS",
  social: "réseaux sociaux",
  storage: "stockage documents",
};

/** Lower case, accents removed, every run of non-alphanumeric characters collapsed into one space. */
function normalise(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

interface SearchIndexRow {
  entry: TCatalogueEntry;
  /** The normalised name, id and aliases: the names a founder may type for this service. */
  names: readonly string[];
  words: readonly string[];
}

const SEARCH_INDEX: readonly SearchIndexRow[] = CATALOGUE.map((entry) => ({
  entry,
  names: [entry.name, entry.id, ...entry.aliases].map(normalise),
  words: normalise(
    [entry.name, entry.id, ...entry.aliases, entry.legalEntity, entry.category, CATEGORY_LABELS_FR[entry.category]].join(" "),
  ).split(" "),
}));

/**
 * 0: the query is the name, id or an alias; 1: the name starts with it; 2: the id or an alias does; 3: a word of the
 * name, id or an alias does; 4: it matched on other fields (legal entity, category).
 */
function rankOf(row: SearchIndexRow, q: string): number {
  if (row.names.includes(q)) return 0;
  if (row.names[0]?.startsWith(q)) return 1;
  if (row.names.some((n) => n.startsWith(q))) return 2;
  if (row.names.some((n) => ` ${n}`.includes(` ${q}`))) return 3;
  return 4;
}

/**
 * Case- and accent-insensitive search on name, aliases, id, legal entity and category (key and French label). Every
 * word of the query must start a word of those fields (« strip » finds Stripe, « ia » does not find Infomaniak).
 * Ranked: the query is the name or an alias (« GA4 », « Gmail »), then the name starts with it, then an alias does,
 * then a word of the name or an alias does, then the other matches (legal entity, category); each group in
 * alphabetical order. An empty query returns [].
 */
export function searchCatalogue(query: string, limit = 8): TCatalogueEntry[] {
  const q = normalise(query);
  if (q === "" || limit <= 0) return [];
  const words = q.split(" ");
  const ranked: { entry: TCatalogueEntry; rank: number }[] = [];
  for (const row of SEARCH_INDEX) {
    if (!words.every((word) => row.words.some((w) => w.startsWith(word)))) continue;
    ranked.push({ entry: row.entry, rank: rankOf(row, q) });
  }
  ranked.sort((a, b) => a.rank - b.rank || a.entry.name.localeCompare(b.entry.name, "fr"));
  return ranked.slice(0, limit).map((r) => r.entry);
}

/**
 * The entry whose name, id or one alias is exactly the query (case, accents and punctuation aside), if any: when
 * there is none, what the founder typed is not in the catalogue and may be added by hand.
 */
export function exactCatalogueMatch(query: string): TCatalogueEntry | undefined {
  const q = normalise(query);
  return q === "" ? undefined : SEARCH_INDEX.find((row) => row.names.includes(q))?.entry;
}
