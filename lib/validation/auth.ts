import { z } from "zod";

// One schema, two consumers: the sign-in form (zodResolver) and the server (next-auth's
// normalizeIdentifier), so an address the form refuses is refused by the server too.
export const zSignInEmail = z.object({
  email: z
    .string({ error: "Indiquez votre adresse e-mail." })
    .trim()
    .min(1, { error: "Indiquez votre adresse e-mail." })
    .max(254, { error: "Cette adresse e-mail est trop longue." })
    .pipe(z.email({ error: "Cette adresse e-mail n’est pas valide (exemple : prenom@entreprise.fr)." }))
    .transform((v) => v.toLowerCase()),
});
export type TSignInEmail = z.infer<typeof zSignInEmail>;
