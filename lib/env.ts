import { isLoopbackAddress, isLoopbackUrl, PUBLIC_OUTBOX_VAR } from "./loopback.mjs";
import "server-only";

// Server configuration read once from the environment. scripts/start.mjs fills in what a fresh
// machine lacks (DATABASE_URL of the embedded PostgreSQL, a generated secret, the public URL).
export type TServerEnv = {
  databaseUrl: string;
  authSecret: string;
  publicUrl: string;
  smtp: { url: string; from: string } | null;
  github: { clientId: string; clientSecret: string } | null;
  google: { clientId: string; clientSecret: string } | null;
};

let cached: TServerEnv | undefined;

function pair(id: string | undefined, secret: string | undefined) {
  return id && secret ? { clientId: id, clientSecret: secret } : null;
}

function smtpFromEnv(e: NodeJS.ProcessEnv): TServerEnv["smtp"] {
  const from = e.MAIL_FROM || "Clairement <no-reply@localhost>";
  if (e.SMTP_URL) return { url: e.SMTP_URL, from };
  if (!e.SMTP_HOST) return null;
  const auth = e.SMTP_USER ? `${encodeURIComponent(e.SMTP_USER)}:${encodeURIComponent(e.SMTP_PASSWORD ?? "")}@` : "";
  const secure = e.SMTP_SECURE === "true" || e.SMTP_PORT === "465";
  return { url: `${secure ? "smtps" : "smtp"}://${auth}${e.SMTP_HOST}:${e.SMTP_PORT || (secure ? 465 : 587)}`, from };
}

export function env(): TServerEnv {
  if (cached) return cached;
  const e = process.env;
  const databaseUrl = e.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL n'est pas défini : lancez l'application avec « npm start ».");
  const authSecret = e.NEXTAUTH_SECRET || e.AUTH_SECRET;
  if (!authSecret) throw new Error("NEXTAUTH_SECRET n'est pas défini : lancez l'application avec « npm start ».");
  cached = {
    databaseUrl,
    authSecret,
    publicUrl: (e.NEXTAUTH_URL || e.PUBLIC_URL || `http://localhost:${e.PORT || 3000}`).replace(/\/$/, ""),
    smtp: smtpFromEnv(e),
    github: pair(e.GITHUB_ID, e.GITHUB_SECRET),
    google: pair(e.GOOGLE_CLIENT_ID, e.GOOGLE_CLIENT_SECRET),
  };
  return cached;
}

/** Without SMTP, sign-in links go to the local outbox (and the server log) instead of a mailbox. */
export function outboxMode(): boolean {
  return env().smtp === null;
}

/**
 * Whether this client may read the local outbox, which holds everyone's sign-in links: only without SMTP, and only a
 * loopback client of a loopback deployment — unless the demo variable says otherwise on purpose (issue 12, defect 1).
 * `peer` is the socket's address, set by scripts/serve.mjs (a client cannot forge it).
 */
export function outboxReadableBy(peer: string | null): boolean {
  if (!outboxMode()) return false;
  if (process.env[PUBLIC_OUTBOX_VAR] === "1") return true;
  return isLoopbackUrl(env().publicUrl) && isLoopbackAddress(peer);
}
