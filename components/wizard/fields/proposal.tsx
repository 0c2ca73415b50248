"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { buttonClass } from "@/components/ui/button";
import { proposalKeyAt } from "@/lib/policy/answers/proposals";

/**
 * Whether the answer at `path` (a list item or a whole field) is still a template's proposal (P01),
 * and how to confirm it. Editing it confirms it (see ConfirmOnEdit): the founder has made it theirs.
 */
export function useProposal(path: string): { proposed: boolean; confirm: () => void } {
  const { getValues, setValue } = useFormContext();
  const proposedKeys = (useWatch({ name: "proposed" }) ?? []) as string[];
  const key = proposedKeys.length ? proposalKeyAt(getValues(), path) : null;
  const proposed = key !== null && proposedKeys.includes(key);
  const confirm = () => {
    if (!key) return;
    setValue("proposed", ((getValues("proposed") ?? []) as string[]).filter((k) => k !== key), { shouldDirty: true });
  };
  return { proposed, confirm };
}

/**
 * Around a proposal's controls: the founder's own edit (a trusted input or change event, never a value
 * the form sets by itself when a control mounts) confirms the proposal.
 */
export function ConfirmOnEdit({ path, children, className }: { path: string; children: React.ReactNode; className?: string }) {
  const { proposed, confirm } = useProposal(path);
  const onEdit = (e: React.SyntheticEvent) => {
    if (proposed && e.nativeEvent.isTrusted) confirm();
  };
  return (
    <div className={className} onInput={onEdit} onChange={onEdit}>
      {children}
    </div>
  );
}

export function ProposalBadge() {
  return <span className="shrink-0 rounded-full border border-warn bg-warn-soft px-2 py-0.5 text-xs font-semibold text-warn">Proposé par le modèle</span>;
}

/** The proposal's explanation and its « Garder » button, where the founder reviews the answer. */
export function ProposalNote({ path, what }: { path: string; what: string }) {
  const { proposed, confirm } = useProposal(path);
  if (!proposed) return null;
  return (
    <div className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-warn bg-warn-soft px-3 py-2 text-sm">
      <p className="min-w-0">
        <strong>Proposé par le modèle.</strong> Vérifiez {what} : gardez-le s’il décrit bien votre activité, modifiez-le ou supprimez-le sinon.
      </p>
      <button type="button" className={buttonClass.secondary} onClick={confirm}>
        Garder<span className="sr-only"> {what}</span>
      </button>
    </div>
  );
}
