// Where each fact of a catalogue entry is stated: the vendor's own pages (terms, data processing agreement,
// sub-processor list, privacy and cookie policies), on its official domain. The product never fetches them: they
// are what a founder opens to check a fact shown « à vérifier ». A URL sources a fact only as far as the page
// states it today; a fact the catalogue is not sure of is listed in the entry's `uncertain` as well.
import * as z from "zod";

/** The facts every entry sources, by their path in the entry (the paths `uncertain` uses). */
export const SOURCED_FACTS = ["legalEntity", "country", "dataLocations", "role", "transfer.mechanism", "cookies"] as const;
export type TSourcedFact = (typeof SOURCED_FACTS)[number];

const zHttps = z.url({ protocol: /^https$/ });

export const zSources = z.object({
  legalEntity: zHttps,
  country: zHttps,
  dataLocations: zHttps,
  role: zHttps,
  "transfer.mechanism": zHttps,
  cookies: zHttps,
}).strict();
export type TSources = z.infer<typeof zSources>;

/** A vendor's public pages, as far as they exist: only the privacy policy is always there. */
export type TVendorPages = {
  privacy: string;
  /** Terms of service or customer agreement: who contracts with an EU customer. */
  terms?: string;
  /** Data processing agreement (DPA, « accord de traitement des données »): role and transfer safeguards. */
  dpa?: string;
  /** List of sub-processors or data-centre locations: where the data are. */
  subprocessors?: string;
  /** Cookie policy or the documentation listing the cookies the service sets on a customer's site. */
  cookies?: string;
};

/**
 * Each fact sourced by the page where vendors usually state it: the contracting entity in the terms (or the DPA),
 * the role and the transfer safeguard in the DPA, the locations in the sub-processor list, the cookies in the cookie
 * policy; the privacy policy when the vendor publishes nothing more specific. Override a fact whose page differs.
 */
export function sourcesFrom(p: TVendorPages): TSources {
  const entity = p.terms ?? p.dpa ?? p.privacy;
  return {
    legalEntity: entity,
    country: entity,
    dataLocations: p.subprocessors ?? p.dpa ?? p.privacy,
    role: p.dpa ?? p.terms ?? p.privacy,
    "transfer.mechanism": p.dpa ?? p.subprocessors ?? p.privacy,
    cookies: p.cookies ?? p.privacy,
  };
}
