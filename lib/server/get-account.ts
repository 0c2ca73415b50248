import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/server/errors";

export type TAccountSummary = {
  email: string;
  name: string | null;
  createdAt: Date;
  providers: string[];
  /** Policies on the dashboard. */
  policies: number;
  /** Policies publicly online now (a version, neither withdrawn nor deleted): withdrawn on deletion. */
  online: number;
  /** Policies with at least one version (kept, immutable, after deletion). */
  withVersions: number;
};

const PROVIDER_NAMES: Record<string, string> = { github: "GitHub", google: "Google", email: "Lien par e-mail" };

/** What « Mon compte » shows: the signed-in user's identity and what a deletion would do. */
export async function getAccount(userId: string): Promise<TAccountSummary> {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: {
      email: true, name: true, createdAt: true,
      accounts: { select: { provider: true } },
      policies: { select: { deletedAt: true, withdrawnAt: true, _count: { select: { versions: true } } } },
    },
  });
  if (!user?.email) throw new NotFoundError("Compte");
  const withVersions = user.policies.filter((p) => p._count.versions > 0);
  return {
    email: user.email,
    name: user.name,
    createdAt: user.createdAt,
    providers: [...new Set(user.accounts.map((a) => PROVIDER_NAMES[a.provider] ?? a.provider))],
    policies: user.policies.filter((p) => p.deletedAt === null).length,
    online: withVersions.filter((p) => p.deletedAt === null && p.withdrawnAt === null).length,
    withVersions: withVersions.length,
  };
}
