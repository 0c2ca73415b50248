import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";

const SLUG_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

/** An unguessable, readable public slug such as « politique-k7m2xq9d ». */
export function newSlug(): string {
  const bytes = randomBytes(8);
  return `politique-${Array.from(bytes, (b) => SLUG_ALPHABET[b % SLUG_ALPHABET.length]).join("")}`;
}

export type TCreatePolicyInput = { ownerId: string; title?: string; draft?: unknown };

/** Creates a draft policy owned by `ownerId`. */
export async function createPolicy({ ownerId, title = "Nouvelle politique", draft = {} }: TCreatePolicyInput) {
  return db().policy.create({
    data: { ownerId, title, slug: newSlug(), draft: draft as object },
    select: { id: true, slug: true },
  });
}
