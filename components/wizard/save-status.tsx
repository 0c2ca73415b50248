"use client";

import type { TAutosaveState } from "./autosave-machine";

const time = new Intl.DateTimeFormat("fr-FR", { hour: "2-digit", minute: "2-digit" });

/** The autosave state in words, announced politely to screen readers. */
export function SaveStatus({ state, onRetry }: { state: TAutosaveState; onRetry: () => void }) {
  const text = {
    idle: "Brouillon à jour",
    pending: "Modifications en attente d’enregistrement…",
    saving: "Enregistrement…",
    saved: state.savedAt ? `Enregistré à ${time.format(new Date(state.savedAt))}` : "Enregistré",
    error: "Erreur d’enregistrement — vos saisies sont conservées dans cette page.",
    invalid: "Non enregistré : corrigez les champs signalés.",
    conflict: "Non enregistré : conflit avec une autre modification.",
    gone: "Non enregistré : cette politique n’existe plus.",
  }[state.status];
  const tone = state.status === "error" || state.status === "invalid" || state.status === "conflict" || state.status === "gone" ? "text-danger" : "text-ink-soft";
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <p role="status" aria-live="polite" className={tone} data-testid="statut-enregistrement" data-status={state.status}>
        {text}
      </p>
      {state.status === "error" ? (
        <button type="button" onClick={onRetry} className="inline-flex min-h-11 items-center px-2 font-semibold text-accent underline">
          Réessayer
        </button>
      ) : null}
    </div>
  );
}
