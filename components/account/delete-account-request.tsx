"use client";

import { useFormStatus } from "react-dom";
import { requestAccountDeletionAction } from "@/app/(app)/compte/actions";
import { ActionForm } from "@/components/ui/action-feedback";

/** The box to tick and the button that e-mails the confirmation link (works without JavaScript too). */
export function DeleteAccountRequest() {
  return (
    <ActionForm
      action={requestAccountDeletionAction}
      className="mt-4 space-y-3"
      success={(r) => `Un e-mail de confirmation a été envoyé à ${r.email}. Ouvrez son lien dans les 30\u00a0minutes pour supprimer votre compte ; rien n’est supprimé d’ici là.`}
    >
      <div className="flex items-start gap-2">
        <input id="confirmation-suppression" name="confirmation" value="oui" type="checkbox" required className="mt-1 size-4 accent-danger" />
        <label htmlFor="confirmation-suppression" className="text-sm">
          J’ai compris que la suppression de mon compte est définitive.
        </label>
      </div>
      <SubmitButton />
    </ActionForm>
  );
}

function SubmitButton() {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} className="rounded-md bg-danger px-4 py-2 text-sm font-semibold text-white disabled:opacity-60">
      Supprimer mon compte
    </button>
  );
}
