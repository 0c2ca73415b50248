// Field builders for the questionnaire schema.
//
// METADATA CONVENTION — every field of the answers schema carries, through zod 4's `.meta()` (the global
// registry, so `z.toJSONSchema` exports it too), a `TFieldMeta`: its French `label`, its French `help`
// text, its `default` (the value the wizard starts from, RULES §2.1 and §5 where they apply), and
// optionally a `widget` hint and French `options` labels for enums. Always attach it with `field()`,
// last in the chain (after `.optional()`), so the wizard generator (and `listFields()`) finds it on the
// property schema itself. Validation messages are French, set per schema with zod 4's `error:` option
// (no global locale, so the app's other schemas are not affected).
import * as z from "zod";
import { typo } from "../text/typography";
import { COUNTRY_CODES, COUNTRY_NAMES } from "../vocabulary";

export type TWidget =
  | "text" | "textarea" | "email" | "url" | "number" | "date" | "select" | "multiselect" | "toggle" | "country"
  | "group" | "list";

export type TFieldMeta = {
  label: string;
  help: string;
  default?: unknown;
  widget?: TWidget;
  /** French labels of enum values, in display order. */
  options?: Record<string, string>;
  /** Shown behind an « options avancées » switch (e.g. art. 6.1.d and e bases). */
  advanced?: boolean;
  /** Internal: never a control of its own (ids, links kept by the engine, version). */
  hidden?: boolean;
  /**
   * Shown (and used by the engine) only when siblings hold given values: every key of one condition
   * must match (a list sibling matches when it contains one of the values); several conditions: any.
   * What is not shown is not in the policy (visibleAnswers).
   */
  showWhen?: TShowWhen | TShowWhen[];
  /** Lists of objects: the item fields whose first non-empty value names a card (enums by their label). */
  itemTitle?: string[];
  /** Lists of objects: the title of a new, still unnamed item, and the add button's text. */
  newItem?: { title: string; add: string };
  /**
   * Options read from the answers (path of a list, key of the value, key of the label), e.g. a recipient.
   * On a list of choices: the choices found there come first, the others behind « Autres ».
   */
  optionsFrom?: { list: string; value: string; label: string };
  /** Filled from another answer while empty (the privacy e-mail from the company e-mail). */
  prefillFrom?: string;
  /** Lists of objects: the item field that identifies an item (for proposals the founder confirms). */
  itemKey?: string;
  /** Choosing a value fills the untouched fields of the enclosing item (a purpose from its type's preset). */
  fills?: "purposePreset";
};

export type TShowWhen = Record<string, readonly unknown[]>;

/** Attach French metadata to a schema (typography applied), see the convention above. */
export function field<T extends z.ZodType>(schema: T, meta: TFieldMeta): T {
  const options = meta.options && Object.fromEntries(Object.entries(meta.options).map(([k, v]) => [k, typo(v)]));
  const newItem = meta.newItem && { title: typo(meta.newItem.title), add: typo(meta.newItem.add) };
  return schema.meta({
    ...meta, label: typo(meta.label), help: typo(meta.help), ...(options ? { options } : {}), ...(newItem ? { newItem } : {}),
  }) as T;
}

/** « 2 000 » with a narrow no-break space (no Intl, same output everywhere). */
const n = (count: number) => String(count).replace(/\B(?=(\d{3})+(?!\d))/g, "\u202f");

export const MSG = {
  required: "Ce champ est obligatoire.",
  text: "Texte attendu.",
  tooLong: (max: number) => `${n(max)} caractères au maximum.`,
  email: "Adresse e-mail invalide.",
  url: typo("Adresse web invalide : elle doit commencer par https:// ou http://."),
  choice: "Choisissez une valeur proposée.",
  bool: "Répondez par oui ou par non.",
  int: "Nombre entier attendu.",
  min: (min: number) => `La valeur minimale est ${min}.`,
  max: (max: number) => `La valeur maximale est ${max}.`,
  date: "Date invalide (format AAAA-MM-JJ).",
  list: "Liste attendue.",
  object: "Réponse incomplète.",
  tooMany: (max: number) => `${n(max)} éléments au maximum.`,
  tooFew: "Ajoutez au moins un élément.",
  slug: typo("Identifiant invalide : lettres minuscules, chiffres et tirets."),
  duplicate: "Deux éléments portent le même identifiant.",
} as const;

/** Type errors: « obligatoire » when the answer is missing, the expected kind of answer otherwise. */
const typeError = (message: string) => (issue: { input?: unknown }) => (issue.input === undefined ? MSG.required : message);

/** Caps: free text ≤ 2,000 characters, names and short answers ≤ 200. */
export const LONG = 2000;
export const SHORT = 200;

export const text = (max: number = SHORT) => z.string({ error: typeError(MSG.text) }).max(max, { error: MSG.tooLong(max) });
export const requiredText = (max: number = SHORT) => text(max).trim().min(1, { error: MSG.required });
export const optionalText = (max: number = SHORT) => text(max).optional();

export const email = () => z.email({ error: typeError(MSG.email) }).max(SHORT, { error: MSG.tooLong(SHORT) });
export const optionalEmail = () => z.union([z.literal(""), email()], { error: MSG.email }).optional();

/** http(s) only: a `javascript:` URL never reaches the answers. */
export const url = () => z.url({ protocol: /^https?$/, error: typeError(MSG.url) }).max(500, { error: MSG.tooLong(500) });
export const optionalUrl = () => z.union([z.literal(""), url()], { error: MSG.url }).optional();

/** An optional date: "" (never filled, or cleared) is the same as absent. */
export const optionalDate = () => z.union([z.literal(""), isoDate()], { error: MSG.date }).optional();

export const slug = () => z.string({ error: typeError(MSG.text) }).max(60, { error: MSG.tooLong(60) })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: MSG.slug });

/** An optional identifier: "" is the same as absent. */
export const optionalSlug = () => z.union([z.literal(""), slug()], { error: MSG.slug }).optional();

export const choice = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: typeError(MSG.choice) });

export const bool = () => z.boolean({ error: typeError(MSG.bool) });

export const int = (min: number, max: number) =>
  z.int({ error: typeError(MSG.int) }).min(min, { error: MSG.min(min) }).max(max, { error: MSG.max(max) });

export const isoDate = () => z.iso.date({ error: typeError(MSG.date) });

export const list = <T extends z.ZodType>(item: T, max: number, min = 0) => {
  const base = z.array(item, { error: typeError(MSG.list) }).max(max, { error: MSG.tooMany(max) });
  return min > 0 ? base.min(min, { error: MSG.tooFew }) : base;
};

/** An array of items with an `id`, whose ids must be unique (purposes, recipients). */
export const idList = <T extends z.ZodType<{ id: string }>>(item: T, max: number, min = 0) =>
  list(item, max, min).refine((items) => new Set(items.map((i) => i.id)).size === items.length, { error: MSG.duplicate });

export const country = () => z.enum(COUNTRY_CODES, { error: typeError(MSG.choice) });
export const COUNTRY_OPTIONS: Record<string, string> = Object.fromEntries(
  Object.entries(COUNTRY_NAMES).map(([code, c]) => [code, c.name]),
);

export const object = <T extends z.core.$ZodLooseShape>(shape: T) => z.object(shape, { error: typeError(MSG.object) });
