// Removing an item removes what refers to it: a data category leaves the purposes, recipients and
// sources that listed it; a recipient's trackers go with it if the founder agrees (they may still be
// set by the site itself). Pure: the wizard asks, announces and applies.
import type { TAnswers } from "../schema";
import { typo } from "../text/typography";
import { removeVendor } from "./vendors";

export type TCascade = {
  /** What else goes with the item, in French, for the announcement or the question. */
  summary: string;
  /** True when the founder is asked first (the dependents may be kept). */
  ask: boolean;
  /** The answers without the item and its dependents. */
  apply: (answers: TAnswers) => TAnswers;
  /** When asked: the answers without the item, its dependents kept (and unlinked from it). */
  keep?: (answers: TAnswers) => TAnswers;
};

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

function withoutItem<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

/** What removing the item at `listPath[index]` also removes; null when nothing refers to it. */
export function cascadeOf(answers: TAnswers, listPath: string, index: number): TCascade | null {
  if (listPath === "data.categories") {
    const key = answers.data.categories[index]?.key;
    if (!key) return null;
    const purposes = answers.purposes.filter((p) => p.data?.includes(key)).length;
    const recipients = answers.recipients.filter((r) => r.data?.includes(key)).length;
    const sources = answers.data.sources.filter((s) => s.categories?.includes(key)).length;
    if (!purposes && !recipients && !sources) return null;
    const parts = [
      purposes ? plural(purposes, "finalité", "finalités") : "",
      recipients ? plural(recipients, "destinataire", "destinataires") : "",
      sources ? plural(sources, "source", "sources") : "",
    ].filter(Boolean);
    return {
      summary: typo(`Cette catégorie est aussi retirée de ${parts.join(", ")}.`),
      ask: false,
      apply: (a) => ({
        ...a,
        data: {
          ...a.data,
          categories: withoutItem(a.data.categories, index),
          sources: a.data.sources.map((s) => ({ ...s, categories: (s.categories ?? []).filter((k) => k !== key) })),
        },
        purposes: a.purposes.map((p) => ({ ...p, data: (p.data ?? []).filter((k) => k !== key) })),
        recipients: a.recipients.map((r) => ({ ...r, data: (r.data ?? []).filter((k) => k !== key) })),
      }),
    };
  }
  if (listPath === "recipients") {
    const recipient = answers.recipients[index];
    if (!recipient?.id) return null;
    const linked = answers.cookies.trackers.filter((t) => t.recipientId === recipient.id);
    if (!linked.length) return null;
    const names = linked.map((t) => t.name || "sans nom").join(", ");
    return {
      summary: typo(`${recipient.name || "Ce destinataire"} dépose ${plural(linked.length, "cookie", "cookies")} (${names}). Les retirer aussi de l'étape Cookies ?`),
      ask: true,
      apply: (a) => removeVendor(a, recipient.id, { withTrackers: true }).answers,
      keep: (a) => removeVendor(a, recipient.id, { withTrackers: false }).answers,
    };
  }
  return null;
}
