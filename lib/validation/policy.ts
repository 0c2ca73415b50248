import { z } from "zod";

// Shared by the dashboard forms and their server actions.
export const zPolicyId = z.string().trim().min(1).max(64).regex(/^[a-z0-9]+$/i, { error: "Identifiant de politique invalide." });

export const zPolicyTitle = z
  .string({ error: "Indiquez un titre." })
  .trim()
  .min(1, { error: "Indiquez un titre." })
  .max(120, { error: "120\u00a0caractères au maximum." });

export const zRenamePolicy = z.object({ id: zPolicyId, title: zPolicyTitle });
export type TRenamePolicy = z.infer<typeof zRenamePolicy>;
