import type { Metadata } from "next";
import Link from "next/link";
import { BackToDashboard } from "@/components/policies/back-to-dashboard";
import { EmbedPanel } from "@/components/policies/embed-panel";
import { PublicationControls } from "@/components/policies/publication-controls";
import { env } from "@/lib/env";
import { formatDate, formatDateTime } from "@/lib/format";
import { versionLine } from "@/lib/policy";
import { requireUser } from "@/lib/server/current-user";
import { orNotFound } from "@/lib/server/errors";
import { listVersions } from "@/lib/server/list-versions";

export const metadata: Metadata = { title: "Versions et publication" };

export default async function VersionsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/policies/${id}/versions`);
  const policy = await orNotFound(listVersions(user.id, id));
  return (
    <>
      <BackToDashboard />
      <h1 className="font-serif text-3xl font-semibold">{policy.title}</h1>
      <p className="mt-1 text-sm text-ink-soft">
        <Link href={`/policies/${policy.id}/edit`} className="text-accent underline">
          Modifier le brouillon
        </Link>
        {policy.versions.length && !policy.withdrawnAt ? (
          <>
            {" · "}
            <a href={`/p/${policy.slug}`} className="text-accent underline">
              Page publique
            </a>
          </>
        ) : null}
        {policy.withdrawnAt ? ` · Publication retirée le ${formatDateTime(policy.withdrawnAt)}` : ""}
      </p>
      <div className="mt-8 grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section aria-labelledby="versions-titre">
          <h2 id="versions-titre" className="font-serif text-xl font-semibold">
            Versions publiées
          </h2>
          {policy.versions.length === 0 ? (
            <p className="mt-3 text-ink-soft">Aucune version publiée : publiez depuis l’étape Relecture de l’assistant.</p>
          ) : (
            <ol className="mt-3 divide-y divide-line rounded-lg border border-line bg-white" aria-label="Versions">
              {policy.versions.map((v) => (
                <li key={v.number} className="px-5 py-4">
                  <p className="font-semibold">
                    <a href={`/p/${policy.slug}/v/${v.number}`} className="text-ink hover:text-accent">
                      Version {v.number}
                    </a>{" "}
                    <span className="text-sm font-normal text-ink-soft">
                      · publiée le {formatDateTime(v.publishedAt)} · en vigueur le {formatDate(v.effectiveDate)}
                    </span>
                  </p>
                  <p className="text-sm">
                    {versionLine(v.changeSummary, v.note)}
                  </p>
                  {v.changeSummary.changes.length ? (
                    <ul className="mt-1 list-disc pl-5 text-sm text-ink-soft">
                      {v.changeSummary.changes.map((c, i) => (
                        <li key={i}>{c.message}</li>
                      ))}
                    </ul>
                  ) : null}
                  {v.number > 1 ? (
                    <a href={`/p/${policy.slug}/diff/${v.number - 1}/${v.number}`} className="text-sm text-accent underline">
                      Différences avec la version {v.number - 1}
                    </a>
                  ) : null}
                </li>
              ))}
            </ol>
          )}
        </section>
        <div className="space-y-8">
          <PublicationControls policyId={policy.id} slug={policy.slug} withdrawn={Boolean(policy.withdrawnAt)} />
          {policy.versions.length ? <EmbedPanel origin={env().publicUrl} slug={policy.slug} title={/^politique/i.test(policy.title) ? policy.title : `Politique de confidentialité — ${policy.title}`} /> : null}
        </div>
      </div>
    </>
  );
}
