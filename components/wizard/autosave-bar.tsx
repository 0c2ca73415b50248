"use client";

import { useCallback, useEffect } from "react";
import type { UseFormReturn } from "react-hook-form";
import { saveDraftAction } from "@/app/(app)/policies/[id]/edit/actions";
import type { TAnswers } from "@/lib/policy";
import { MAX_DRAFT_BYTES } from "@/lib/policy/draft";
import type { TSaveOutcome } from "./autosave-machine";
import { RestoreBanner } from "./restore-banner";
import { SaveStatus } from "./save-status";
import { useAutosave, useLocalDraft } from "./use-autosave";

export type TFlush = () => Promise<boolean>;

/**
 * Autosave wired to the form: it subscribes to the form's values itself, so its per-keystroke state
 * re-renders this bar only. Keeps a copy of the unsaved edits in this browser (local-draft.ts) and offers, on
 * opening, the one a previous page left. Shows the status and, on a conflict, the way out.
 */
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
  const local = useLocalDraft({ policyId, state, getValues: form.getValues });
  const { noteChange, dismiss } = local;
  useEffect(() => {
    flushRef.current = flush;
  }, [flush, flushRef]);

  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: () => {
          noteChange();
          notifyChange();
        },
      }),
    [form, notifyChange, noteChange],
  );

  // Restore: the edits go back into the form on the server revision this page has, so the autosave sends them over
  // whatever was saved since (the founder chose them, knowing). They stay in the browser until the server has them.
  const restore = () => {
    const entry = local.recovered;
    if (!entry) return;
    dismiss(false);
    form.reset(entry.values as TAnswers);
    noteChange();
    notifyChange();
    focusStepHeading();
  };
  const ignore = () => {
    dismiss(true);
    focusStepHeading();
  };

  // The server refused a value: show its message beside the field.
  useEffect(() => {
    if (state.status !== "invalid") return;
    for (const issue of state.issues) if (issue.path) form.setError(issue.path as never, { type: "server", message: issue.message });
  }, [state.status, state.issues, form]);

  return (
    <>
      <SaveStatus state={state} onRetry={retryNow} localFailed={local.failed} />
      {local.recovered ? (
        <RestoreBanner writtenAt={local.recovered.writtenAt} newerOnServer={revision > local.recovered.baseRevision} onRestore={restore} onIgnore={ignore} />
      ) : null}
      {state.status === "conflict" ? <ConflictBanner kept={!local.failed} /> : null}
      {state.status === "invalid" && state.issues.some((i) => !i.path) ? (
        <p role="alert" className="basis-full rounded-md bg-danger-soft px-3 py-2 text-sm text-danger">
          {state.issues.filter((i) => !i.path).map((i) => i.message).join(" ")}
        </p>
      ) : null}
    </>
  );
}

/** The buttons that held the focus go away with the banner: the focus goes to the step's heading. */
function focusStepHeading() {
  requestAnimationFrame(() => document.getElementById("etape-titre")?.focus());
}

function ConflictBanner({ kept }: { kept: boolean }) {
  return (
    <div role="alert" className="basis-full rounded-lg border border-danger bg-danger-soft p-4 text-danger">
      <p className="font-semibold">Ce brouillon a été modifié ailleurs, par exemple dans un autre onglet.</p>
      <p className="mt-1 text-sm">
        {kept
          ? "Vos dernières saisies n’ont pas été enregistrées, pour ne pas écraser cette autre modification. Elles sont gardées dans ce navigateur : rechargez le brouillon, la version enregistrée s’affichera et vous pourrez les restaurer par-dessus, ou les ignorer."
          : "Vos dernières saisies n’ont pas été enregistrées, pour ne pas écraser cette autre modification. Elles restent affichées ici : notez-les, puis rechargez le brouillon pour repartir de la version enregistrée."}
      </p>
      <button type="button" className="mt-3 min-h-11 rounded-md bg-danger px-4 py-2 font-semibold text-white" onClick={() => window.location.reload()}>
        Recharger le brouillon
      </button>
    </div>
  );
}
