import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/server/errors";

/** Renames the owner's policy; someone else's (or a deleted one) is « introuvable ». */
export async function renamePolicy(ownerId: string, id: string, title: string): Promise<void> {
  const { count } = await db().policy.updateMany({ where: { id, ownerId, deletedAt: null }, data: { title } });
  if (count !== 1) throw new NotFoundError("Politique");
}
