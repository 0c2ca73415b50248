"use server";

import { z } from "zod";
import { action, fail } from "@/lib/server/action";
import { saveDraft } from "@/lib/server/save-draft";
import { zPolicyId } from "@/lib/validation/policy";

const zSaveInput = z.object({ id: zPolicyId, revision: z.int().min(0), draft: z.unknown() });

/** Autosave: validates with the engine's schema (draft rule), checks the owner and the revision. */
export const saveDraftAction = action(zSaveInput, async ({ id, revision, draft }, { userId }) => {
  const result = await saveDraft(userId, { id, revision, draft });
  if (result.status === "saved") return { ok: true, revision: result.revision, savedAt: result.savedAt.toISOString() };
  if (result.status === "conflict") {
    return fail("conflict", "Ce brouillon a été modifié ailleurs, par exemple dans un autre onglet.", { reason: "revision" });
  }
  return fail("invalid", "Non enregistré : corrigez les champs signalés.", { issues: result.issues });
}, "saveDraftAction");
