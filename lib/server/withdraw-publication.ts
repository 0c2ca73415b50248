import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/server/errors";
import { invalidatePublicCache } from "@/lib/server/public/cache";

/** Withdraws (or restores) the publication: public pages answer 410 while withdrawn; versions are kept. */
export async function setPublicationWithdrawn(ownerId: string, id: string, withdrawn: boolean): Promise<void> {
  const policy = await db().policy.findFirst({ where: { id, ownerId, deletedAt: null }, select: { slug: true, oldSlugs: { select: { slug: true } } } });
  if (!policy) throw new NotFoundError("Politique");
  await db().policy.update({ where: { id }, data: { withdrawnAt: withdrawn ? new Date() : null } });
  invalidatePublicCache(policy.slug, ...policy.oldSlugs.map((s) => s.slug));
}
