"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/server/action";
import { SESSION_COOKIES } from "@/lib/server/current-user";
import { deleteAccount } from "@/lib/server/delete-account";

/** The final confirmation (a POST): deletes the account if the e-mailed token is still good for this user. */
const zConfirm = z.object({ jeton: z.string().max(200).catch("") });

export const confirmAccountDeletionAction = formAction<typeof zConfirm, object>(zConfirm, async ({ jeton }, { userId }) => {
  const result = await deleteAccount(userId, jeton);
  // Expired, used, forged or someone else's: nothing was deleted, the page says why.
  if (result.status === "invalid") redirect(`/compte/suppression?jeton=${encodeURIComponent(jeton)}`);
  const jar = await cookies();
  for (const name of SESSION_COOKIES) jar.set(name, "", { maxAge: 0, path: "/", httpOnly: true, sameSite: "lax", secure: name.startsWith("__Secure-") });
  redirect("/compte/suppression/terminee");
}, "confirmAccountDeletionAction");
