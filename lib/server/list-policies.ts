import "server-only";
import { db } from "@/lib/db";
import { checkCompliance, sameContent } from "@/lib/policy";
import { loadDraft } from "@/lib/policy/draft";

export type TPolicyStatus = { kind: "draft" } | { kind: "published"; version: number } | { kind: "unpublished_changes"; version: number };
export type TPolicySummary = { id: string; title: string; slug: string; updatedAt: Date; status: TPolicyStatus; score: number | null };

function score(draft: unknown): number | null {
  try {
    return checkCompliance(loadDraft(draft)).score;
  } catch {
    return null;
  }
}

/** The signed-in owner's policies, newest edit first (soft-deleted ones excluded), with status and score. */
export async function listPolicies(ownerId: string): Promise<TPolicySummary[]> {
  const rows = await db().policy.findMany({
    where: { ownerId, deletedAt: null },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true, title: true, slug: true, updatedAt: true, draft: true,
      versions: { orderBy: { number: "desc" }, take: 1, select: { number: true, answers: true } },
    },
  });
  return rows.map(({ versions, draft, ...p }) => {
    const latest = versions[0];
    let status: TPolicyStatus = { kind: "draft" };
    if (latest) {
      // Same rule as publishing's « aucune modification »: the effective date and empty optional fields don't count.
      const same = sameContent(loadDraft(draft), loadDraft(latest.answers));
      status = same ? { kind: "published", version: latest.number } : { kind: "unpublished_changes", version: latest.number };
    }
    return { ...p, status, score: score(draft) };
  });
}
