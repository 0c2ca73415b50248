"use server";

import { guarded } from "@/lib/server/action-result";
import { requestAccountDeletion } from "@/lib/server/request-account-deletion";

export type TDeletionRequestState = { status: "idle" } | { status: "sent" | "error"; message: string };

/** « Supprimer mon compte »: after the box is ticked, e-mails the single-use confirmation link. */
export async function requestAccountDeletionAction(_previous: TDeletionRequestState, form: FormData): Promise<TDeletionRequestState> {
  if (!(form instanceof FormData) || form.get("confirmation") !== "oui") {
    return { status: "error", message: "Cochez la case pour confirmer que vous avez compris les conséquences de la suppression." };
  }
  const r = await guarded<{ email: string }>(async (userId) => {
    const sent = await requestAccountDeletion(userId);
    if (sent.status === "too_soon") return { ok: false, code: "invalid", message: "Un lien vient de vous être envoyé. Patientez une minute avant d’en demander un autre." };
    return { ok: true, email: sent.email };
  });
  if (r.ok) {
    return { status: "sent", message: `Un e-mail de confirmation a été envoyé à ${r.email}. Ouvrez son lien dans les 30 minutes pour supprimer votre compte ; rien n’est supprimé d’ici là.` };
  }
  if (r.code === "not_found") return { status: "error", message: "Votre session a expiré : reconnectez-vous, puis recommencez." };
  return { status: "error", message: r.message };
}
