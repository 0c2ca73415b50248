import "server-only";
import { checkDraft, type TDraftIssue } from "@/lib/policy/draft";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/server/errors";

export type TSaveDraftInput = { id: string; revision: number; draft: unknown };
export type TSaveDraftResult =
  | { status: "saved"; revision: number; savedAt: Date }
  | { status: "conflict"; revision: number }
  | { status: "invalid"; issues: TDraftIssue[] };

/**
 * Saves the owner's draft if nobody saved it since `revision` (optimistic concurrency): a stale tab
 * gets « conflict » with the current revision and overwrites nothing. Invalid input writes nothing.
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
  if (count === 1) return { status: "saved", revision: revision + 1, savedAt };
  const current = await assertOwned(ownerId, id);
  return { status: "conflict", revision: current.revision };
}

async function assertOwned(ownerId: string, id: string) {
  const found = await db().policy.findFirst({ where: { id, ownerId, deletedAt: null }, select: { revision: true } });
  if (!found) throw new NotFoundError("Politique");
  return found;
}
