// What a template proposes is not what the founder said. Every answer a template prefills is recorded
// in `answers.proposed` until the founder keeps it, edits it or removes it; the checker lists what is
// still unconfirmed (P01) and publishing asks for an explicit review of it. A proposal is a list item
// (its list's path and the value of the field its metadata names `itemKey`) or a whole field.
import * as z from "zod";
import { zAnswers, type TAnswers } from "../schema";
import type { TFieldMeta } from "../schema/fields";
import { unwrapField, valueAt } from "../schema/visibility";

/** Lists whose items are proposals one by one, with the field that identifies an item. */
function proposableLists(): { path: string; itemKey: string }[] {
  const out: { path: string; itemKey: string }[] = [];
  const visit = (schema: z.ZodType, path: string) => {
    const { inner, meta } = unwrapField(schema);
    if (inner instanceof z.ZodArray && (meta as TFieldMeta | undefined)?.itemKey) out.push({ path, itemKey: meta!.itemKey! });
    if (inner instanceof z.ZodObject) for (const [k, c] of Object.entries(inner.shape)) visit(c as z.ZodType, path ? `${path}.${k}` : k);
  };
  visit(zAnswers, "");
  return out;
}
const LISTS = proposableLists();

/** Whole fields a template sets (the rest of its answers are list items). */
const FIELDS = ["security.measures", "service.audience", "service.minimumAge"] as const;

export function itemProposalKey(listPath: string, itemKey: string, item: unknown): string | null {
  const id = item && typeof item === "object" ? (item as Record<string, unknown>)[itemKey] : undefined;
  return typeof id === "string" && id ? `${listPath}#${id}` : null;
}

/** The proposal key of a list item path ("purposes.3" → "purposes#orders") or of a field path, if any. */
export function proposalKeyAt(answers: unknown, path: string): string | null {
  const list = LISTS.find((l) => path.startsWith(`${l.path}.`) && /^\d+$/.test(path.slice(l.path.length + 1)));
  if (list) return itemProposalKey(list.path, list.itemKey, valueAt(answers, path));
  return (FIELDS as readonly string[]).includes(path) ? path : null;
}

/** Whether a field (not a list item) can be a proposal of its own. */
export function isProposableField(path: string): boolean {
  return (FIELDS as readonly string[]).includes(path);
}

/** Everything in these answers a template proposes (used when a draft starts from a template). */
export function allProposals(answers: TAnswers): string[] {
  const keys: string[] = [...FIELDS];
  for (const l of LISTS) {
    const items = valueAt(answers, l.path);
    if (Array.isArray(items)) for (const item of items) {
      const key = itemProposalKey(l.path, l.itemKey, item);
      if (key) keys.push(key);
    }
  }
  return [...new Set(keys)];
}

export type TOpenProposal = { key: string; path: string };

/** The proposals still unconfirmed and still present, with the path of their control. */
export function openProposals(answers: TAnswers): TOpenProposal[] {
  const proposed = new Set(answers.proposed ?? []);
  if (!proposed.size) return [];
  const out: TOpenProposal[] = [];
  for (const path of FIELDS) if (proposed.has(path)) out.push({ key: path, path });
  for (const l of LISTS) {
    const items = valueAt(answers, l.path);
    if (!Array.isArray(items)) continue;
    items.forEach((item, i) => {
      const key = itemProposalKey(l.path, l.itemKey, item);
      if (key && proposed.has(key)) out.push({ key, path: `${l.path}.${i}` });
    });
  }
  return out;
}

/** The answers with a proposal confirmed (kept, edited or removed by the founder). */
export function confirmProposal<T extends TAnswers>(answers: T, key: string): T {
  return { ...answers, proposed: (answers.proposed ?? []).filter((k) => k !== key) };
}
