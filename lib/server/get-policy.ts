import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/server/errors";

/** One policy of its owner. Someone else's id, or a deleted one, is « introuvable » (404). */
export async function getPolicy(ownerId: string, id: string) {
  const policy = await db().policy.findFirst({
    where: { id, ownerId, deletedAt: null },
    select: { id: true, title: true, slug: true, draft: true, revision: true, createdAt: true, updatedAt: true },
  });
  if (!policy) throw new NotFoundError("Politique");
  return policy;
}
