"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/server/current-user";
import { deleteAccount } from "@/lib/server/delete-account";

// next-auth's session cookie, under its secure (https, localhost) and plain names.
const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/** The final confirmation (a POST): deletes the account if the e-mailed token is still good for this user. */
export async function confirmAccountDeletionAction(form: FormData): Promise<void> {
  const token = form instanceof FormData ? form.get("jeton") : null;
  const back = `/compte/suppression?jeton=${encodeURIComponent(typeof token === "string" ? token : "")}`;
  const user = await getCurrentUser();
  if (!user) redirect(`/connexion?callbackUrl=${encodeURIComponent(back)}`);
  const result = await deleteAccount(user.id, token);
  // Expired, used, forged or someone else's: nothing was deleted, the page says why.
  if (result.status === "invalid") redirect(back);
  const jar = await cookies();
  for (const name of SESSION_COOKIES) jar.set(name, "", { maxAge: 0, path: "/", httpOnly: true, sameSite: "lax", secure: name.startsWith("__Secure-") });
  redirect("/compte/suppression/terminee");
}
