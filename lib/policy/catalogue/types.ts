// The shape of one entry of the service catalogue (RULES §6). Picking an entry in the wizard copies
// these facts into the answers, where the user can edit them: the catalogue proposes, the answers decide.
import * as z from "zod";
import { zSources } from "./sources";
import {
  zCountry, zDataCategoryKey, zPurposeKey, zRecipientRole, zTrackerCategory, zTransferMechanism,
} from "../vocabulary";

export const SERVICE_CATEGORIES = [
  "payment", "hosting", "database", "email", "analytics", "advertising", "ai", "auth", "support", "crm",
  "consent", "monitoring", "cdn", "ecommerce", "forms", "scheduling", "embed", "fonts", "sms", "social", "storage",
  "site_builder", "video_meeting", "accounting",
] as const;
export const zServiceCategory = z.enum(SERVICE_CATEGORIES);

export const zCatalogueCookie = z.object({
  /**
   * The cookie's name as cookie policies print it: a part that varies from site to site is a « * »
   * (« _ga_* », « sb-*-auth-token »), never a « <placeholder> », which the checker rejects (E09).
   */
  name: z.string().min(1),
  /** French, e.g. « Distinguer les visiteurs pour la mesure d'audience ». */
  purpose: z.string().min(1),
  /** French, e.g. « 13 mois », « session ». */
  lifetime: z.string().min(1),
  category: zTrackerCategory,
});

export const zCatalogueEntry = z.object({
  /** Stable slug, e.g. "stripe", "google-analytics-4". */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** Display name, e.g. « Stripe ». */
  name: z.string().min(1),
  /** Other names people search for: former names, products, abbreviations (« GA4 », « Gmail », « Sendinblue »). */
  aliases: z.array(z.string().min(1)),
  category: zServiceCategory,
  /** Contracting legal entity for an EU customer, e.g. « Stripe Payments Europe Ltd ». */
  legalEntity: z.string().min(1),
  /** Country of that entity. */
  country: zCountry,
  /** Countries where the data is stored or processed (incl. the parent company's when it accesses data). */
  dataLocations: z.array(zCountry).min(1),
  role: zRecipientRole,
  /** French, optional nuance, e.g. « responsable de traitement indépendant pour la lutte contre la fraude ». */
  roleNote: z.string().optional(),
  /** Framing of transfers outside the EEA; `none_needed` when every data location is in the EEA. */
  transfer: z.object({
    mechanism: zTransferMechanism,
    /** Fallback, e.g. SCC behind the DPF. */
    fallback: zTransferMechanism.optional(),
    /** French, e.g. « certifiée au Data Privacy Framework ». */
    note: z.string().optional(),
  }),
  defaultPurposes: z.array(zPurposeKey).min(1),
  defaultData: z.array(zDataCategoryKey).min(1),
  /** Cookies / trackers the service sets on the controller's site, if any. */
  cookies: z.array(zCatalogueCookie),
  /** French sentence describing what the service does for the controller, used in the recipients section. */
  clause: z.string().min(1),
  /** Dotted paths of the facts above that are uncertain ([U] in RULES.md): shown as « à vérifier », editable. */
  uncertain: z.array(z.string()),
  /**
   * The vendor's page (privacy policy, DPA, sub-processor list, cookie policy) that states each fact of `SOURCED_FACTS`,
   * as an https URL: what a founder opens to check a fact « à vérifier » (see sources.ts).
   */
  sources: zSources,
  /**
   * Software the controller installs on its own hosting (Matomo On-Premise, WooCommerce, PrestaShop, tarteaucitron):
   * picking it adds its cookies, first-party, and no recipient, since no data leaves the site's host (itself a
   * recipient). `legalEntity` and `country` then name the publisher; `dataLocations`, `role` and `transfer` describe
   * that installation (the data stay with the site's host) and are never copied into the answers.
   */
  selfHosted: z.literal(true).optional(),
});

export type TCatalogueEntry = z.infer<typeof zCatalogueEntry>;
export type TCatalogueCookie = z.infer<typeof zCatalogueCookie>;
export { SOURCED_FACTS, sourcesFrom, type TSourcedFact, type TSources, type TVendorPages } from "./sources";
