import type { Metadata } from "next";
import Link from "next/link";
import { BackToDashboard } from "@/components/policies/back-to-dashboard";
import { parseStep } from "@/components/wizard/steps";
import { Wizard } from "@/components/wizard/wizard";
import { loadDraft } from "@/lib/policy/draft";
import { requireUser } from "@/lib/server/current-user";
import { orNotFound } from "@/lib/server/errors";
import { getPolicy } from "@/lib/server/get-policy";
import { getPublishedAnswers } from "@/lib/server/get-published-answers";

export const metadata: Metadata = { title: "Modifier la politique" };

export default async function EditPolicyPage({
  params, searchParams,
}: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const { step } = await searchParams;
  const user = await requireUser(`/policies/${id}/edit`);
  const [policy, publishedAnswers] = await orNotFound(Promise.all([getPolicy(user.id, id), getPublishedAnswers(user.id, id)]));
  return (
    <>
      <div className="flex flex-wrap justify-between gap-2">
        <BackToDashboard />
        <p className="text-sm">
          <Link href={`/policies/${policy.id}/versions`} className="text-accent underline">
            Versions et publication
          </Link>
        </p>
      </div>
      <Wizard
        key={policy.id}
        initialStep={parseStep(typeof step === "string" ? step : undefined)}
        publishedAnswers={publishedAnswers}
        policy={{ id: policy.id, title: policy.title, slug: policy.slug, revision: policy.revision, draft: loadDraft(policy.draft) }}
      />
    </>
  );
}
