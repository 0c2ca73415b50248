"use server";

import { z } from "zod";
import { fail, formAction } from "@/lib/server/action";
import { requestAccountDeletion } from "@/lib/server/request-account-deletion";

/** « Supprimer mon compte »: after the box is ticked, e-mails the single-use confirmation link. */
export const requestAccountDeletionAction = formAction(
  z.object({ confirmation: z.literal("oui", { error: "Cochez la case pour confirmer que vous avez compris les conséquences de la suppression." }) }),
  async (_input, { userId }) => {
    const sent = await requestAccountDeletion(userId);
    if (sent.status === "too_soon") return fail("conflict", "Un lien vient de vous être envoyé. Patientez une minute avant d’en demander un autre.", { reason: "too_soon" });
    return { ok: true, email: sent.email };
  },
  "requestAccountDeletionAction",
);
