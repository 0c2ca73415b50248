import type { Metadata } from "next";
import { BackToDashboard } from "@/components/policies/back-to-dashboard";
import { NewPolicyButton } from "@/components/policies/new-policy-button";
import { TEMPLATE_BLURBS } from "@/components/policies/template-blurbs";
import { SERVICE_KIND_LABELS } from "@/lib/policy/labels";
import { typo } from "@/lib/policy/text/typography";
import { SERVICE_KINDS } from "@/lib/policy/vocabulary";
import { requireUser } from "@/lib/server/current-user";
import { createPolicyAction } from "../actions";

export const metadata: Metadata = { title: "Nouvelle politique" };

export default async function NewPolicyPage() {
  await requireUser("/policies/nouvelle");
  return (
    <>
      <BackToDashboard />
      <h1 className="font-serif text-3xl font-semibold">Nouvelle politique</h1>
      <p className="mt-2 max-w-2xl text-ink-soft">
        Quel est votre type d’activité ? Nous préremplissons les finalités, les données et les prestataires habituels ; vous
        pourrez tout modifier.
      </p>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label="Modèles">
        {SERVICE_KINDS.map((kind) => (
          <li key={kind} className="flex flex-col justify-between gap-4 rounded-lg border border-line bg-white p-5">
            <div>
              <h2 className="font-semibold">{typo(SERVICE_KIND_LABELS[kind])}</h2>
              <p className="mt-1 text-sm text-ink-soft">{TEMPLATE_BLURBS[kind]}</p>
            </div>
            <form action={createPolicyAction}>
              <input type="hidden" name="kind" value={kind} />
              <NewPolicyButton label={`Commencer : ${typo(SERVICE_KIND_LABELS[kind]).toLowerCase()}`} />
            </form>
          </li>
        ))}
      </ul>
    </>
  );
}
