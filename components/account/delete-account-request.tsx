"use client";

import { useActionState } from "react";
import { requestAccountDeletionAction, type TDeletionRequestState } from "@/app/(app)/compte/actions";

const IDLE: TDeletionRequestState = { status: "idle" };

/** The box to tick and the button that e-mails the confirmation link (works without JavaScript too). */
export function DeleteAccountRequest() {
  const [state, action, pending] = useActionState(requestAccountDeletionAction, IDLE);
  return (
    <form action={action} className="mt-4 space-y-3">
      <div className="flex items-start gap-2">
        <input id="confirmation-suppression" name="confirmation" value="oui" type="checkbox" required className="mt-1 size-4 accent-danger" />
        <label htmlFor="confirmation-suppression" className="text-sm">
          J’ai compris que la suppression de mon compte est définitive.
        </label>
      </div>
      <button type="submit" disabled={pending} className="rounded-md bg-danger px-4 py-2 text-sm font-semibold text-white disabled:opacity-60">
        Supprimer mon compte
      </button>
      <p role="status" aria-live="polite" className="text-sm text-accent">
        {state.status === "sent" ? state.message : null}
      </p>
      {state.status === "error" ? (
        <p role="alert" className="text-sm text-danger">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
