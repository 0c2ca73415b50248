// Small French grammar helpers: enumerations, contractions, numbers with units, agreement.
import type { TTimeUnit } from "../vocabulary";

/** « « a », « b » et « c » »: names that may contain « et » or parentheses themselves. */
export function quotedList(items: readonly string[]): string {
  return enumerate(items.map((i) => `« ${i} »`));
}

/** « a », « a et b », « a, b et c » (or « ou »). */
export function enumerate(items: readonly string[], conj: "et" | "ou" = "et"): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${conj} ${items[items.length - 1]}`;
}

/** Contracts « de » with the article of a noun phrase: « de le dernier contact » → « du dernier contact ». */
export function de(phrase: string): string {
  const p = phrase.trim();
  if (/^le\s/i.test(p)) return `du ${p.slice(3)}`;
  if (/^les\s/i.test(p)) return `des ${p.slice(4)}`;
  if (/^[aeiouyhàâéèêîôûœ]/i.test(p)) return `d'${p}`;
  return `de ${p}`;
}

/** Same with « à »: « à le » → « au », « à les » → « aux ». */
export function at(phrase: string): string {
  const p = phrase.trim();
  if (/^le\s/i.test(p)) return `au ${p.slice(3)}`;
  if (/^les\s/i.test(p)) return `aux ${p.slice(4)}`;
  return `à ${p}`;
}

/** « jusqu'à la clôture », « jusqu'au terme », « jusqu'aux … ». */
export function until(phrase: string): string {
  const p = phrase.trim();
  if (/^le\s/i.test(p)) return `jusqu'au ${p.slice(3)}`;
  if (/^les\s/i.test(p)) return `jusqu'aux ${p.slice(4)}`;
  return `jusqu'à ${p}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A one-word name in lower case is a brand (« nanoimagine.art », « eBay »), spelt as its owner spells it. */
function isBrand(name: string): boolean {
  return /^\p{Ll}\S*$/u.test(name.trim());
}

/** The service's name as a title: a brand keeps its spelling, a description (« le site de … ») is capitalised. */
export function serviceTitle(name: string): string {
  return isBrand(name) ? name : capitalize(name);
}

/** The service's name opening a sentence: a brand is introduced (« Le service nanoimagine.art »), never re-capitalised. */
export function serviceAtStart(name: string): string {
  return isBrand(name) ? `Le service ${name}` : capitalize(name);
}

export function lowerFirst(text: string): string {
  // Acronyms (« CV », « IP ») keep their capitals.
  return /^[A-ZÀ-Ý][A-ZÀ-Ý]/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** Strip a final full stop, so a user's sentence can be embedded. */
export function clause(text: string): string {
  return text.trim().replace(/[.\s]+$/, "");
}

/** A user's text as a full sentence: capitalised, ending with a full stop (or its own ! ?). */
export function sentence(text: string): string {
  const t = text.trim();
  return capitalize(/[.!?…]$/.test(t) ? t : `${t}.`);
}

const UNITS: Record<TTimeUnit, { one: string; many: string; gender: "m" | "f" }> = {
  days: { one: "jour", many: "jours", gender: "m" },
  weeks: { one: "semaine", many: "semaines", gender: "f" },
  months: { one: "mois", many: "mois", gender: "m" },
  years: { one: "an", many: "ans", gender: "m" },
};

/** « un mois », « une semaine », « 3 ans », « 13 mois » (non-breaking space between number and unit). */
export function duration(amount: number, unit: TTimeUnit): string {
  const u = UNITS[unit];
  if (amount === 1) return `${u.gender === "f" ? "une" : "un"} ${u.one}`;
  return `${amount}\u00a0${u.many}`;
}

/** Amount in days, for comparisons (retention lengthened or shortened). */
export function durationDays(amount: number, unit: TTimeUnit): number {
  return amount * { days: 1, weeks: 7, months: 30.44, years: 365.25 }[unit];
}

const NUMBER_WORDS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze"];

/** « trois », « douze », then digits (counts in running text). */
export function numberWord(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}

/** Singular or plural form by count. */
export function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

/**
 * A required answer, or a visible marker when a draft leaves it blank (live preview only: valid answers never
 * produce one, and the lint blocks publication on it, E09).
 */
export function orMissing(value: string | undefined, what: string): string {
  return has(value) ? value.trim() : `[${what} à compléter]`;
}

/** True when the string is present and not blank. */
export function has(value: string | undefined | null): value is string {
  return typeof value === "string" && value.trim().length > 0;
}
