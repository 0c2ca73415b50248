import "server-only";
import { db } from "@/lib/db";
import { todayInParis } from "@/lib/format";
import { publishVersion, type TPublishResult } from "@/lib/server/publish-version";

// Clairement's own privacy policy, written by our engine from content/confidentialite.json and
// published through the same code path as our users' policies (publishVersion: blocking findings
// refused, « aucune modification » when unchanged, a new immutable version when the answers change).
// It is owned by a system user that has no e-mail and so can never sign in.

export const OWN_POLICY_SLUG = "confidentialite";
export const SYSTEM_USER_ID = "clairement-systeme";

export type TOwnPolicyResult = TPublishResult & { policyId: string };

/** The address is held by a user's policy (from before it was reserved): never overwritten, never served as ours. */
export class OwnSlugTakenError extends Error {
  constructor(policyId: string) {
    super(`L’adresse /p/${OWN_POLICY_SLUG} est déjà utilisée par la politique ${policyId} d’un utilisateur : changez son adresse, puis relancez.`);
    this.name = "OwnSlugTakenError";
  }
}

/**
 * Makes the system user's policy at /p/confidentialite hold `answers` as its draft, then publishes
 * it. An effectiveDate in the future in the answers is kept (a change announced ahead, as the policy
 * promises); otherwise the version takes effect on the earliest allowed day: today, or after the notice
 * the policy promises when the change is substantial (RULES §8, applied to us as to our users).
 */
export async function publishOwnPolicy(answers: unknown, now = new Date()): Promise<TOwnPolicyResult> {
  if (typeof answers !== "object" || answers === null || Array.isArray(answers)) throw new Error("Les réponses de la politique de Clairement doivent être un objet JSON.");
  await db().user.upsert({ where: { id: SYSTEM_USER_ID }, create: { id: SYSTEM_USER_ID, name: "Clairement" }, update: {} });
  const existing = await db().policy.findUnique({ where: { slug: OWN_POLICY_SLUG }, select: { id: true, ownerId: true } });
  if (existing && existing.ownerId !== SYSTEM_USER_ID) throw new OwnSlugTakenError(existing.id);
  const draft = answers as object;
  const { id } = existing
    ? await db().policy.update({ where: { id: existing.id }, data: { draft, deletedAt: null, withdrawnAt: null }, select: { id: true } })
    : await db().policy.create({ data: { ownerId: SYSTEM_USER_ID, title: "Politique de confidentialité de Clairement", slug: OWN_POLICY_SLUG, draft }, select: { id: true } });
  const wanted = (answers as { effectiveDate?: unknown }).effectiveDate;
  const effectiveDate = typeof wanted === "string" && wanted > todayInParis(now) ? wanted : undefined;
  const result = await publishVersion(SYSTEM_USER_ID, { id, effectiveDate });
  return { ...result, policyId: id };
}
