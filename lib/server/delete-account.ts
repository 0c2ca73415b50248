import "server-only";
import { db } from "@/lib/db";
import { deletionIdentifier, hashDeletionToken, isWellFormedToken } from "@/lib/server/deletion-token";
import { invalidatePublicCache } from "@/lib/server/public/cache";

export type TDeleteAccountResult = { status: "deleted"; withdrawn: string[]; deletedDrafts: number; keptPolicies: number } | { status: "invalid" };

/**
 * Deletes the account of `userId`, confirmed by the token of the e-mailed link, in one transaction.
 *
 * The deletion model: a tombstone, not a row deletion. Published versions are immutable (a database
 * trigger refuses UPDATE and DELETE on PolicyVersion) and may be needed as proof of what the user's
 * own visitors were told, so they are kept, and with them their Policy row, whose ownerId must point
 * at a User (foreign key RESTRICT). So the User row stays, emptied of every personal datum (e-mail,
 * name, image, verification date), with no session, no linked OAuth account and no pending link left:
 * nobody can sign in as it again, and signing in with the same address creates a new, empty account.
 *   - policies without any version: deleted (rows, with their old addresses);
 *   - policies with versions: withdrawn (public pages answer 410), removed from the dashboard
 *     (deletedAt), draft cleared to {}; title, address and versions kept untouched;
 *   - sessions deleted (signed out everywhere), OAuth accounts and pending sign-in or deletion links
 *     deleted, mails of the local outbox to that address deleted.
 * An expired, used, forged or someone else's token changes nothing.
 */
export async function deleteAccount(userId: string, token: unknown, now = new Date()): Promise<TDeleteAccountResult> {
  if (!isWellFormedToken(token)) return { status: "invalid" };
  const result = await db().$transaction(async (tx) => {
    const consumed = await tx.verificationToken.deleteMany({
      where: { identifier: deletionIdentifier(userId), token: hashDeletionToken(token), expires: { gt: now } },
    });
    if (consumed.count !== 1) return null;
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
    const policies = await tx.policy.findMany({
      where: { ownerId: userId },
      select: { id: true, slug: true, withdrawnAt: true, deletedAt: true, _count: { select: { versions: true } }, oldSlugs: { select: { slug: true } } },
    });
    const drafts = policies.filter((p) => p._count.versions === 0).map((p) => p.id);
    const kept = policies.filter((p) => p._count.versions > 0);
    const keptIds = kept.map((p) => p.id);
    await tx.policy.deleteMany({ where: { id: { in: drafts }, ownerId: userId } });
    await tx.policy.updateMany({ where: { id: { in: keptIds }, withdrawnAt: null }, data: { withdrawnAt: now } });
    await tx.policy.updateMany({ where: { id: { in: keptIds }, deletedAt: null }, data: { deletedAt: now } });
    await tx.policy.updateMany({ where: { id: { in: keptIds } }, data: { draft: {}, revision: { increment: 1 } } });
    await tx.session.deleteMany({ where: { userId } });
    await tx.account.deleteMany({ where: { userId } });
    await tx.verificationToken.deleteMany({ where: { identifier: { in: [deletionIdentifier(userId), ...(user.email ? [user.email] : [])] } } });
    if (user.email) await tx.outboxMail.deleteMany({ where: { to: user.email } });
    await tx.user.update({ where: { id: userId }, data: { email: null, name: null, image: null, emailVerified: null } });
    return {
      withdrawn: kept.filter((p) => p.withdrawnAt === null && p.deletedAt === null).map((p) => p.slug),
      slugs: policies.flatMap((p) => [p.slug, ...p.oldSlugs.map((s) => s.slug)]),
      deletedDrafts: drafts.length,
      keptPolicies: kept.length,
    };
  });
  if (!result) return { status: "invalid" };
  invalidatePublicCache(...result.slugs);
  return { status: "deleted", withdrawn: result.withdrawn, deletedDrafts: result.deletedDrafts, keptPolicies: result.keptPolicies };
}
