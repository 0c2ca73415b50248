import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Any transaction client, the app's (lib/db.ts, extended) or a plain one: only its raw execution is used. */
type TRawTx = { $executeRaw: Prisma.TransactionClient["$executeRaw"] };

/**
 * Locks public addresses for the rest of the transaction (issue 12, defect 4): whoever claims an address, and
 * whoever leaves one (which becomes a redirect), waits for the other, so an address is never both a policy's slug
 * and another policy's redirect. Sorted, so that two transactions never wait for each other in a circle.
 */
export async function lockSlugs(tx: TRawTx, ...slugs: string[]): Promise<void> {
  for (const slug of [...new Set(slugs)].sort()) {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`slug:${slug}`}))`;
  }
}
