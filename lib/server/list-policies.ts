import "server-only";
import { db } from "@/lib/db";

export type TPolicySummary = { id: string; title: string; slug: string; updatedAt: Date; latestVersion: number | null };

/** The signed-in owner's policies, newest edit first (soft-deleted ones excluded). */
export async function listPolicies(ownerId: string): Promise<TPolicySummary[]> {
  const rows = await db().policy.findMany({
    where: { ownerId, deletedAt: null },
    orderBy: { updatedAt: "desc" },
    select: { id: true, title: true, slug: true, updatedAt: true, versions: { orderBy: { number: "desc" }, take: 1, select: { number: true } } },
  });
  return rows.map(({ versions, ...p }) => ({ ...p, latestVersion: versions[0]?.number ?? null }));
}
