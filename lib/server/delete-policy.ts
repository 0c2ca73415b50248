import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/server/errors";

/** Soft delete: the policy leaves the dashboard; its rows (and any published version) are kept. */
export async function deletePolicy(ownerId: string, id: string): Promise<void> {
  const { count } = await db().policy.updateMany({ where: { id, ownerId, deletedAt: null }, data: { deletedAt: new Date() } });
  if (count !== 1) throw new NotFoundError("Politique");
}
