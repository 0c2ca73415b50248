"use client";

import { useCallback, useEffect } from "react";
import type { UseFormReturn } from "react-hook-form";
import { saveDraftAction } from "@/app/(app)/policies/[id]/edit/actions";
import type { TAnswers } from "@/lib/policy";
import { MAX_DRAFT_BYTES } from "@/lib/policy/draft";
import type { TSaveOutcome } from "./autosave-machine";
import { SaveStatus } from "./save-status";
import { useAutosave } from "./use-autosave";

/**
 * Autosave wired to the form: it subscribes to the form's values itself, so its per-keystroke state
 * re-renders this bar only. Shows the status and, on a conflict, the way out.
 */
export type TFlush = () => Promise<boolean>;

export function AutosaveBar({ form, policyId, revision, flushRef }: { form: UseFormReturn<TAnswers>; policyId: string; revision: number; flushRef: { current: TFlush | null } }) {
  const save = useCallback(
    async (rev: number, values: unknown): Promise<TSaveOutcome> => {
      if (new TextEncoder().encode(JSON.stringify(values)).length > MAX_DRAFT_BYTES) {
        const message = "Le brouillon dépasse la taille maximale de 200\u00a0ko : raccourcissez les textes les plus longs.";
        return { ok: false, code: "invalid", message, issues: [{ path: "", message }] };
      }
      return saveDraftAction({ id: policyId, revision: rev, draft: values });
    },
    [policyId],
  );
  const { state, notifyChange, retryNow, flush } = useAutosave({ revision, save, getValues: form.getValues });
  useEffect(() => {
    flushRef.current = flush;
  }, [flush, flushRef]);

  useEffect(() => form.subscribe({ formState: { values: true }, callback: () => notifyChange() }), [form, notifyChange]);

  // The server refused a value: show its message beside the field.
  useEffect(() => {
    if (state.status !== "invalid") return;
    for (const issue of state.issues) if (issue.path) form.setError(issue.path as never, { type: "server", message: issue.message });
  }, [state.status, state.issues, form]);

  return (
    <>
      <SaveStatus state={state} onRetry={retryNow} />
      {state.status === "conflict" ? <ConflictBanner /> : null}
      {state.status === "invalid" && state.issues.some((i) => !i.path) ? (
        <p role="alert" className="basis-full rounded-md bg-danger-soft px-3 py-2 text-sm text-danger">
          {state.issues.filter((i) => !i.path).map((i) => i.message).join(" ")}
        </p>
      ) : null}
    </>
  );
}

function ConflictBanner() {
  return (
    <div role="alert" className="basis-full rounded-lg border border-danger bg-danger-soft p-4 text-danger">
      <p className="font-semibold">Ce brouillon a été modifié ailleurs, par exemple dans un autre onglet.</p>
      <p className="mt-1 text-sm">
        Vos dernières saisies n’ont pas été enregistrées, pour ne pas écraser cette autre modification. Elles restent affichées
        ici : notez-les, puis rechargez le brouillon pour repartir de la version enregistrée.
      </p>
      <button type="button" className="mt-3 min-h-11 rounded-md bg-danger px-4 py-2 font-semibold text-white" onClick={() => window.location.reload()}>
        Recharger le brouillon
      </button>
    </div>
  );
}
