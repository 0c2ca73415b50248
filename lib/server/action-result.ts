import "server-only";
import { randomUUID } from "node:crypto";
import { getCurrentUser } from "@/lib/server/current-user";
import { NotFoundError } from "@/lib/server/errors";

export type TActionResult<T = object> =
  | ({ ok: true } & T)
  | { ok: false; code: "not_found" | "invalid" | "blocked" | "unchanged" | "taken" | "short_notice" | "unreviewed" | "error"; message: string; field?: string; reasons?: { message: string; field: string | null }[] };

export const NOT_FOUND_RESULT = { ok: false, code: "not_found", message: "Cette politique est introuvable." } as const;

/**
 * Runs a server action's work for the signed-in user. Expected errors become French messages (a
 * policy of someone else is « introuvable », like one that does not exist); anything else is logged
 * with a reference and shown generically.
 */
export async function guarded<T extends object>(work: (userId: string) => Promise<TActionResult<T>>): Promise<TActionResult<T>> {
  const user = await getCurrentUser();
  if (!user) return NOT_FOUND_RESULT;
  try {
    return await work(user.id);
  } catch (error) {
    if (error instanceof NotFoundError) return NOT_FOUND_RESULT;
    const ref = randomUUID().slice(0, 8);
    console.error(`[action ${ref}]`, error);
    return { ok: false, code: "error", message: `Une erreur inattendue est survenue (référence ${ref}). Réessayez.` };
  }
}
