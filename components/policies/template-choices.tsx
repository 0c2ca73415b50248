import { NewPolicyButton } from "@/components/policies/new-policy-button";
import { ActionForm, type TFormAction } from "@/components/ui/action-feedback";
import { TEMPLATE_BLURBS } from "@/components/policies/template-blurbs";
import { serviceKindLabel } from "@/lib/policy/labels";
import { SERVICE_KINDS } from "@/lib/policy/vocabulary";

/** « Nouvelle politique »: one card per business kind, titled with its label as written (« Logiciel en ligne (SaaS) »). */
export function TemplateChoices({ action }: { action: TFormAction }) {
  return (
    <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label="Modèles">
      {SERVICE_KINDS.map((kind) => (
        <li key={kind} className="flex flex-col justify-between gap-4 rounded-lg border border-line bg-white p-5">
          <div>
            <h2 className="font-semibold">{serviceKindLabel(kind)}</h2>
            <p className="mt-1 text-sm text-ink-soft">{TEMPLATE_BLURBS[kind]}</p>
          </div>
          <ActionForm action={action} className="space-y-2">
            <input type="hidden" name="kind" value={kind} />
            <NewPolicyButton label={`Commencer\u00a0: ${serviceKindLabel(kind, "text")}`} />
          </ActionForm>
        </li>
      ))}
    </ul>
  );
}
