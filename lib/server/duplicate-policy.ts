import "server-only";
import { db } from "@/lib/db";
import { createPolicy } from "@/lib/server/create-policy";
import { NotFoundError } from "@/lib/server/errors";

/** A new draft with the same answers as the owner's policy (its versions are not copied). */
export async function duplicatePolicy(ownerId: string, id: string) {
  const source = await db().policy.findFirst({ where: { id, ownerId, deletedAt: null }, select: { title: true, draft: true } });
  if (!source) throw new NotFoundError("Politique");
  const title = `Copie de ${source.title}`.slice(0, 120);
  return createPolicy({ ownerId, title, draft: source.draft });
}
