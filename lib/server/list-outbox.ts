import "server-only";
import { db } from "@/lib/db";

/** The latest mails kept by the local outbox (only used when no SMTP server is configured). */
export async function listOutbox(limit = 20) {
  return db().outboxMail.findMany({ orderBy: { createdAt: "desc" }, take: limit });
}
