import "server-only";
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { authOptions } from "@/lib/auth";
import { db } from "@/lib/db";

export type TCurrentUser = { id: string; email: string; name: string | null };

/** next-auth's session cookie, under its secure (https, localhost) and plain names. */
export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;

/**
 * The signed-in user, or null when nobody is signed in. next-auth answers « no session » when its database lookup
 * fails, too; then, if the browser does hold a session cookie, this asks the database itself, so that an unavailable
 * database throws UnavailableError (« service momentanément indisponible ») instead of passing for a sign-out
 * (issue 12: signed-in users were sent to /connexion during an outage).
 */
export async function getCurrentUser(): Promise<TCurrentUser | null> {
  const session = await getServerSession(authOptions());
  const user = session?.user as { id?: string; email?: string | null; name?: string | null } | undefined;
  if (user?.id && user.email) return { id: user.id, email: user.email, name: user.name ?? null };
  const jar = await cookies();
  if (SESSION_COOKIES.some((name) => jar.has(name))) await db().$queryRaw`SELECT 1`;
  return null;
}

/** The signed-in user, or a redirect to the sign-in page that comes back to `returnTo`. */
export async function requireUser(returnTo: string): Promise<TCurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/connexion?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
