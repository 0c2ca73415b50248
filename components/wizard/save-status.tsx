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
    retrying: "Service momentanément indisponible — vos saisies sont gardées dans ce navigateur et seront enregistrées dès son retour.",
    signed_out: "Session expirée — vos saisies sont gardées dans ce navigateur. Reconnectez-vous pour les enregistrer.",
    error: `${state.message ?? "Erreur d’enregistrement."} Vos saisies sont gardées dans ce navigateur.`,
    invalid: "Non enregistré : corrigez les champs signalés.",
    conflict: "Non enregistré : conflit avec une autre modification.",
    gone: "Non enregistré : cette politique n’existe plus.",
  }[state.status];
  const tone = ["retrying", "signed_out", "error", "invalid", "conflict", "gone"].includes(state.status) ? "text-danger" : "text-ink-soft";
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <p role="status" aria-live="polite" className={tone} data-testid="statut-enregistrement" data-status={state.status}>
        {text}
      </p>
      {state.status === "signed_out" ? (
        <a href={`/connexion?callbackUrl=${encodeURIComponent(typeof window === "undefined" ? "/" : window.location.pathname + window.location.search)}`} target="_blank" rel="noopener" className="inline-flex min-h-11 items-center px-2 font-semibold text-accent underline">
          Se reconnecter (nouvel onglet)
        </a>
      ) : null}
      {state.status === "error" || state.status === "retrying" ? (
        <button type="button" onClick={onRetry} className="inline-flex min-h-11 items-center px-2 font-semibold text-accent underline">
          Réessayer
        </button>
      ) : null}
    </div>
  );
}
