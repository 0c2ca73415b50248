"use server";

import { revalidatePath } from "next/cache";
import { guarded, NOT_FOUND_RESULT, type TActionResult } from "@/lib/server/action-result";
import { changeSlug } from "@/lib/server/change-slug";
import { publishVersion } from "@/lib/server/publish-version";
import { setPublicationWithdrawn } from "@/lib/server/withdraw-publication";
import { zPolicyId, zPublish, zSlug } from "@/lib/validation/policy";

export async function publishPolicyAction(id: string, input: { effectiveDate: string; note: string; shortNotice?: boolean; reviewedProposals?: boolean }): Promise<TActionResult<{ number: number; slug: string }>> {
  if (!zPolicyId.safeParse(id).success) return NOT_FOUND_RESULT;
  const parsed = zPublish.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, code: "invalid", message: issue?.message ?? "Saisie invalide.", field: String(issue?.path[0] ?? "") };
  }
  return guarded<{ number: number; slug: string }>(async (userId) => {
    const r = await publishVersion(userId, { id, ...parsed.data });
    if (r.status === "unchanged") return { ok: false, code: "unchanged", message: "Aucune modification depuis la dernière version publiée : rien à publier." };
    if (r.status === "too_early") return { ok: false, code: r.reason === "notice" ? "short_notice" : "invalid", message: r.message, field: "effectiveDate" };
    if (r.status === "unreviewed") {
      return { ok: false, code: "unreviewed", message: `Relisez d’abord ${r.reasons.length > 1 ? `les ${r.reasons.length} réponses proposées par le modèle` : "la réponse proposée par le modèle"} et confirmez qu’elles décrivent votre activité.`, reasons: r.reasons };
    }
    if (r.status === "blocked") {
      return { ok: false, code: "blocked", message: `Publication impossible : ${r.reasons.length} point${r.reasons.length > 1 ? "s" : ""} bloquant${r.reasons.length > 1 ? "s" : ""}.`, reasons: r.reasons };
    }
    revalidatePath(`/policies/${id}/versions`);
    revalidatePath("/policies");
    return { ok: true, number: r.number, slug: r.slug };
  });
}

export async function setWithdrawnAction(id: string, withdrawn: boolean): Promise<TActionResult> {
  if (!zPolicyId.safeParse(id).success || typeof withdrawn !== "boolean") return NOT_FOUND_RESULT;
  return guarded(async (userId) => {
    await setPublicationWithdrawn(userId, id, withdrawn);
    revalidatePath(`/policies/${id}/versions`);
    return { ok: true };
  });
}

export async function changeSlugAction(id: string, slug: string): Promise<TActionResult<{ slug: string }>> {
  if (!zPolicyId.safeParse(id).success) return NOT_FOUND_RESULT;
  const parsed = zSlug.safeParse(slug);
  if (!parsed.success) return { ok: false, code: "invalid", message: parsed.error.issues[0]?.message ?? "Adresse invalide.", field: "slug" };
  return guarded<{ slug: string }>(async (userId) => {
    const r = await changeSlug(userId, id, parsed.data);
    if (r.status === "taken") return { ok: false, code: "taken", message: "Cette adresse est déjà utilisée : choisissez-en une autre.", field: "slug" };
    revalidatePath(`/policies/${id}/versions`);
    return { ok: true, slug: parsed.data };
  });
}
