"use client";

import { signInAgainHref } from "@/components/ui/action-feedback";
import type { TAutosaveState } from "./autosave-machine";

const time = new Intl.DateTimeFormat("fr-FR", { hour: "2-digit", minute: "2-digit" });

/**
 * The autosave state in words, announced politely to screen readers. `localFailed`: this browser refused to keep a copy
 * of the edits (storage full, disabled, private mode), so the texts do not promise it and say not to close the page.
 */
export function SaveStatus({ state, onRetry, localFailed = false }: { state: TAutosaveState; onRetry: () => void; localFailed?: boolean }) {
  const kept = localFailed
    ? "vos saisies n’ont pas pu être gardées dans ce navigateur (stockage plein ou désactivé) : ne fermez pas cette page"
    : "vos saisies sont gardées dans ce navigateur";
  const text = {
    idle: "Brouillon à jour",
    pending: "Modifications en attente d’enregistrement…",
    saving: "Enregistrement…",
    saved: state.savedAt ? `Enregistré à ${time.format(new Date(state.savedAt))}` : "Enregistré",
    retrying: `Service momentanément indisponible — ${kept}, elles seront enregistrées dès son retour (nouvel essai automatique).`,
    signed_out: `Session expirée — ${kept}. Reconnectez-vous pour les enregistrer.`,
    error: `${state.message ?? "Erreur d’enregistrement."} ${kept.charAt(0).toUpperCase()}${kept.slice(1)}.`,
    invalid: "Non enregistré : corrigez les champs signalés.",
    conflict: "Non enregistré : conflit avec une autre modification.",
    gone: "Non enregistré : cette politique n’existe plus.",
  }[state.status];
  const tone = ["retrying", "signed_out", "error", "invalid", "conflict", "gone"].includes(state.status) ? "text-danger" : "text-ink-soft";
  const trouble = state.status === "retrying" || state.status === "signed_out" || state.status === "error";
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      {trouble ? (
        // The status sits in the page header, out of sight once the founder has scrolled to the field she types in:
        // while saves fail, a bar at the bottom of the screen says so too (the status above is what is announced).
        <p aria-hidden="true" data-testid="bandeau-enregistrement" className="fixed inset-x-0 bottom-0 z-30 border-t border-danger bg-danger-soft px-4 py-2 text-center text-sm text-danger">
          {state.status === "signed_out" ? "Session expirée" : state.status === "error" ? "Erreur d’enregistrement" : "Service momentanément indisponible"} — {localFailed ? "ne fermez pas cette page" : "vos saisies sont gardées dans ce navigateur"}.
        </p>
      ) : null}
      <p role="status" aria-live="polite" className={tone} data-testid="statut-enregistrement" data-status={state.status}>
        {text}
      </p>
      {localFailed && !["retrying", "signed_out", "error", "saved", "idle"].includes(state.status) ? (
        <p className="text-danger" data-testid="copie-locale-impossible">
          Ce navigateur ne peut pas garder de copie de vos saisies (stockage plein ou désactivé) : ne fermez pas cette page avant « Enregistré ».
        </p>
      ) : null}
      {state.status === "signed_out" ? (
        <a href={signInAgainHref()} target="_blank" rel="noopener" className="inline-flex min-h-11 items-center px-2 font-semibold text-accent underline">
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
