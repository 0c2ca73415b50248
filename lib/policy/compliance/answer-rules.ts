// What the C-rules (consistency.ts) and V-rules (plausibility.ts) share: the shape of a rule over the answers,
// the runner that tells the checker which of them apply, and the facts they read — durations in months, the
// catalogue category of a recipient, how a finding names a purpose. Pure: no I/O.
import { findService, type TCatalogueEntry } from "../catalogue";
import { PURPOSE_LABELS } from "../labels";
import type { TAnswers, TPurpose, TRecipient, TRetention } from "../schema";
import { durationDays, has } from "../text/grammar";
import type { TPurposeKey } from "../vocabulary";
import type { TRuleId, TSeverity } from "./rules";

export type TEmit = (ruleId: TRuleId, severity: TSeverity, field: string, message: string) => void;

/**
 * A rule over the answers. `applies` is its premise (there is an exempt tracker, a purpose on legitimate
 * interest…): an applicable rule counts in the score, satisfied or not, as M-rules do. `check` only runs when
 * the rule applies, so every finding belongs to an applicable rule (a blocking finding never scores 100). A
 * check may emit another rule's ID (M05, M10: the same legal requirement, checked more closely): that rule then
 * counts as applicable too.
 */
export type TAnswerRule = {
  id: TRuleId;
  applies: (a: TAnswers) => boolean;
  check: (a: TAnswers, emit: TEmit) => void;
};

/** Runs the rules that apply; returns the IDs that count in the score (each applicable rule, and any rule emitted). */
export function runAnswerRules(rules: readonly TAnswerRule[], a: TAnswers, emit: TEmit): TRuleId[] {
  const applicable = new Set<TRuleId>();
  for (const rule of rules) {
    if (!rule.applies(a)) continue;
    applicable.add(rule.id);
    rule.check(a, (ruleId, severity, field, message) => {
      applicable.add(ruleId);
      emit(ruleId, severity, field, message);
    });
  }
  return [...applicable];
}

/** How a finding names a purpose: its title, else its type, never « «  » ». */
export function purposeName(p: TPurpose): string {
  if (has(p.label)) return p.label.trim();
  return p.key !== "custom" ? (PURPOSE_LABELS[p.key] ?? "sans intitulé") : "sans intitulé";
}

/** A recipient's name, or how to call it while it has none. */
export const recipientName = (r: TRecipient) => (has(r.name) ? r.name.trim() : "ce destinataire");

/** The catalogue entry a recipient was copied from, if any (its `catalogueId`). */
export function catalogueEntryOf(r: TRecipient): TCatalogueEntry | undefined {
  return has(r.catalogueId) ? findService(r.catalogueId) : undefined;
}

/**
 * Whether a recipient plays a role: its catalogue entry is of one of `categories`, or the founder says it
 * receives data for one of `purposes` (a recipient added by hand has only the latter).
 */
export function recipientDoes(r: TRecipient, categories: readonly TCatalogueEntry["category"][], purposes: readonly TPurposeKey[]): boolean {
  const entry = catalogueEntryOf(r);
  return (entry !== undefined && categories.includes(entry.category)) || (r.purposes ?? []).some((p) => purposes.includes(p));
}

export const anyRecipientDoes = (a: TAnswers, categories: readonly TCatalogueEntry["category"][], purposes: readonly TPurposeKey[]) =>
  a.recipients.some((r) => recipientDoes(r, categories, purposes));

const DAYS_PER_MONTH = durationDays(1, "months");

/**
 * A retention period in months, when it has a fixed bound: a duration (`mode: "duration"`, amount and unit).
 * The length of a relationship, or criteria, have none: undefined (the V-rules do not guess).
 */
export function retentionMonths(r: TRetention | undefined): number | undefined {
  if (!r || r.mode !== "duration" || r.amount === undefined || r.unit === undefined) return undefined;
  return durationDays(r.amount, r.unit) / DAYS_PER_MONTH;
}

const LIFETIME_UNITS: [RegExp, number][] = [
  [/^(?:années?|ans?|years?)$/, durationDays(1, "years")],
  [/^(?:mois|months?)$/, DAYS_PER_MONTH],
  [/^(?:semaines?|weeks?)$/, durationDays(1, "weeks")],
  [/^(?:jours?|j|days?)$/, 1],
  [/^(?:heures?|h|hours?)$/, 1 / 24],
  [/^(?:minutes?|min)$/, 1 / 1440],
  [/^(?:secondes?|s|seconds?)$/, 1 / 86400],
];

/**
 * A tracker's lifetime as typed (« 13 mois », « 395 jours », « 2 ans », « 1 an et 6 mois », « session »), in
 * months; undefined when it cannot be read (« persistant », « variable »), so that nothing is flagged on a guess.
 */
export function lifetimeMonths(text: string | undefined): number | undefined {
  if (!has(text)) return undefined;
  const t = text.replace(/[\u00a0\u202f]/g, " ").toLowerCase();
  let days = 0;
  let found = false;
  for (const m of t.matchAll(/(\d+(?:[.,]\d+)?)\s*(\p{L}+)/gu)) {
    const unit = LIFETIME_UNITS.find(([re]) => re.test(m[2] ?? ""));
    if (!unit) continue;
    days += Number((m[1] ?? "0").replace(",", ".")) * unit[1];
    found = true;
  }
  if (found) return days / DAYS_PER_MONTH;
  return /\bsession\b/.test(t) ? 0 : undefined;
}

const BOUNDARY = String.raw`(?:(?<=[\p{L}\p{N}])(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?=[\p{L}\p{N}]))`;

/**
 * A case-insensitive Unicode pattern where `\b` is a word boundary for French words too (JavaScript's own
 * `\b` only knows ASCII: it sees none after « ciblée »).
 */
export function words(source: string, flags = ""): RegExp {
  return new RegExp(source.replace(/\\b/g, BOUNDARY), `iu${flags}`);
}

/** Lower case, apostrophes straight, typographic spaces plain: for the text patterns of the rules. */
export function plain(text: string | undefined): string {
  return (text ?? "").replace(/[\u00a0\u202f]/g, " ").replace(/[’ʼ]/g, "'").toLowerCase();
}
