// A draft is answers in progress. It is checked with the same schema as published answers, with one
// tolerance: a field left empty ("" , absent, or an empty list) is « not answered yet », not an
// error — the compliance checker reports what is still missing. Anything else that is wrong (a
// malformed e-mail, a `javascript:` URL, an unknown choice, text over the size caps) refuses the save.
import * as z from "zod";
import { defaultAnswers } from "./answers/defaults";
import { checkCompliance, scoreOf, type TCompliance } from "./compliance/check";
import { lintRenderedText } from "./compliance/lint";
import { buildDocument } from "./document/build";
import { renderText } from "./render/text";
import { RULES, type TFinding } from "./compliance/rules";
import { SCHEMA_VERSION, fieldLabel, zAnswers, type TAnswers } from "./schema";
import { migrateAnswers } from "./schema/migrate";
import { controlAt, itemTitleOf, valueAt, visibleAnswers } from "./schema/visibility";
import { typo } from "./text/typography";

/** Largest draft accepted, in bytes of JSON (UTF-8). */
export const MAX_DRAFT_BYTES = 200_000;

export type TDraftIssue = { path: string; message: string };
export type TDraftCheck = { ok: true; draft: TAnswers } | { ok: false; issues: TDraftIssue[] };

function isEmpty(value: unknown): boolean {
  return value === undefined || value === "" || (Array.isArray(value) && value.length === 0);
}

/** Keeps only the keys the schema knows, so nothing foreign is ever stored with a draft. */
function prune(schema: z.ZodType, value: unknown): unknown {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable || inner instanceof z.ZodDefault) {
    inner = inner.unwrap() as z.ZodType;
  }
  if (inner instanceof z.ZodPipe) inner = inner.in as z.ZodType;
  if (inner instanceof z.ZodObject && value !== null && typeof value === "object" && !Array.isArray(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(inner.shape)) {
      if (key in value) out[key] = prune(child as z.ZodType, (value as Record<string, unknown>)[key]);
    }
    return out;
  }
  if (inner instanceof z.ZodArray && Array.isArray(value)) return value.map((item) => prune(inner.element as z.ZodType, item));
  return value;
}

function byteLength(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Checks a draft (see the header). On success, returns it with unknown keys removed. */
export function checkDraft(input: unknown): TDraftCheck {
  let json: string;
  try {
    json = JSON.stringify(input) ?? "";
  } catch {
    return { ok: false, issues: [{ path: "", message: "Le brouillon est illisible." }] };
  }
  if (byteLength(json) > MAX_DRAFT_BYTES) {
    return { ok: false, issues: [{ path: "", message: "Le brouillon dépasse la taille maximale de 200\u00a0ko : raccourcissez les textes les plus longs." }] };
  }
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    return { ok: false, issues: [{ path: "", message: "Le brouillon est illisible." }] };
  }
  const parsed = zAnswers.safeParse(input);
  if (parsed.success) return { ok: true, draft: parsed.data };
  const blocking = parsed.error.issues.filter((issue) => !isEmpty(valueAt(input, issue.path)));
  if (blocking.length) {
    return { ok: false, issues: blocking.map((i) => ({ path: i.path.map(String).join("."), message: i.message })) };
  }
  return { ok: true, draft: prune(zAnswers, input) as TAnswers };
}

/**
 * The answers a stored draft holds, ready for the wizard. Drafts are saved through checkDraft, so a
 * current-version draft is used as is (with any top-level section it lacks at its default); a draft
 * from before the questionnaire existed (`{}`) starts from the defaults.
 */
export function loadDraft(stored: unknown): TAnswers {
  const base = defaultAnswers();
  if (stored === null || typeof stored !== "object" || Array.isArray(stored)) return base;
  const version = (stored as { schemaVersion?: unknown }).schemaVersion;
  if (version === undefined) return base;
  if (version !== SCHEMA_VERSION) {
    const migrated = migrateAnswers(stored);
    if (migrated.success) return migrated.data;
    throw new Error(`Brouillon en version ${String(version)} du questionnaire : migration impossible.`);
  }
  return { ...base, ...(prune(zAnswers, stored) as Partial<TAnswers>) };
}

/** The name of the innermost list item a path goes through (« Paiement » for purposes.2.data), if any. */
function itemOf(root: unknown, path: readonly PropertyKey[]): string | null {
  for (let i = path.length - 1; i > 0; i -= 1) {
    if (typeof path[i] !== "number" || i === path.length - 1) continue;
    const list = controlAt(root, path.slice(0, i).map(String).join("."));
    return list ? itemTitleOf(list.node, valueAt(root, path.slice(0, i + 1)), Number(path[i])) : null;
  }
  return null;
}

/**
 * What a draft still lacks to be publishable, as blocking findings pointing to their fields (E09:
 * a published policy has no blank). Empty when the answers satisfy the schema. Only what the wizard
 * shows is checked (a value under a switched-off control is not in the policy); an empty field is
 * « à compléter », a malformed one keeps the schema's message.
 */
export function draftGaps(answers: unknown): TFinding[] {
  const shown = answers !== null && typeof answers === "object" && !Array.isArray(answers) ? visibleAnswers(answers as TAnswers) : answers;
  const parsed = zAnswers.safeParse(shown);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const path = issue.path.map(String).join(".");
    const label = fieldLabel(path);
    const empty = isEmpty(valueAt(shown, issue.path));
    const message = empty ? "à compléter." : issue.message;
    const where = itemOf(shown, issue.path);
    return {
      ruleId: "E09",
      severity: "blocking",
      message: typo(label ? `${label}${where ? ` — « ${where} »` : ""}\u00a0: ${message}` : empty ? "Réponse à compléter." : message),
      field: path || null,
      article: RULES.E09.article,
    } satisfies TFinding;
  });
}

/**
 * The compliance of a draft as the wizard shows it: the checker's findings plus what the draft still
 * lacks (draftGaps), one finding per field (a gap on a field the checker already reports is the same
 * point), and a score that counts those gaps. The effective date is set when publishing (`today` by
 * default), so it is not a gap of the draft.
 */
export function draftCompliance(answers: TAnswers, today: string): TCompliance {
  const compliance = checkCompliance(answers);
  const reported = new Set(compliance.findings.map((f) => f.field));
  const dated = { ...answers, effectiveDate: answers.effectiveDate || today };
  const gaps = draftGaps(dated).filter((g) => !reported.has(g.field));
  // What publishing reads in the rendered text, the panel shows too: publishing never refuses for a
  // reason the founder was not shown (only once the draft is complete, as publishing does).
  // An E-error typed in a field is already shown on that field (« Corriger » opens it): the same rule read
  // again in the rendered text is the same point, not a second one.
  const onFields = new Set(compliance.findings.filter((c) => c.field !== null).map((c) => c.ruleId));
  const lint = gaps.length ? [] : lintRenderedText(renderText(buildDocument(dated))).filter((f) => !onFields.has(f.ruleId) && !compliance.findings.some((c) => c.message === f.message));
  if (!gaps.length && !lint.length) return compliance;
  const findings = [...gaps, ...lint, ...compliance.findings].sort((x, y) => Number(x.severity !== "blocking") - Number(y.severity !== "blocking"));
  const applicable = compliance.applicable.includes("E09") ? compliance.applicable : [...compliance.applicable, "E09" as const];
  return { ...compliance, findings, score: scoreOf(findings, applicable) };
}
