"use server";

import { z } from "zod";
import { action, fail } from "@/lib/server/action";
import { changeSlug } from "@/lib/server/change-slug";
import { publishVersion } from "@/lib/server/publish-version";
import { setPublicationWithdrawn } from "@/lib/server/withdraw-publication";
import { zPolicyId, zPublish, zSlug } from "@/lib/validation/policy";

const plural = (n: number, one: string, many: string) => (n > 1 ? many : one);

export const publishPolicyAction = action(zPublish.extend({ id: zPolicyId }), async ({ id, ...input }, { userId }) => {
  const r = await publishVersion(userId, { id, ...input });
  switch (r.status) {
    case "unchanged":
      return fail("conflict", `Aucune modification depuis la dernière version publiée (version ${r.number}) : rien à publier.`, { reason: "unchanged" });
    case "too_early":
      return fail("invalid", r.message, { reason: r.reason === "notice" ? "short_notice" : "date", field: "effectiveDate" });
    case "unreviewed":
      return fail("invalid", `Relisez d’abord ${r.reasons.length > 1 ? `les ${r.reasons.length} réponses proposées par le modèle` : "la réponse proposée par le modèle"} et confirmez qu’elles décrivent votre activité.`, { reason: "unreviewed", reasons: r.reasons });
    case "blocked":
      return fail("invalid", `Publication impossible : ${r.reasons.length} ${plural(r.reasons.length, "point bloquant", "points bloquants")}.`, { reason: "blocked", reasons: r.reasons });
  }
  return { ok: true, number: r.number, slug: r.slug };
}, "publishPolicyAction");

export const setWithdrawnAction = action(z.object({ id: zPolicyId, withdrawn: z.boolean() }), async ({ id, withdrawn }, { userId }) => {
  await setPublicationWithdrawn(userId, id, withdrawn);
  return { ok: true };
}, "setWithdrawnAction");

export const changeSlugAction = action(z.object({ id: zPolicyId, slug: zSlug }), async ({ id, slug }, { userId }) => {
  const r = await changeSlug(userId, id, slug);
  if (r.status === "taken") return fail("conflict", "Cette adresse est déjà utilisée : choisissez-en une autre.", { reason: "taken", field: "slug" });
  return { ok: true, slug };
}, "changeSlugAction");
