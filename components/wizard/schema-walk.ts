// Reads the engine's zod schema so the wizard is generated from it (labels, help, defaults, widgets
// live in lib/policy, never copied here).
import { z } from "zod";
import { STEP_SCHEMAS, STEPS, type TFieldMeta, type TStep } from "@/lib/policy";
import { itemTitleOf, unwrapField } from "@/lib/policy/schema/visibility";

export type TNodeKind = "object" | "array" | "string" | "enum" | "boolean" | "number" | "literal" | "other";

export type TNode = {
  kind: TNodeKind;
  /** The schema with optional/nullable/default/pipe wrappers removed. */
  inner: z.ZodType;
  optional: boolean;
  meta: TFieldMeta | undefined;
};

/** Metadata may sit on any wrapper (after .optional() by convention): the engine's unwrapField finds it. */
export function describe(schema: z.ZodType): TNode {
  const { meta, inner, optional } = unwrapField(schema);
  const kind: TNodeKind =
    inner instanceof z.ZodObject ? "object"
    : inner instanceof z.ZodArray ? "array"
    : inner instanceof z.ZodEnum ? "enum"
    : inner instanceof z.ZodString || inner instanceof z.ZodStringFormat ? "string"
    : inner instanceof z.ZodBoolean ? "boolean"
    : inner instanceof z.ZodNumber ? "number"
    : inner instanceof z.ZodLiteral ? "literal"
    : inner instanceof z.ZodUnion ? describeUnion(inner)
    : "other";
  return { kind, inner, optional, meta };
}

/** `"" | email` style unions are strings for the form. */
function describeUnion(u: z.ZodUnion): TNodeKind {
  const kinds = (u.options as z.ZodType[]).map((o) => describe(o).kind);
  return kinds.every((k) => k === "string" || k === "literal") ? "string" : "other";
}

export function objectShape(node: TNode): [string, z.ZodType][] {
  return Object.entries((node.inner as z.ZodObject).shape) as [string, z.ZodType][];
}

export function arrayElement(node: TNode): z.ZodType {
  return (node.inner as z.ZodArray).element as z.ZodType;
}

/** An enum's values with their French labels (from its own metadata, or from the list that holds it). */
export function enumOptions(node: TNode, fallback?: Record<string, string>): [string, string][] {
  const values = (node.inner as z.ZodEnum).options as string[];
  const labels = node.meta?.options ?? fallback ?? {};
  const ordered = Object.keys(labels).filter((k) => values.includes(k));
  const rest = values.filter((v) => !ordered.includes(v));
  return [...ordered, ...rest].map((v) => [v, labels[v] ?? v]);
}

/** The title of a list item (the engine's itemTitleOf, from the list's metadata). */
export function itemTitle(list: TNode, item: unknown, index: number): string {
  return itemTitleOf(list, item, index);
}

/** The value a new field (or list item) starts from: its metadata default, recursively. */
export function defaultValue(schema: z.ZodType): unknown {
  const node = describe(schema);
  if (node.meta && "default" in node.meta && node.meta.default !== undefined) return structuredClone(node.meta.default);
  switch (node.kind) {
    case "object":
      return Object.fromEntries(objectShape(node).filter(([, s]) => !describe(s).optional || describe(s).kind !== "object").map(([k, s]) => [k, defaultValue(s)]));
    case "array":
      return [];
    case "string":
      return "";
    case "boolean":
      return false;
    case "enum":
      return ((node.inner as z.ZodEnum).options as string[])[0];
    case "literal":
      return (node.inner as z.ZodLiteral).value;
    default:
      return undefined;
  }
}

const STEP_OF_KEY: Record<string, TStep> = Object.fromEntries(
  STEPS.flatMap((step) => Object.keys(STEP_SCHEMAS[step].shape).map((key) => [key, step])),
);

/** The wizard step holding an answer path ("purposes.2.basis" → "finalites"). */
export function stepOfPath(path: string): TStep | undefined {
  return STEP_OF_KEY[path.split(".")[0] ?? ""];
}

/** The DOM id of the input for an answer path. */
export function fieldId(path: string): string {
  return `champ-${path}`;
}
