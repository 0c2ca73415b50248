import type { Metadata } from "next";
import Link from "next/link";
import { NewPolicyButton } from "@/components/policies/new-policy-button";
import { formatDateTime } from "@/lib/format";
import { requireUser } from "@/lib/server/current-user";
import { listPolicies } from "@/lib/server/list-policies";
import { createPolicyAction } from "./actions";

export const metadata: Metadata = { title: "Mes politiques" };

export default async function DashboardPage() {
  const user = await requireUser("/policies");
  const policies = await listPolicies(user.id);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="font-serif text-3xl font-semibold">Mes politiques</h1>
        <form action={createPolicyAction}>
          <NewPolicyButton />
        </form>
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
            <li key={p.id} className="flex flex-wrap items-center justify-between gap-3 px-5 py-4">
              <div>
                <Link href={`/policies/${p.id}/edit`} className="font-semibold text-ink hover:text-accent">
                  {p.title}
                </Link>
                <p className="text-sm text-ink-soft">
                  {p.latestVersion ? `Publiée v${p.latestVersion}` : "Brouillon"} · modifiée le {formatDateTime(p.updatedAt)}
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
