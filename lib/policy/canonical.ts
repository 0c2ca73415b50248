// A stable serialisation of answers, to hash when a version is published (the hashing itself happens
// outside lib/policy). Keys sorted at every level, strings NFC-normalised, empty optional values dropped,
// so two equal answer sets always give the same string whatever the key order or the editor.
import { zAnswers, type TAnswers } from "./schema";
import { visibleAnswers } from "./schema/visibility";

/**
 * Keys sorted, strings NFC, absent and "" dropped. `loose` (for comparing, not hashing): null and empty
 * lists also count as « not answered » (the draft rule, draft.ts), so a field the editor cleared, left
 * empty or never sent compares the same.
 */
function normalise(value: unknown, loose = false): unknown {
  if (typeof value === "string") return value.normalize("NFC");
  if (Array.isArray(value)) return value.map((v) => normalise(v, loose));
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = normalise((value as Record<string, unknown>)[key], loose);
      if (v === undefined || v === "" || (loose && (v === null || (Array.isArray(v) && v.length === 0)))) continue;
      out[key] = v;
    }
    return out;
  }
  return value;
}

export function canonicalContent(answers: TAnswers): string {
  return JSON.stringify(normalise(answers));
}

/**
 * What a policy says, for « has anything changed since the last version? » (the dashboard's
 * « modifications non publiées », publishing's « aucune modification »): the answers without the
 * effective date (a property of the version, not of its content), key order ignored, and empty,
 * null or absent optional values alike. Not a hash input: canonicalContent stays the published hash's.
 */
export function comparableContent(answers: TAnswers): string {
  // What a publish would freeze: the schema's own clean-up (spaces trimmed around texts…) when the answers are
  // complete, so that a draft and the version it just published compare equal on the dashboard. The effective date
  // is not compared: any valid one lets a draft whose date field is still empty be read as its publish would.
  const frozen = zAnswers.safeParse({ ...answers, effectiveDate: "2000-01-01" });
  const said = frozen.success ? frozen.data : answers;
  // `proposed` is the wizard's bookkeeping (P01), not what the policy says.
  return JSON.stringify(normalise({ ...visibleAnswers(said), effectiveDate: undefined, proposed: undefined }, true));
}

/** True when two answer sets say the same thing (see comparableContent). */
export function sameContent(a: TAnswers, b: TAnswers): boolean {
  return comparableContent(a) === comparableContent(b);
}
