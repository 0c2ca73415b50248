// Stored answers carry `schemaVersion`; migrateAnswers upgrades them step by step to SCHEMA_VERSION, then
// validates. Add one function to MIGRATIONS per version bump: MIGRATIONS[n] turns version n into n + 1.
import * as z from "zod";
import { defaultAnswers } from "../answers/defaults";
import { typo } from "../text/typography";
import { SCHEMA_VERSION, zAnswers, type TAnswers } from ".";

type TRaw = Record<string, unknown>;

function isObject(v: unknown): v is TRaw {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Fills what `over` lacks from `base`, recursively for objects; arrays and scalars of `over` win. */
function fill(base: unknown, over: unknown): unknown {
  if (!isObject(base) || !isObject(over)) return over === undefined ? base : over;
  const out: TRaw = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = fill(base[k], v);
  return out;
}

const MIGRATIONS: Record<number, (answers: TRaw) => TRaw> = {
  // Version 0: drafts saved before the schema was versioned (no `schemaVersion`): every step the
  // draft lacks takes its default, the rest is kept as is.
  0: (answers) => ({ ...(fill(defaultAnswers(), answers) as TRaw), schemaVersion: 1 }),
  // Version 1 → 2: a retention « jusqu'à la fin de la relation » is prolonged by a duration only when
  // `extended` says so (the duration is no longer read under a hidden control); a version 1 answer
  // that held a duration in that mode was prolonged.
  1: (answers) => ({
    ...answers,
    schemaVersion: 2,
    purposes: Array.isArray(answers.purposes)
      ? answers.purposes.map((p: unknown) => {
        if (!isObject(p) || !isObject(p.retention) || p.retention.mode !== "relationship") return p;
        return { ...p, retention: { ...p.retention, extended: p.retention.amount !== undefined && p.retention.unit !== undefined } };
      })
      : answers.purposes,
  }),
  // Version 2 → 3: where to change one's cookie choices becomes a choice the engine words itself
  // (« le lien « Gérer mes cookies » présent en bas de chaque page »); a text that says something else
  // is kept as « Autre ». Recipients are named companies unless the founder says they are a category.
  2: (answers) => ({
    ...answers,
    schemaVersion: 3,
    cookies: isObject(answers.cookies) ? { ...answers.cookies, ...choicesFrom(answers.cookies.manageChoices) } : answers.cookies,
    recipients: Array.isArray(answers.recipients)
      ? answers.recipients.map((r: unknown) => (isObject(r) && r.kind === undefined ? { ...r, kind: "entity" } : r))
      : answers.recipients,
  }),
};

/** A version 2 « où modifier ses choix » text as a version 3 choice: a footer link keeps its wording. */
function choicesFrom(text: unknown): TRaw {
  const t = typeof text === "string" ? text.trim() : "";
  if (!t) return { choicesAccess: "other", choicesLink: "", manageChoices: "" };
  const link = /^le lien « ([^«»]{1,60}) » (?:présent |situé |affiché )?en bas de (?:chaque|toutes les) pages?$/.exec(t);
  if (link) return { choicesAccess: "footer_link", choicesLink: link[1]!.trim(), manageChoices: "" };
  return { choicesAccess: "other", choicesLink: "", manageChoices: t };
}

export type TMigrationResult =
  | { success: true; data: TAnswers; from: number }
  | { success: false; error: z.ZodError; from: number | null };

function failure(message: string, from: number | null): TMigrationResult {
  return { success: false, from, error: new z.ZodError([{ code: "custom", message: typo(message), path: ["schemaVersion"], input: undefined }]) };
}

/** Upgrade stored answers (any version up to SCHEMA_VERSION) and validate them. */
export function migrateAnswers(input: unknown): TMigrationResult {
  if (!isObject(input)) return failure("Réponses illisibles : un objet est attendu.", null);
  const from = input.schemaVersion === undefined ? 0 : input.schemaVersion;
  if (typeof from !== "number" || !Number.isInteger(from) || from < 0) return failure("Version du questionnaire illisible.", null);
  if (from > SCHEMA_VERSION) return failure("Ces réponses viennent d'une version plus récente de l'application.", from);
  let current: TRaw = input;
  for (let v = from; v < SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return failure(`Aucune migration depuis la version ${v}.`, from);
    current = step(current);
  }
  const parsed = zAnswers.safeParse(current);
  return parsed.success ? { success: true, data: parsed.data, from } : { success: false, error: parsed.error, from };
}
