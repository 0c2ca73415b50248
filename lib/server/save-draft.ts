import "server-only";
import { derivedSlug, derivedTitle, slugCandidates, type TAnswers } from "@/lib/policy";
import { canonicalContent } from "@/lib/policy/canonical";
import { checkDraft, type TDraftIssue } from "@/lib/policy/draft";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/server/errors";
import { lockSlugs } from "@/lib/server/slug-lock";
import { invalidatePublicCache } from "@/lib/server/public/cache";
import { OWN_POLICY_SLUG } from "@/lib/server/publish-own-policy";

export type TSaveDraftInput = { id: string; revision: number; draft: unknown };
export type TSaveDraftResult =
  | { status: "saved"; revision: number; savedAt: Date }
  | { status: "conflict"; revision: number }
  | { status: "invalid"; issues: TDraftIssue[] };

/**
 * Saves the owner's draft if nobody saved it since `revision` (optimistic concurrency): a stale tab
 * gets « conflict » with the current revision and overwrites nothing. Invalid input writes nothing.
 * While the policy has never been published, its title and address follow the business's name
 * (unless changed by hand: titleLocked, slugLocked).
 */
export async function saveDraft(ownerId: string, { id, revision, draft }: TSaveDraftInput): Promise<TSaveDraftResult> {
  const checked = checkDraft(draft);
  if (!checked.ok) {
    await assertOwned(ownerId, id);
    return { status: "invalid", issues: checked.issues };
  }
  const savedAt = new Date();
  const { count } = await db().policy.updateMany({
    where: { id, ownerId, deletedAt: null, revision },
    data: { draft: checked.draft as object, revision: { increment: 1 }, updatedAt: savedAt },
  });
  if (count === 1) {
    await deriveTitleAndSlug(id, checked.draft);
    return { status: "saved", revision: revision + 1, savedAt };
  }
  // Not the revision we started from. If what is stored is exactly this draft, this is the same save sent again
  // after its answer was lost (the database or the network died after the commit): it is saved, not a conflict —
  // a conflict would freeze the editor on a transient fault (issue 12).
  const current = await db().policy.findFirst({ where: { id, ownerId, deletedAt: null }, select: { revision: true, draft: true, updatedAt: true } });
  if (!current) throw new NotFoundError("Politique");
  if (canonicalContent(current.draft as TAnswers) === canonicalContent(checked.draft)) {
    return { status: "saved", revision: current.revision, savedAt: current.updatedAt };
  }
  return { status: "conflict", revision: current.revision };
}

async function assertOwned(ownerId: string, id: string) {
  const found = await db().policy.findFirst({ where: { id, ownerId, deletedAt: null }, select: { revision: true } });
  if (!found) throw new NotFoundError("Politique");
  return found;
}

// Only a policy never published, and only what was not changed by hand; the `where` repeats both
// conditions so a concurrent publish or rename wins.
const UNPUBLISHED = { versions: { none: {} } } as const;

async function deriveTitleAndSlug(id: string, draft: TAnswers): Promise<void> {
  const policy = await db().policy.findFirst({
    where: { id, ...UNPUBLISHED },
    select: { title: true, slug: true, titleLocked: true, slugLocked: true },
  });
  if (!policy) return;
  const title = derivedTitle(draft);
  if (title && !policy.titleLocked && title !== policy.title) {
    await db().policy.updateMany({ where: { id, titleLocked: false, ...UNPUBLISHED }, data: { title } });
  }
  const base = derivedSlug(draft);
  if (!base || policy.slugLocked || policy.slug === base || new RegExp(`^${base}-\\d+$`).test(policy.slug)) return;
  for (const slug of slugCandidates(base)) {
    if (slug === OWN_POLICY_SLUG) continue;
    try {
      // Checked and claimed under the address's lock (lib/server/slug-lock.ts), like a change of address.
      const count = await db().$transaction(async (tx) => {
        await lockSlugs(tx, slug);
        const owner = await tx.policy.findUnique({ where: { slug }, select: { id: true } });
        const redirect = await tx.policySlugRedirect.findUnique({ where: { slug }, select: { slug: true } });
        if (owner || redirect) return -1;
        return (await tx.policy.updateMany({ where: { id, slugLocked: false, ...UNPUBLISHED }, data: { slug } })).count;
      });
      if (count === -1) continue;
      if (count === 1) invalidatePublicCache(policy.slug, slug);
      return;
    } catch (error) {
      // Taken between the check and the update by another policy: try the next one.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") continue;
      throw error;
    }
  }
}
