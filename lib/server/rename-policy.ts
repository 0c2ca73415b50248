import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/server/errors";

/** Renames the owner's policy, for good: the title no longer follows the business's name. Someone else's (or a deleted one) is « introuvable ». */
export async function renamePolicy(ownerId: string, id: string, title: string): Promise<void> {
  const { count } = await db().policy.updateMany({ where: { id, ownerId, deletedAt: null }, data: { title, titleLocked: true } });
  if (count !== 1) throw new NotFoundError("Politique");
}
