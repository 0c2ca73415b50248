import "server-only";
import { db } from "@/lib/db";
import type { TAnswers } from "@/lib/policy";
import { loadDraft } from "@/lib/policy/draft";
import { NotFoundError } from "@/lib/server/errors";

/**
 * The answers of the owner's last published version (null before the first publication): what the
 * publish form compares the draft with to know the earliest effective date (RULES §8). Someone else's
 * policy, or a deleted one, is « introuvable ».
 */
export async function getPublishedAnswers(ownerId: string, policyId: string): Promise<TAnswers | null> {
  const policy = await db().policy.findFirst({
    where: { id: policyId, ownerId, deletedAt: null },
    select: { versions: { orderBy: { number: "desc" }, take: 1, select: { answers: true } } },
  });
  if (!policy) throw new NotFoundError("Politique");
  const latest = policy.versions[0];
  return latest ? loadDraft(latest.answers) : null;
}
