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

export const zSlug = z
  .string({ error: "Indiquez une adresse." })
  .trim()
  .toLowerCase()
  .min(3, { error: "3\u00a0caractères au minimum." })
  .max(80, { error: "80\u00a0caractères au maximum." })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "Lettres minuscules sans accent, chiffres et tirets seulement (exemple\u00a0: politique-acme)." });

export const zPublish = z.object({
  effectiveDate: z.iso.date({ error: "Date invalide." }),
  note: z.string().trim().max(500, { error: "500\u00a0caractères au maximum." }),
  /** The founder confirms the users were already informed of a substantial change (shorter notice). */
  shortNotice: z.boolean().optional(),
  /** The founder has reviewed what the template proposed and is still unconfirmed (P01). */
  reviewedProposals: z.boolean().optional(),
});
export type TPublish = z.infer<typeof zPublish>;
