import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/server/errors";
import { invalidatePublicCache } from "@/lib/server/public/cache";
import { OWN_POLICY_SLUG } from "@/lib/server/publish-own-policy";
import { lockSlugs } from "@/lib/server/slug-lock";

export type TChangeSlugResult = { status: "changed"; slug: string } | { status: "taken" } | { status: "unchanged" };

/**
 * Gives the policy a new public address. The old one keeps working as a 301 to the new one, forever;
 * an address used by another policy, now or before, cannot be taken.
 */
export async function changeSlug(ownerId: string, id: string, slug: string): Promise<TChangeSlugResult> {
  const policy = await db().policy.findFirst({ where: { id, ownerId, deletedAt: null }, select: { slug: true } });
  if (!policy) throw new NotFoundError("Politique");
  if (policy.slug === slug) {
    // Confirmed by hand: the address no longer follows the business's name.
    await db().policy.update({ where: { id }, data: { slugLocked: true } });
    return { status: "unchanged" };
  }
  // Reserved for Clairement's own policy (/confidentialite), even before it is first published.
  if (slug === OWN_POLICY_SLUG) return { status: "taken" };
  try {
    await db().$transaction(async (tx) => {
      await lockSlugs(tx, policy.slug, slug);
      // Read again under the lock: another change may have moved this policy meanwhile.
      const current = await tx.policy.findUnique({ where: { id }, select: { slug: true } });
      if (!current || current.slug !== policy.slug) throw new SlugTaken();
      const owner = await tx.policy.findUnique({ where: { slug }, select: { id: true } });
      if (owner && owner.id !== id) throw new SlugTaken();
      const previous = await tx.policySlugRedirect.findUnique({ where: { slug } });
      if (previous && previous.policyId !== id) throw new SlugTaken();
      if (previous) await tx.policySlugRedirect.delete({ where: { slug } });
      await tx.policySlugRedirect.create({ data: { slug: policy.slug, policyId: id } });
      await tx.policy.update({ where: { id }, data: { slug, slugLocked: true } });
    });
  } catch (error) {
    if (error instanceof SlugTaken) return { status: "taken" };
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { status: "taken" };
    throw error;
  }
  invalidatePublicCache(policy.slug, slug);
  return { status: "changed", slug };
}

class SlugTaken extends Error {}
