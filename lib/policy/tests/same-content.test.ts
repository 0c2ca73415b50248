// « Modifications non publiées » (dashboard) and « aucune modification » (publishing) compare what the
// policy says, not how the editor happened to store it. Property-style: seeded random perturbations of
// every fixture that only add empty optional values, drop them, reorder keys or change the effective
// date must compare equal; a real change must not.
import { describe, expect, it } from "vitest";
import { canonicalContent, recipientFromCatalogue, sameContent, zAnswers, type TAnswers } from "..";
import { visibleAnswers } from "../schema/visibility";
import { findService } from "../catalogue";
import { loadDraft } from "../draft";
import { FIXTURE_TABLE, fixture } from "./support";
import { mulberry32 } from "./prng";

const EMPTIES = [undefined, "", null, []] as const;

/** The same answers as an editor might store them: keys shuffled, empty optional values added or removed. */
function perturb(value: unknown, random: () => number): unknown {
  if (Array.isArray(value)) return value.map((v) => perturb(v, random));
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value as Record<string, unknown>)
    .map(([k, v]): [string, unknown] => {
      const empty = v === undefined || v === "" || v === null || (Array.isArray(v) && v.length === 0);
      if (empty) return [k, EMPTIES[Math.floor(random() * EMPTIES.length)]];
      return [k, perturb(v, random)];
    })
    .filter(([, v]) => v !== undefined || random() < 0.5);
  if (random() < 0.3) entries.push([`champVide${Math.floor(random() * 3)}`, EMPTIES[Math.floor(random() * EMPTIES.length)]]);
  for (let i = entries.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [entries[i], entries[j]] = [entries[j]!, entries[i]!];
  }
  return Object.fromEntries(entries);
}

describe("sameContent", () => {
  it.each(FIXTURE_TABLE)("$name: 50 drafts differing only by empty optional fields, key order and the effective date compare equal to the published answers", ({ name }) => {
    const published = fixture(name);
    for (let seed = 1; seed <= 50; seed++) {
      const random = mulberry32(seed * 7919 + name.length);
      const draft = perturb({ ...published, effectiveDate: random() < 0.5 ? "" : "2027-01-15" }, random) as TAnswers;
      expect(sameContent(published, draft), `seed ${seed}`).toBe(true);
      expect(sameContent(loadDraft(JSON.parse(JSON.stringify(draft))), loadDraft(published)), `seed ${seed} (stored and reloaded)`).toBe(true);
    }
  });

  it("a draft whose vendor was added then removed equals the published version, though its effective date differs", () => {
    const published = { ...fixture("ecommerce"), effectiveDate: "2026-11-21" };
    const draft = structuredClone(published);
    draft.recipients.push(recipientFromCatalogue(findService("mailchimp")!));
    draft.recipients.pop();
    draft.effectiveDate = "";
    expect(canonicalContent(draft)).not.toBe(canonicalContent(published)); // what the dashboard compared before
    expect(sameContent(loadDraft(draft), loadDraft(published))).toBe(true);
  });

  it.each(FIXTURE_TABLE)("$name: a draft with spaces left around its texts equals the version its publish freezes (trimmed by the schema): the dashboard no longer says « modifications non publiées » right after a publish", ({ name }) => {
    const random = mulberry32(name.length * 31);
    const spaced = (value: unknown): unknown => {
      // Prose only (it holds a space): codes, e-mails, addresses and dates never do, and would no longer parse.
      if (typeof value === "string") return value.includes(" ") && random() < 0.5 ? ` ${value}  ` : value;
      if (Array.isArray(value)) return value.map(spaced);
      if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, spaced(v)]));
      return value;
    };
    const draft = spaced(structuredClone(fixture(name))) as TAnswers;
    const frozen = zAnswers.safeParse(draft);
    draft.effectiveDate = ""; // as the wizard keeps it until « Publier » picks the date
    expect(frozen.success).toBe(true);
    if (!frozen.success) return;
    expect(sameContent(loadDraft(JSON.parse(JSON.stringify(draft))), visibleAnswers(frozen.data))).toBe(true);
  });

  it("a real change is a change: a new recipient, a changed e-mail, a removed list item", () => {
    const published = fixture("ecommerce");
    const added = structuredClone(published);
    added.recipients.push(recipientFromCatalogue(findService("mailchimp")!));
    const email = structuredClone(published);
    email.contact.privacyEmail = "autre@exemple.fr";
    const fewer = structuredClone(published);
    fewer.security.measures = fewer.security.measures.slice(1);
    for (const changed of [added, email, fewer]) expect(sameContent(published, changed)).toBe(false);
  });
});
