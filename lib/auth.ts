import "server-only";
import type { NextAuthOptions } from "next-auth";
import EmailProvider from "next-auth/providers/email";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { escapeHtml } from "@/lib/escape";
import { sendMail } from "@/lib/mail";
import { prismaAuthAdapter } from "@/lib/server/auth-adapter";
import { zSignInEmail } from "@/lib/validation/auth";

export const SIGN_IN_LINK_MAX_AGE_S = 30 * 60;
const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;

function signInMail(url: string, host: string) {
  return {
    subject: `Votre lien de connexion à Clairement`,
    text: `Bonjour,\n\nPour vous connecter à Clairement (${host}), ouvrez ce lien dans les 30 minutes :\n${url}\n\nLe lien ne sert qu’une fois. Si vous n’avez rien demandé, ignorez ce message.\n`,
    html: `<p>Bonjour,</p><p>Pour vous connecter à Clairement (${escapeHtml(host)}), ouvrez ce lien dans les 30&nbsp;minutes&nbsp;:</p><p><a href="${escapeHtml(url)}">Me connecter</a></p><p>Le lien ne sert qu’une fois. Si vous n’avez rien demandé, ignorez ce message.</p>`,
  };
}

/** Session cookies are Secure on https and on localhost (a secure context for browsers). */
function secureCookies(publicUrl: string): boolean {
  const url = new URL(publicUrl);
  return url.protocol === "https:" || url.hostname === "localhost" || url.hostname === "127.0.0.1";
}

let cached: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  if (cached) return cached;
  const e = env();
  const providers: NextAuthOptions["providers"] = [
    EmailProvider({
      from: e.smtp?.from ?? "Clairement <no-reply@localhost>",
      maxAge: SIGN_IN_LINK_MAX_AGE_S,
      // Same schema as the form: an invalid address is refused here too, and no mail is sent.
      normalizeIdentifier(identifier) {
        const parsed = zSignInEmail.safeParse({ email: identifier });
        if (!parsed.success) throw new Error("Adresse e-mail invalide");
        return parsed.data.email;
      },
      async sendVerificationRequest({ identifier, url }) {
        const { host } = new URL(url);
        await sendMail({ to: identifier, url, ...signInMail(url, host) });
      },
    }),
  ];
  if (e.github) providers.push(GitHubProvider(e.github));
  if (e.google) providers.push(GoogleProvider(e.google));
  cached = {
    adapter: prismaAuthAdapter(db()),
    secret: e.authSecret,
    session: { strategy: "database", maxAge: SESSION_MAX_AGE_S },
    useSecureCookies: secureCookies(e.publicUrl),
    providers,
    // One line per expected auth error (an invalid address, an expired link) instead of a stack trace.
    logger: {
      error(code, metadata) {
        const m = metadata as { message?: string; error?: { message?: string } } | Error | undefined;
        const detail = m instanceof Error ? m.message : (m?.error?.message ?? m?.message);
        console.error(`[auth] ${code}${detail ? ` : ${detail}` : ""}`);
      },
      warn(code) {
        console.warn(`[auth] ${code}`);
      },
      debug() {},
    },
    pages: { signIn: "/connexion", verifyRequest: "/connexion/verifier", error: "/connexion/erreur" },
    callbacks: {
      session({ session, user }) {
        return { ...session, user: { ...session.user, id: user.id } };
      },
    },
  };
  return cached;
}

/** The OAuth providers configured on this server, for the sign-in page. */
export function oauthProviders(): { id: "github" | "google"; name: string }[] {
  const e = env();
  return [
    ...(e.github ? [{ id: "github" as const, name: "GitHub" }] : []),
    ...(e.google ? [{ id: "google" as const, name: "Google" }] : []),
  ];
}
