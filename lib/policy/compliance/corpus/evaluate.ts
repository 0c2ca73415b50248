// Runs a corpus item through the real checks: the lint over rendered text (lintRenderedText) and the checker's
// per-field scan (checkCompliance), with the text typed into a fixture's answers at the item's field.
import { FIXTURES } from "../../fixtures";
import type { TAnswers } from "../../schema";
import { controlAt } from "../../schema/visibility";
import { trackerNeedsConsent } from "../../vocabulary";
import { checkCompliance } from "../check";
import { lintRenderedText } from "../lint";
import type { TRuleId } from "../rules";
import type { TCorpusContext, TCorpusItem } from "./index";

const TRACKER_PURPOSES: readonly string[] = ["analytics_consent", "advertising", "embedded_content"];
/** Where a text without context is typed: a field with no context of its own. */
const NEUTRAL: TCorpusContext = { field: "service.description" };

export type TCorpusRun = {
  /** Rules the lint finds in the text alone (items without context only). */
  lint: TRuleId[] | null;
  /** Rules the checker finds on the field the text was typed in. */
  field: TRuleId[];
  /** The concrete answer path the text was typed at. */
  path: string;
};

function setAt(root: unknown, path: string, value: unknown) {
  const keys = path.split(".");
  let node = root as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) node = node[k] as Record<string, unknown>;
  node[keys.at(-1)!] = value;
}

/** Sets the siblings a control's `showWhen` asks for, so that what is typed there is in the policy. */
function reveal(a: TAnswers, path: string) {
  const control = controlAt(a, path);
  const when = control?.meta?.showWhen;
  if (!control || control.shown || !when) return;
  const parent = path.split(".").slice(0, -1).join(".");
  for (const [key, values] of Object.entries((Array.isArray(when) ? when[0] : when) ?? {})) {
    setAt(a, parent ? `${parent}.${key}` : key, (values as readonly unknown[])[0]);
  }
}

/** The fixture's answers arranged as the context says; returns the concrete path. */
export function placeText(text: string, ctx: TCorpusContext): { answers: TAnswers; path: string } {
  const base = FIXTURES[ctx.fixture ?? "ecommerce"];
  if (!base) throw new Error(`fixture inconnue : ${ctx.fixture}`);
  const a = structuredClone(base);
  if (ctx.consentTrackers === false) {
    a.cookies.trackers = a.cookies.trackers.filter((t) => !trackerNeedsConsent(t.category));
    a.purposes = a.purposes.filter((p) => !(TRACKER_PURPOSES.includes(p.key) && p.basis === "consent"));
  } else if (ctx.consentTrackers && !a.cookies.trackers.some((t) => trackerNeedsConsent(t.category))) {
    a.cookies.trackers.push({ name: "_ga", provider: "Google", purpose: "Mesurer l'audience du site.", lifetime: "13 mois", category: "analytics", recipientId: "" });
  }
  let path = ctx.field;
  if (path.startsWith("purposes.*.")) {
    let i = a.purposes.findIndex((p) => (!ctx.purpose || p.key === ctx.purpose) && (!ctx.basis || p.basis === ctx.basis));
    if (i < 0) i = Math.max(0, a.purposes.findIndex((p) => !ctx.purpose || p.key === ctx.purpose));
    const p = a.purposes[i]!;
    if (ctx.purpose) p.key = ctx.purpose;
    if (ctx.basis && p.basis !== ctx.basis) {
      p.basis = ctx.basis;
      if (ctx.basis === "legitimate_interest" && !p.legitimateInterest) p.legitimateInterest = "Protéger le service et ses utilisateurs contre les abus.";
    }
    path = path.replace("*", String(i));
  } else {
    // A purpose's fields are shown as its basis says (the context sets it); elsewhere, show the control.
    path = path.replace("*", "0");
    reveal(a, path);
  }
  setAt(a, path, text);
  return { answers: a, path };
}

const eRules = (ids: TRuleId[]) => [...new Set(ids.filter((id) => id.startsWith("E")))].sort();

export function runItem(item: TCorpusItem): TCorpusRun {
  const { answers, path } = placeText(item.text, item.context ?? NEUTRAL);
  const field = eRules(checkCompliance(answers).findings.filter((f) => f.field === path).map((f) => f.ruleId));
  const lint = item.context ? null : eRules(lintRenderedText(item.text, { mandatory: false }).map((f) => f.ruleId));
  return { lint, field, path };
}

/** Whether the item's rule was found (in every mode that ran), and which rules were found that it does not allow. */
export function judge(item: TCorpusItem, run: TCorpusRun): { detected: boolean; extra: TRuleId[] } {
  const modes = run.lint ? [run.lint, run.field] : [run.field];
  const allowed = new Set<TRuleId>([...(item.expect ? [item.expect] : []), ...(item.also ?? [])]);
  const detected = item.expect !== null && modes.every((m) => m.includes(item.expect!));
  const extra = [...new Set(modes.flat())].filter((id) => !allowed.has(id));
  return { detected, extra };
}

export type TRuleFigures = {
  ruleId: TRuleId;
  /** Items that must raise the rule. */
  positives: number;
  /** Correct sentences in the rule's own file (its near misses). */
  negatives: number;
  truePositives: number;
  falseNegatives: number;
  /** Items that raised the rule without asking for it (any file). */
  falsePositives: number;
  precision: number;
  recall: number;
};

export type TCorpusOutcome = { item: TCorpusItem & { file: string }; run: TCorpusRun; detected: boolean; extra: TRuleId[] };

export function runCorpus(items: (TCorpusItem & { file: string })[]): TCorpusOutcome[] {
  return items.map((item) => {
    const run = runItem(item);
    return { item, run, ...judge(item, run) };
  });
}

/** Per rule: positives, near-miss negatives, true and false positives, precision and recall. */
export function figures(outcomes: TCorpusOutcome[], rules: readonly TRuleId[]): TRuleFigures[] {
  return rules.map((ruleId) => {
    const positives = outcomes.filter((o) => o.item.expect === ruleId);
    const truePositives = positives.filter((o) => o.detected).length;
    const falsePositives = outcomes.filter((o) => o.extra.includes(ruleId)).length;
    return {
      ruleId,
      positives: positives.length,
      negatives: outcomes.filter((o) => o.item.file === ruleId && o.item.expect === null).length,
      truePositives,
      falseNegatives: positives.length - truePositives,
      falsePositives,
      precision: truePositives + falsePositives ? truePositives / (truePositives + falsePositives) : 1,
      recall: positives.length ? truePositives / positives.length : 1,
    };
  });
}
