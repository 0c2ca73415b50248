"use server";

import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { templateAnswers } from "@/lib/policy";
import { zServiceKind } from "@/lib/policy/vocabulary";
import { createPolicy } from "@/lib/server/create-policy";
import { getCurrentUser, requireUser } from "@/lib/server/current-user";
import { deletePolicy } from "@/lib/server/delete-policy";
import { duplicatePolicy } from "@/lib/server/duplicate-policy";
import { NotFoundError } from "@/lib/server/errors";
import { renamePolicy } from "@/lib/server/rename-policy";
import { SERVICE_KIND_LABELS } from "@/lib/policy/labels";
import { typo } from "@/lib/policy/text/typography";
import { zPolicyId, zRenamePolicy } from "@/lib/validation/policy";

export type TActionResult = { ok: true; id?: string } | { ok: false; code: "not_found" | "invalid" | "error"; message: string; field?: string };

const NOT_FOUND: TActionResult = { ok: false, code: "not_found", message: "Cette politique est introuvable." };

/** Expected errors become French messages; anything else is logged with a reference and shown generically. */
async function guarded(work: (userId: string) => Promise<TActionResult>): Promise<TActionResult> {
  const user = await getCurrentUser();
  if (!user) return NOT_FOUND;
  try {
    return await work(user.id);
  } catch (error) {
    if (error instanceof NotFoundError) return NOT_FOUND;
    const ref = randomUUID().slice(0, 8);
    console.error(`[action ${ref}]`, error);
    return { ok: false, code: "error", message: `Une erreur inattendue est survenue (référence ${ref}). Réessayez.` };
  }
}

/** Creates a draft from a business-kind template and opens it in the wizard. */
export async function createPolicyAction(form: FormData): Promise<void> {
  const user = await requireUser("/policies/nouvelle");
  const kind = zServiceKind.safeParse(form.get("kind"));
  const draft = kind.success ? templateAnswers(kind.data) : undefined;
  const title = kind.success ? `Politique — ${typo(SERVICE_KIND_LABELS[kind.data])}` : undefined;
  const { id } = await createPolicy({ ownerId: user.id, title, draft });
  redirect(`/policies/${id}/edit`);
}

export async function renamePolicyAction(input: { id: string; title: string }): Promise<TActionResult> {
  const parsed = zRenamePolicy.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (issue?.path[0] === "id") return NOT_FOUND;
    return { ok: false, code: "invalid", message: issue?.message ?? "Titre invalide.", field: "title" };
  }
  return guarded(async (userId) => {
    await renamePolicy(userId, parsed.data.id, parsed.data.title);
    revalidatePath("/policies");
    return { ok: true };
  });
}

export async function duplicatePolicyAction(id: string): Promise<TActionResult> {
  const parsed = zPolicyId.safeParse(id);
  if (!parsed.success) return NOT_FOUND;
  return guarded(async (userId) => {
    const copy = await duplicatePolicy(userId, parsed.data);
    revalidatePath("/policies");
    return { ok: true, id: copy.id };
  });
}

export async function deletePolicyAction(id: string): Promise<TActionResult> {
  const parsed = zPolicyId.safeParse(id);
  if (!parsed.success) return NOT_FOUND;
  return guarded(async (userId) => {
    await deletePolicy(userId, parsed.data);
    revalidatePath("/policies");
    return { ok: true };
  });
}
