// French typography applied to every string the engine outputs (document text, schema metadata,
// finding messages): U+00A0 before « : », inside « », between a number and its unit; U+202F before « ; ! ? »;
// ’ for '.
// The same rules as lib/typography.ts (the app's checker), applied here as a fixer.
const NBSP = "\u00a0";
const NNBSP = "\u202f";

export function typo(text: string): string {
  return text
    .replace(/[ \u00a0\u202f]+:(?=\s|$|[»)])/g, `${NBSP}:`)
    .replace(/[ \u00a0\u202f]+([;!?])(?=\s|$|[»")])/g, `${NNBSP}$1`)
    .replace(/«[ \u00a0\u202f]*/g, `«${NBSP}`)
    .replace(/[ \u00a0\u202f]*»/g, `${NBSP}»`)
    .replace(/\bn° /g, `n°${NBSP}`)
    // « 15 ans », « 12 000 € »: a number never leaves its unit or its thousands.
    .replace(/(\d) (?=(?:ans?|mois|jours?|semaines?|heures?|minutes?|secondes?|ko|Mo|€|%)(?!\p{L}))/gu, `$1${NBSP}`)
    .replace(/(\d) (?=\d{3}(?!\d))/g, `$1${NBSP}`)
    .replace(/([A-Za-zÀ-ÿ])'(?=[A-Za-zÀ-ÿ])/g, "$1’");
}

/** Undo the typography, for matching text against plain patterns (lint, tests). */
export function plain(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, " ").replace(/’/g, "'");
}

/** Every string inside a value, with French typography (presets and labels that are copied into the founder's answers). */
export function typoDeep<T>(value: T): T {
  if (typeof value === "string") return typo(value) as T;
  if (Array.isArray(value)) return value.map(typoDeep) as T;
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typoDeep(v)])) as T;
  return value;
}
