import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/server/errors";
import type { TChangeSummary } from "@/lib/server/publish-version";

/** The owner's view of a policy's publication: slug, state and every version, newest first. */
export async function listVersions(ownerId: string, id: string) {
  const policy = await db().policy.findFirst({
    where: { id, ownerId, deletedAt: null },
    select: {
      id: true, title: true, slug: true, withdrawnAt: true,
      versions: { orderBy: { number: "desc" }, select: { number: true, sha256: true, publishedAt: true, effectiveDate: true, note: true, changeSummary: true } },
    },
  });
  if (!policy) throw new NotFoundError("Politique");
  return { ...policy, versions: policy.versions.map((v) => ({ ...v, changeSummary: v.changeSummary as TChangeSummary })) };
}
