import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth";
import { clientIp, hit, signInLimits } from "@/lib/server/rate-limit";
import { zSignInEmail } from "@/lib/validation/auth";

type TContext = { params: Promise<{ nextauth: string[] }> };

async function handler(req: Request, context: TContext) {
  return NextAuth(req as never, context as never, authOptions());
}

/**
 * Sign-in mails are rate-limited per address and per client IP before next-auth sends anything. An
 * excess gets the sign-in page's « TropDeDemandes » error (a French message), and no mail.
 */
async function post(req: Request, context: TContext) {
  const { nextauth } = await context.params;
  if (nextauth.join("/") === "signin/email") {
    const form = await req.clone().formData().catch(() => null);
    const parsed = zSignInEmail.safeParse({ email: form?.get("email") });
    if (parsed.success) {
      const limits = signInLimits();
      const ip = clientIp(req);
      const allowed = hit(`adresse:${parsed.data.email}`, limits.perAddress) && (ip === null || hit(`ip:${ip}`, limits.perIp));
      if (!allowed) {
        const url = new URL("/connexion/erreur?error=TropDeDemandes", req.url).toString();
        return form?.get("json") === "true" ? Response.json({ url }) : Response.redirect(url, 302);
      }
    }
  }
  return handler(req, context);
}

export { handler as GET, post as POST };
