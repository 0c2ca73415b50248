// « Ajouter ces finalités »: the purposes a catalogue vendor usually serves that the draft lacks. Derived from the
// answers alone (never stored), so the suggestions survive a reload and vanish once the purposes are there.
import { findService } from "../catalogue";
import type { TAnswers, TPurpose } from "../schema";
import type { TPurposeKey } from "../vocabulary";
import { PURPOSE_PRESETS, purposeFrom, type TPurposePreset } from "./purposes";

export type TPurposeSuggestion = {
  recipientId: string;
  /** The recipient's name, as the draft spells it. */
  name: string;
  presets: TPurposePreset[];
};

const PRESET_NAMES = Object.keys(PURPOSE_PRESETS) as TPurposePreset[];

/** The preset for a purpose key: the one named after the key (« payment », not « invoicing »), else the first. */
function presetFor(key: TPurposeKey): TPurposePreset | undefined {
  if ((PRESET_NAMES as string[]).includes(key) && PURPOSE_PRESETS[key as TPurposePreset].key === key) return key as TPurposePreset;
  return PRESET_NAMES.find((p) => PURPOSE_PRESETS[p].key === key);
}

/** One preset per key of `keys` that no purpose of the draft has; keys without a preset (hosting, CDN…) are skipped. */
export function suggestedPresets(answers: Pick<TAnswers, "purposes">, keys: readonly TPurposeKey[]): TPurposePreset[] {
  const present = new Set(answers.purposes.map((p) => p.key));
  const presets = [...new Set(keys)].filter((k) => !present.has(k)).map(presetFor);
  return [...new Set(presets.filter((p) => p !== undefined))];
}

/**
 * For each recipient from the catalogue: the presets of the purposes its entry usually serves (those the recipient
 * still lists, when it lists any) that the draft has no purpose for. Recipients in `dismissed` (ids) are left out.
 */
export function purposeSuggestions(answers: Pick<TAnswers, "recipients" | "purposes">, dismissed: Iterable<string> = []): TPurposeSuggestion[] {
  const skip = new Set(dismissed);
  const out: TPurposeSuggestion[] = [];
  for (const r of answers.recipients) {
    const entry = r.catalogueId ? findService(r.catalogueId) : undefined;
    if (!entry || skip.has(r.id)) continue;
    // A half-filled draft may lack the list (the wizard saves drafts as they are).
    const listed: readonly TPurposeKey[] = r.purposes ?? [];
    const keys = listed.length ? entry.defaultPurposes.filter((k) => listed.includes(k)) : entry.defaultPurposes;
    const presets = suggestedPresets(answers, keys);
    if (presets.length) out.push({ recipientId: r.id, name: r.name, presets });
  }
  return out;
}

/** Adds the purposes of `presets` whose key the draft lacks, each with an id no other purpose uses. */
export function addPurposes<T extends Pick<TAnswers, "purposes">>(answers: T, presets: readonly TPurposePreset[]): { answers: T; added: TPurpose[] } {
  const purposes = [...answers.purposes];
  const added: TPurpose[] = [];
  for (const preset of presets) {
    if (purposes.some((p) => p.key === PURPOSE_PRESETS[preset].key)) continue;
    const base = preset.replace(/_/g, "-");
    let id = base;
    for (let n = 2; purposes.some((p) => p.id === id); n += 1) id = `${base}-${n}`;
    const purpose = purposeFrom(preset, { id });
    purposes.push(purpose);
    added.push(purpose);
  }
  return { answers: { ...answers, purposes }, added };
}
