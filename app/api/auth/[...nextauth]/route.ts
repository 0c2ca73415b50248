import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth";
import { isUnavailable } from "@/lib/server/errors";
import { clientIp, hit, signInLimits } from "@/lib/server/rate-limit";
import { signInEmailOf } from "@/lib/server/sign-in-request";
import { zSignInEmail } from "@/lib/validation/auth";

type TContext = { params: Promise<{ nextauth: string[] }> };

async function handler(req: Request, context: TContext) {
  return NextAuth(req as never, context as never, authOptions());
}

/**
 * Sign-in mails are rate-limited per address and per client IP before next-auth sends anything, whatever the body's
 * content type; counters live in PostgreSQL (lib/server/rate-limit.ts). An excess gets the sign-in page's
 * « TropDeDemandes » error (a French message), and no mail; a body with no valid address is refused, never passed on.
 */
async function post(req: Request, context: TContext) {
  const { nextauth } = await context.params;
  if (nextauth.join("/") === "signin/email") {
    const { email, json } = await signInEmailOf(req);
    const parsed = zSignInEmail.safeParse({ email });
    const refuse = (error: string) => {
      const url = new URL(`/connexion/erreur?error=${error}`, req.url).toString();
      return json ? Response.json({ url }) : Response.redirect(url, 302);
    };
    if (!parsed.success) return refuse("EmailSignin");
    const limits = signInLimits();
    const ip = clientIp(req);
    let allowed: boolean;
    try {
      allowed = (await hit(`adresse:${parsed.data.email}`, limits.perAddress)) && (ip === null || (await hit(`ip:${ip}`, limits.perIp)));
    } catch (error) {
      if (isUnavailable(error)) return refuse("Indisponible");
      throw error;
    }
    if (!allowed) return refuse("TropDeDemandes");
  }
  return handler(req, context);
}

export { handler as GET, post as POST };
