// What the questionnaire shows, read from the schema's metadata (`hidden`, `showWhen`, see ./fields.ts).
// The wizard renders a control for a field exactly when `isShown` holds; the engine reads the answers
// through `visibleAnswers`, so a value under a hidden control is never in the policy. One rule, two
// consumers: the wizard cannot show what the engine ignores, nor hide what the engine uses.
import * as z from "zod";
import type { TFieldMeta, TShowWhen } from "./fields";
import { zAnswers, type TAnswers } from ".";

/** The value at an answer path ("purposes.2.label", or its keys), undefined where the path leads nowhere. */
export function valueAt(root: unknown, path: string | readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of typeof path === "string" ? (path ? path.split(".") : []) : path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

export type TFieldNode = { meta: TFieldMeta | undefined; inner: z.ZodType; optional: boolean };

/** A schema without its optional/nullable/default/pipe wrappers, with the outermost metadata found. */
export function unwrapField(schema: z.ZodType): TFieldNode {
  let meta = schema.meta() as TFieldMeta | undefined;
  let inner: z.ZodType = schema;
  let optional = false;
  for (;;) {
    if (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) optional = true;
    if (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable || inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
    else if (inner instanceof z.ZodPipe) inner = inner.in as z.ZodType;
    else break;
    meta ??= inner.meta() as TFieldMeta | undefined;
  }
  return { meta, inner, optional };
}

function matches(value: unknown, values: readonly unknown[]): boolean {
  return Array.isArray(value) ? value.some((v) => values.includes(v)) : values.includes(value);
}

function holds(condition: TShowWhen, parent: Record<string, unknown>): boolean {
  return Object.entries(condition).every(([sibling, values]) => matches(parent[sibling], values));
}

/** Whether a field with this metadata is shown, given the object that holds it. */
export function isShown(meta: TFieldMeta | undefined, parent: unknown): boolean {
  if (!meta) return true;
  if (meta.hidden) return false;
  if (!meta.showWhen) return true;
  const siblings = parent !== null && typeof parent === "object" ? (parent as Record<string, unknown>) : {};
  const conditions = Array.isArray(meta.showWhen) ? meta.showWhen : [meta.showWhen as TShowWhen];
  return conditions.some((c) => holds(c, siblings));
}

/** Whether a field is in force given its parent (a `showWhen` not met takes it out; `hidden` fields stay). */
function inForce(meta: TFieldMeta | undefined, parent: unknown): boolean {
  return isShown(meta ? { ...meta, hidden: false } : meta, parent);
}

/** The blank a required answer the draft does not hold yet stands for ("" for a text, [] for a list…). */
function blankOf(schema: z.ZodType): unknown {
  const { meta, inner, optional } = unwrapField(schema);
  if (optional) return undefined;
  if (meta && meta.default !== undefined) return structuredClone(meta.default);
  if (inner instanceof z.ZodObject) return prune(inner, {});
  if (inner instanceof z.ZodArray) return [];
  if (inner instanceof z.ZodBoolean) return false;
  if (inner instanceof z.ZodString || inner instanceof z.ZodStringFormat || inner instanceof z.ZodUnion) return "";
  return undefined;
}

function prune(schema: z.ZodType, value: unknown): unknown {
  const { inner } = unwrapField(schema);
  if (inner instanceof z.ZodObject && value !== null && typeof value === "object" && !Array.isArray(value)) {
    const source = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(source)) if (!(key in inner.shape)) out[key] = v;
    for (const [key, child] of Object.entries(inner.shape) as [string, z.ZodType][]) {
      if (!inForce(unwrapField(child).meta, source)) continue;
      const v = source[key] === undefined ? blankOf(child) : prune(child, source[key]);
      if (v !== undefined) out[key] = v;
    }
    return out;
  }
  if (inner instanceof z.ZodArray && Array.isArray(value)) return value.map((item) => prune(inner.element as z.ZodType, item));
  return value;
}

/**
 * The answers as the engine reads them: without any value whose control is not shown (nothing is
 * asserted that the founder did not see), and with the blank of every required answer a draft does not
 * hold yet, so that a draft in progress is checked and previewed, never a crash.
 */
export function visibleAnswers<T extends TAnswers>(answers: T): T {
  return prune(zAnswers, answers) as T;
}

export type TControl = { path: string; meta: TFieldMeta | undefined; node: TFieldNode; shown: boolean };

/**
 * The control the wizard renders for an answer path ("purposes.2.retention.until"), if the schema has
 * the path: `shown` is false when the field or one of its ancestors is hidden or switched off.
 */
export function controlAt(answers: unknown, path: string): TControl | null {
  let schema: z.ZodType = zAnswers;
  let value: unknown = answers;
  let shown = true;
  let node = unwrapField(schema);
  const parts = path ? path.split(".") : [];
  for (const part of parts) {
    node = unwrapField(schema);
    if (node.inner instanceof z.ZodObject) {
      const child = node.inner.shape[part] as z.ZodType | undefined;
      if (!child) return null;
      const childNode = unwrapField(child);
      shown &&= isShown(childNode.meta, value);
      schema = child;
    } else if (node.inner instanceof z.ZodArray && /^\d+$/.test(part)) {
      schema = node.inner.element as z.ZodType;
      const list = Array.isArray(value) ? value : [];
      if (Number(part) >= list.length) shown = false;
    } else return null;
    value = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[part] : undefined;
  }
  node = unwrapField(schema);
  return { path, meta: node.meta, node, shown };
}

/** The title of a list item, from the fields its list's metadata names (`itemTitle`), enums by their label. */
export function itemTitleOf(list: z.ZodType | TFieldNode, item: unknown, index: number): string {
  const { meta, inner } = list instanceof z.ZodType ? unwrapField(list) : list;
  const element = inner instanceof z.ZodArray ? unwrapField(inner.element as z.ZodType).inner : undefined;
  const values = (item ?? {}) as Record<string, unknown>;
  for (const key of meta?.itemTitle ?? []) {
    const value = values[key];
    if (typeof value !== "string" || !value.trim()) continue;
    const child = element instanceof z.ZodObject ? (element.shape[key] as z.ZodType | undefined) : undefined;
    const options = child ? unwrapField(child).meta?.options : undefined;
    if (!options) return value;
    if (options[value] && value !== "custom") return options[value];
  }
  return meta?.newItem?.title ?? `${meta?.label ?? "Élément"} ${index + 1}`;
}
