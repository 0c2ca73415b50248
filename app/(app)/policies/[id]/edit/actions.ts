"use server";

import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { TSaveOutcome } from "@/components/wizard/autosave-machine";
import { getCurrentUser } from "@/lib/server/current-user";
import { NotFoundError } from "@/lib/server/errors";
import { saveDraft } from "@/lib/server/save-draft";
import { zPolicyId } from "@/lib/validation/policy";

const zSaveInput = z.object({ id: zPolicyId, revision: z.int().min(0) });

/** Autosave: validates with the engine's schema (draft rule), checks the owner and the revision. */
export async function saveDraftAction(id: string, revision: number, draft: unknown): Promise<TSaveOutcome> {
  const user = await getCurrentUser();
  if (!user) return { kind: "not_found" };
  const input = zSaveInput.safeParse({ id, revision });
  if (!input.success) return { kind: "not_found" };
  try {
    const result = await saveDraft(user.id, { id: input.data.id, revision: input.data.revision, draft });
    if (result.status === "saved") return { kind: "saved", revision: result.revision, savedAt: result.savedAt.toISOString() };
    if (result.status === "conflict") return { kind: "conflict", revision: result.revision };
    return { kind: "invalid", issues: result.issues };
  } catch (error) {
    if (error instanceof NotFoundError) return { kind: "not_found" };
    console.error(`[saveDraftAction ${randomUUID()}]`, error);
    return { kind: "network" };
  }
}
