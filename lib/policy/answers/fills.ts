// What choosing a value fills in the item around it (schema metadata `fills`, see ../schema/fields.ts):
// picking a purpose type gives the purpose its usual answers (RULES §5), without overwriting what the
// founder wrote.
import { PURPOSE_LABELS } from "../labels";
import type { TPurpose } from "../schema";
import { has } from "../text/grammar";
import { PURPOSE_PRESETS, type TPurposePreset } from "./purposes";

type TPreset = (typeof PURPOSE_PRESETS)[TPurposePreset];

function presetFor(key: string): TPreset | undefined {
  const own = (PURPOSE_PRESETS as Record<string, TPreset>)[key];
  if (own && own.key === key) return own;
  return Object.values(PURPOSE_PRESETS).find((p) => p.key === key);
}

/** The labels a purpose of this type would carry if the founder had not renamed it. */
function defaultLabels(key: string | undefined): string[] {
  if (!key) return [];
  return [PURPOSE_LABELS[key as keyof typeof PURPOSE_LABELS], presetFor(key)?.label].filter((l): l is string => Boolean(l));
}

/**
 * A purpose whose type becomes `key`: blank answers take the type's usual ones; a purpose that was
 * still untouched (no name, or the name of its previous type) also takes the type's basis,
 * requirement and retention. What the founder wrote is kept.
 */
export function withPurposeType(purpose: TPurpose, key: TPurpose["key"]): TPurpose {
  const untouched = !has(purpose.label) || defaultLabels(purpose.key).includes(purpose.label.trim());
  const next: TPurpose = { ...purpose, key };
  const preset = presetFor(key);
  const label = preset?.label ?? PURPOSE_LABELS[key as keyof typeof PURPOSE_LABELS];
  if (untouched && label) next.label = label;
  if (!preset) return next;
  const p = preset as Partial<TPurpose>;
  const texts = ["description", "legitimateInterest", "legalObligation", "consequence", "optOut"] as const;
  if (untouched) {
    // Nothing of the previous type's proposal survives: the new type's answers, blanks where it has none.
    next.basis = p.basis ?? next.basis;
    next.requirement = p.requirement ?? next.requirement;
    if (p.retention) next.retention = structuredClone(p.retention);
    next.furtherProcessing = p.furtherProcessing ?? false;
    next.softOptIn = p.softOptIn ?? false;
    if (p.data) next.data = [...p.data];
    for (const k of texts) next[k] = p[k] ?? "";
    return next;
  }
  if (!next.data?.length && p.data) next.data = [...p.data];
  for (const k of texts) if (!has(next[k]) && has(p[k])) next[k] = p[k];
  return next;
}

export const FILLS = {
  purposePreset: (item: unknown, value: unknown) => withPurposeType(item as TPurpose, value as TPurpose["key"]),
} as const;
