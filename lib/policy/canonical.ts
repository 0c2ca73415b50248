// A stable serialisation of answers, to hash when a version is published (the hashing itself happens
// outside lib/policy). Keys sorted at every level, strings NFC-normalised, empty optional values dropped,
// so two equal answer sets always give the same string whatever the key order or the editor.
import type { TAnswers } from "./schema";

function normalise(value: unknown): unknown {
  if (typeof value === "string") return value.normalize("NFC");
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v === undefined || v === "") continue;
      out[key] = normalise(v);
    }
    return out;
  }
  return value;
}

export function canonicalContent(answers: TAnswers): string {
  return JSON.stringify(normalise(answers));
}
