import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";

// The account-deletion link: a random token sent by e-mail, of which only the SHA-256 is stored, in
// next-auth's VerificationToken table under the identifier « suppression:<userId> ». It is bound to
// one user, valid 30 minutes, and consumed by the deletion itself (lib/server/delete-account.ts).

export const DELETION_LINK_MAX_AGE_MS = 30 * 60_000;
/** A new link can be asked for once a minute (the previous one stops working). */
export const DELETION_REQUEST_INTERVAL_MS = 60_000;

export function deletionIdentifier(userId: string): string {
  return `suppression:${userId}`;
}

export function hashDeletionToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function newDeletionToken(): string {
  return randomBytes(32).toString("base64url");
}

/** A well-formed token (43 base64url characters), so that anything else never reaches the database. */
export function isWellFormedToken(token: unknown): token is string {
  return typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);
}

/** Whether `token` is a live deletion link of this user (read only: nothing is consumed). */
export async function isDeletionTokenValid(userId: string, token: unknown, now = new Date()): Promise<boolean> {
  if (!isWellFormedToken(token)) return false;
  const found = await db().verificationToken.findFirst({
    where: { identifier: deletionIdentifier(userId), token: hashDeletionToken(token), expires: { gt: now } },
    select: { token: true },
  });
  return found !== null;
}
