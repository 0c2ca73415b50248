// How a vendor enters and leaves a draft. Picking a catalogue entry adds its recipient AND the cookies it sets
// (linked by `recipientId`), so the cookie table of the policy lists every tracker the policy says it lists;
// removing a vendor can take its cookies with it. Pure functions: answers in, new answers out (never mutated).
import type { TCatalogueEntry } from "../catalogue/types";
import type { TAnswers, TRecipient, TTracker } from "../schema";
import { suggestedPresets } from "./suggestions";
import type { TPurposePreset } from "./purposes";
import { recipientFromCatalogue, trackersFromCatalogue } from "./recipients";

export type TVendorAddition = {
  answers: TAnswers;
  added: {
    /**
     * The recipient added, or the one of this entry already in the draft (then `alreadyPresent`); `null` for software
     * installed on the site's own hosting (`selfHosted`), which brings its cookies and no recipient.
     */
    recipient: TRecipient | null;
    alreadyPresent: boolean;
    /** The entry's cookies that were not in the draft yet, now in `cookies.trackers`, linked to the recipient. */
    trackers: TTracker[];
    /** Presets of the entry's usual purposes that the draft has no purpose for (« Ajouter ces finalités »). */
    suggestedPurposes: TPurposePreset[];
  };
};

export type TVendorRemoval = {
  answers: TAnswers;
  removed: { recipient: TRecipient | null; trackers: TTracker[] };
};

const MAX_SLUG = 60;

/** « Ma Société & Co » → « ma-societe-co »: a valid recipient id (schema `slug()`), or "" when nothing is left. */
export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, MAX_SLUG - 3)
    .replace(/^-+|-+$/g, "");
}

/** `base`, or `base-2`, `base-3`… : the first that no recipient of the draft uses. */
function uniqueRecipientId(answers: TAnswers, base: string): string {
  const taken = new Set(answers.recipients.map((r) => r.id));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * Whether a tracker of the draft is the catalogue cookie `catalogueName`. Case is ignored; a « * » (or an old
 * « <placeholder> ») stands for the part each site completes, so « _ga_7QK2M4N8PL » is « _ga_* ».
 */
export function sameCookie(catalogueName: string, draftName: string): boolean {
  const wild = (name: string) => name.trim().replace(/<[^<>]*>/g, "*").toLowerCase();
  const pattern = wild(catalogueName);
  const name = wild(draftName);
  if (pattern === name) return true;
  if (!pattern.includes("*")) return false;
  const source = pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, "\\$&")).join(".+");
  return new RegExp(`^${source}$`).test(name);
}

/**
 * Adds a catalogue entry to the draft: its recipient (unless one from this entry is already there) and its cookies
 * that the draft lacks, each linked to the recipient. A cookie already in the draft without a valid link is linked
 * to it. A consent platform (Axeptio, Didomi) also fills the consent tool when it is empty, as the templates do.
 */
export function addVendor(answers: TAnswers, entry: TCatalogueEntry): TVendorAddition {
  if (entry.selfHosted) return addSelfHosted(answers, entry);
  const existing = answers.recipients.find((r) => r.catalogueId === entry.id);
  const recipient = existing ?? recipientFromCatalogue(entry, { id: uniqueRecipientId(answers, entry.id) });
  const recipients = existing ? answers.recipients : [...answers.recipients, recipient];
  const ids = new Set(recipients.map((r) => r.id));

  const trackers = answers.cookies.trackers.map((t) => {
    const linked = t.recipientId !== undefined && t.recipientId !== "" && ids.has(t.recipientId);
    return !linked && entry.cookies.some((c) => sameCookie(c.name, t.name)) ? { ...t, recipientId: recipient.id } : t;
  });
  const added = trackersFromCatalogue(entry)
    .filter((c) => !answers.cookies.trackers.some((t) => sameCookie(c.name, t.name)))
    .map((t) => ({ ...t, recipientId: recipient.id }));

  const consentTool = entry.category === "consent" && !answers.cookies.consentTool?.trim() ? entry.name : answers.cookies.consentTool;
  return {
    answers: { ...answers, recipients, cookies: { ...answers.cookies, consentTool, trackers: [...trackers, ...added] } },
    added: { recipient, alreadyPresent: existing !== undefined, trackers: added, suggestedPurposes: suggestedPresets(answers, entry.defaultPurposes) },
  };
}

/**
 * Software installed on the site's own hosting (Matomo On-Premise, WooCommerce, tarteaucitron): its cookies are the
 * site's own, attributed to no recipient (the site's host, already a recipient, holds the data); a consent tool still
 * fills the consent tool when it is empty.
 */
function addSelfHosted(answers: TAnswers, entry: TCatalogueEntry): TVendorAddition {
  // The site sets these cookies itself: their emitter is the site (« Kinélia (Matomo) »), not the software's vendor.
  const site = answers.service.name?.trim() || answers.controller.legalName?.trim();
  const software = entry.name.replace(/\s*\(auto-hébergé\)$/, "");
  const added = trackersFromCatalogue(entry)
    .filter((c) => !answers.cookies.trackers.some((t) => sameCookie(c.name, t.name)))
    .map((t) => (site ? { ...t, provider: `${site} (${software})` } : t));
  const consentTool = entry.category === "consent" && !answers.cookies.consentTool?.trim() ? entry.name : answers.cookies.consentTool;
  return {
    answers: { ...answers, cookies: { ...answers.cookies, consentTool, trackers: [...answers.cookies.trackers, ...added] } },
    added: { recipient: null, alreadyPresent: false, trackers: added, suggestedPurposes: suggestedPresets(answers, entry.defaultPurposes) },
  };
}

/**
 * Removes the recipient `recipientId`. With `withTrackers`, the trackers linked to it go too; without, they stay,
 * unlinked (no `recipientId` pointing to a recipient that is gone). Unknown id: the answers come back unchanged.
 */
export function removeVendor(answers: TAnswers, recipientId: string, opts: { withTrackers: boolean }): TVendorRemoval {
  const recipient = answers.recipients.find((r) => r.id === recipientId) ?? null;
  if (!recipient) return { answers, removed: { recipient: null, trackers: [] } };
  const linked = (t: TTracker) => t.recipientId === recipientId;
  const removedTrackers = opts.withTrackers ? answers.cookies.trackers.filter(linked) : [];
  const trackers = opts.withTrackers
    ? answers.cookies.trackers.filter((t) => !linked(t))
    : answers.cookies.trackers.map((t) => (linked(t) ? unlink(t) : t));
  return {
    answers: { ...answers, recipients: answers.recipients.filter((r) => r.id !== recipientId), cookies: { ...answers.cookies, trackers } },
    removed: { recipient, trackers: removedTrackers },
  };
}

function unlink(t: TTracker): TTracker {
  const copy = { ...t };
  delete copy.recipientId;
  return copy;
}

/**
 * Adds a recipient the catalogue does not know, named `name`, with the schema's defaults for the rest (the founder
 * completes the card; the checker asks for the legal entity). It has no `catalogueId` at all.
 */
export function addManualVendor(answers: TAnswers, name: string): { answers: TAnswers; recipient: TRecipient } {
  const recipient: TRecipient = {
    id: uniqueRecipientId(answers, slugify(name) || "destinataire"),
    kind: "entity",
    name: name.trim(),
    legalEntity: "",
    role: "processor",
    roleNote: "",
    country: "FR",
    // Where a vendor the catalogue does not know processes data is the founder's to say, never assumed.
    dataLocations: [],
    transfer: { mechanism: "none_needed", note: "" },
    purposes: [],
    data: [],
    description: "",
    note: "",
    uncertain: [],
  };
  return { answers: { ...answers, recipients: [...answers.recipients, recipient] }, recipient };
}
