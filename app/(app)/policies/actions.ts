"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { templateAnswers } from "@/lib/policy";
import { zServiceKind } from "@/lib/policy/vocabulary";
import { createPolicy } from "@/lib/server/create-policy";
import { requireUser } from "@/lib/server/current-user";
import { guarded, NOT_FOUND_RESULT as NOT_FOUND, type TActionResult } from "@/lib/server/action-result";
import { deletePolicy } from "@/lib/server/delete-policy";
import { duplicatePolicy } from "@/lib/server/duplicate-policy";
import { renamePolicy } from "@/lib/server/rename-policy";
import { SERVICE_KIND_LABELS } from "@/lib/policy/labels";
import { typo } from "@/lib/policy/text/typography";
import { zPolicyId, zRenamePolicy } from "@/lib/validation/policy";

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
