import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/server/errors";
import { invalidatePublicCache } from "@/lib/server/public/cache";

/**
 * Soft delete: the policy leaves the dashboard; its rows (and any published version) are kept, and
 * its hosted pages answer 410 from now on.
 */
export async function deletePolicy(ownerId: string, id: string): Promise<void> {
  const policy = await db().policy.findFirst({ where: { id, ownerId, deletedAt: null }, select: { slug: true, oldSlugs: { select: { slug: true } } } });
  if (!policy) throw new NotFoundError("Politique");
  const { count } = await db().policy.updateMany({ where: { id, ownerId, deletedAt: null }, data: { deletedAt: new Date() } });
  if (count !== 1) throw new NotFoundError("Politique");
  invalidatePublicCache(policy.slug, ...policy.oldSlugs.map((s) => s.slug));
}
