import "server-only";
import { randomUUID } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { FAILURE_MESSAGES, type TActionFailure, type TActionResult } from "@/lib/action-result";
import { getCurrentUser } from "@/lib/server/current-user";
import { isUnavailable, NotFoundError } from "@/lib/server/errors";

export type TActionContext = { userId: string; email: string; requestId: string };

/** A refusal the handler returns: `fail("conflict", "…", { reason: "taken", field: "slug" })`. */
export function fail(code: TActionFailure["code"], message: string, extra: Omit<TActionFailure, "ok" | "code" | "message"> = {}): TActionFailure {
  return { ok: false, code, message, ...extra };
}

/**
 * Every server action is one of these (issue 12, « one contract for every server action »):
 * 1. the session: none → `unauthenticated` (never « introuvable »);
 * 2. validation of the whole input with `schema`: a malformed id is `not_found` (ids are not probed), any other
 *    field is `invalid` with its French message and field;
 * 3. the handler, for the signed-in user; ownership is checked by the domain functions it calls, which throw
 *    NotFoundError for another user's object → `not_found`;
 * 4. an unavailable database anywhere (session included) → `unavailable`, nothing changed; any other exception →
 *    `error` with a reference; Next.js's redirects and notFound() pass through.
 * Each call gets a request id, logged with its outcome when it is not `ok`, and returned as `ref`.
 */
export function action<S extends z.ZodType, T extends object>(
  schema: S,
  handler: (input: z.output<S>, ctx: TActionContext) => Promise<TActionResult<T>>,
  /** For the log (the production build renames functions). */
  name = "action",
): (input: z.input<S>) => Promise<TActionResult<T>> {
  return async (input) => {
    const requestId = randomUUID().slice(0, 8);
    const started = Date.now();
    const log = (r: TActionFailure, error?: unknown) => {
      const line = `[action ${name} ${requestId}] ${r.code}${r.reason ? `/${r.reason}` : ""} en ${Date.now() - started} ms`;
      if (r.code === "error") console.error(line, error);
      else if (r.code === "unavailable") console.warn(line, error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : "");
      else console.info(line);
      return { ...r, ref: requestId };
    };
    try {
      const user = await getCurrentUser();
      if (!user) return log(fail("unauthenticated", FAILURE_MESSAGES.unauthenticated));
      const parsed = schema.safeParse(input);
      if (!parsed.success) {
        if (parsed.error.issues.some((i) => i.path[0] === "id")) return log(fail("not_found", FAILURE_MESSAGES.not_found));
        const issue = parsed.error.issues[0];
        const field = String(issue?.path[0] ?? "");
        return log(fail("invalid", issue?.message ?? "Saisie invalide.", field ? { field } : {}));
      }
      const result = await handler(parsed.data, { userId: user.id, email: user.email, requestId });
      return result.ok ? result : log(result);
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof NotFoundError) return log(fail("not_found", FAILURE_MESSAGES.not_found));
      if (isUnavailable(error)) return log(fail("unavailable", FAILURE_MESSAGES.unavailable), error);
      return log(fail("error", FAILURE_MESSAGES.error(requestId)), error);
    }
  };
}

/**
 * The same contract for a `<form>` posted with useActionState (it works before JavaScript has loaded, and without
 * it): the form's fields are validated by `schema` as an object, and the result becomes the form's state.
 */
export function formAction<S extends z.ZodType, T extends object>(
  schema: S,
  handler: (input: z.output<S>, ctx: TActionContext) => Promise<TActionResult<T>>,
  name = "formAction",
): (previous: TActionResult<T> | null, form: FormData) => Promise<TActionResult<T>> {
  // The form's fields as an object, then the schema: same output type, so the handler's input type holds.
  const fields = z.preprocess((v) => (v instanceof FormData ? Object.fromEntries(v) : v), schema) as unknown as S;
  const run = action(fields, handler, name);
  return async (_previous, form) => run(form as z.input<S>);
}
