import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Locks public addresses for the rest of the transaction (issue 12, defect 4): whoever claims an address, and
 * whoever leaves one (which becomes a redirect), waits for the other, so an address is never both a policy's slug
 * and another policy's redirect. Sorted, so that two transactions never wait for each other in a circle.
 */
export async function lockSlugs(tx: Prisma.TransactionClient, ...slugs: string[]): Promise<void> {
  for (const slug of [...new Set(slugs)].sort()) {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`slug:${slug}`}))`;
  }
}
