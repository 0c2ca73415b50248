import type { Metadata } from "next";
import { BackToDashboard } from "@/components/policies/back-to-dashboard";
import { TemplateChoices } from "@/components/policies/template-choices";
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
      <TemplateChoices action={createPolicyAction} />
    </>
  );
}
