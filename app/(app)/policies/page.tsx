import type { Metadata } from "next";
import Link from "next/link";
import { PolicyRow } from "@/components/policies/policy-row";
import { buttonClass } from "@/components/ui/button";
import { formatDateTime } from "@/lib/format";
import { requireUser } from "@/lib/server/current-user";
import { listPolicies, type TPolicyStatus } from "@/lib/server/list-policies";

export const metadata: Metadata = { title: "Mes politiques" };

function statusLabel(s: TPolicyStatus): string {
  if (s.kind === "draft") return "Brouillon";
  if (s.kind === "published") return `Publiée v${s.version}`;
  return `Publiée v${s.version}, modifications non publiées`;
}

export default async function DashboardPage() {
  const user = await requireUser("/policies");
  const policies = await listPolicies(user.id);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="font-serif text-3xl font-semibold">Mes politiques</h1>
        <Link href="/policies/nouvelle" className={buttonClass.primary}>
          Nouvelle politique
        </Link>
      </div>
      {policies.length === 0 ? (
        <section className="mt-10 rounded-lg border border-dashed border-line bg-white p-10 text-center">
          <h2 className="font-serif text-xl font-semibold">Aucune politique pour l’instant</h2>
          <p className="mx-auto mt-2 max-w-md text-ink-soft">
            Créez votre première politique de confidentialité : nous vous guidons question par question, et vous voyez le
            résultat se construire.
          </p>
        </section>
      ) : (
        <ul className="mt-8 divide-y divide-line rounded-lg border border-line bg-white" aria-label="Politiques">
          {policies.map((p) => (
            <PolicyRow
              key={p.id}
              policy={{ id: p.id, title: p.title, updatedAtLabel: formatDateTime(p.updatedAt), statusLabel: statusLabel(p.status), score: p.score }}
            />
          ))}
        </ul>
      )}
    </>
  );
}
