// A recipient in the answers is self-contained: it copies the facts of a catalogue entry, so the policy
// never depends on the catalogue at render time, and the user can correct any fact.
import type { TCatalogueEntry } from "../catalogue/types";
import type { TRecipient, TTracker } from "../schema";

export function recipientFromCatalogue(entry: TCatalogueEntry, overrides: Partial<TRecipient> = {}): TRecipient {
  const recipient: TRecipient = {
    id: entry.id,
    catalogueId: entry.id,
    kind: "entity",
    name: entry.name,
    legalEntity: entry.legalEntity,
    role: entry.role,
    roleNote: entry.roleNote ?? "",
    country: entry.country,
    dataLocations: [...entry.dataLocations],
    transfer: {
      mechanism: entry.transfer.mechanism,
      ...(entry.transfer.fallback ? { fallback: entry.transfer.fallback } : {}),
      note: entry.transfer.note ?? "",
    },
    purposes: [...entry.defaultPurposes],
    data: [...entry.defaultData],
    description: entry.clause,
    note: "",
    uncertain: [...entry.uncertain],
  };
  return { ...recipient, ...overrides };
}

/**
 * The trackers a catalogue entry sets, attributed to its recipient (names as cookie policies print them: « _ga_* »);
 * a self-hosted software's trackers are the site's own and attributed to no recipient.
 */
export function trackersFromCatalogue(entry: TCatalogueEntry): TTracker[] {
  return entry.cookies.map((c) => ({
    name: c.name, provider: entry.name, purpose: c.purpose, lifetime: c.lifetime, category: c.category,
    ...(entry.selfHosted ? {} : { recipientId: entry.id }),
  }));
}
