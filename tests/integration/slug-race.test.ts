// Issue 12, defect 4: B claiming the address A is leaving, concurrently, must never leave that address both B's
// slug and A's redirect (B's page unreachable). Real PostgreSQL, real concurrent transactions.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createAppDatabase } from "./db";

let prisma: PrismaClient;
let changeSlug: typeof import("@/lib/server/change-slug").changeSlug;
let owner: string;

beforeAll(async () => {
  ({ prisma } = await createAppDatabase());
  ({ changeSlug } = await import("@/lib/server/change-slug"));
  owner = (await prisma.user.create({ data: { email: "course@exemple.fr" } })).id;
});
afterAll(async () => {
  await prisma.$disconnect();
});

describe("addresses are claimed atomically", () => {
  it("45 rounds of « A leaves X » racing « B claims X »: X is never both B's address and A's redirect", async () => {
    let bothWays = 0;
    let claimedByB = 0;
    for (let round = 0; round < 45; round++) {
      const x = `x-${round}`;
      const a = await prisma.policy.create({ data: { ownerId: owner, title: `A ${round}`, slug: x, draft: {} }, select: { id: true } });
      const b = await prisma.policy.create({ data: { ownerId: owner, title: `B ${round}`, slug: `b-${round}`, draft: {} }, select: { id: true } });
      const [, claim] = await Promise.all([changeSlug(owner, a.id, `y-${round}`), changeSlug(owner, b.id, x)]);
      const bNow = await prisma.policy.findUniqueOrThrow({ where: { id: b.id }, select: { slug: true } });
      const redirect = await prisma.policySlugRedirect.findUnique({ where: { slug: x } });
      if (bNow.slug === x) claimedByB += 1;
      if (bNow.slug === x && redirect?.policyId === a.id) bothWays += 1;
      // B's answer tells the truth about what happened.
      expect(claim.status === "changed", `round ${round}`).toBe(bNow.slug === x);
    }
    expect(bothWays).toBe(0);
    // X is reserved for A's readers (a 301 forever): B never gets it, whoever runs first.
    expect(claimedByB).toBe(0);
  });
});
