import "server-only";
import nodemailer from "nodemailer";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

export type TMail = { to: string; subject: string; text: string; html: string; url?: string };

/**
 * Sends a mail through SMTP when it is configured; otherwise keeps it in the local outbox
 * (shown at /boite-mail) and prints it in the server log, so a fresh install works with no setup.
 */
export async function sendMail(mail: TMail): Promise<void> {
  const { smtp } = env();
  if (smtp) {
    const transport = nodemailer.createTransport(smtp.url);
    const info = await transport.sendMail({ from: smtp.from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
    const failed = [...(info.rejected ?? []), ...(info.pending ?? [])];
    if (failed.length) throw new Error(`Le serveur SMTP a refusé l’envoi à ${failed.join(", ")}`);
    return;
  }
  await db().outboxMail.create({ data: { to: mail.to, subject: mail.subject, text: mail.text, url: mail.url ?? null } });
  console.log(`[boîte d’envoi locale] à ${mail.to} — ${mail.subject}${mail.url ? `\n  ${mail.url}` : ""}`);
}
