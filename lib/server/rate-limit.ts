import "server-only";

import { db } from "@/lib/db";
import { isLoopbackAddress } from "@/lib/loopback.mjs";

// Sliding-window counters in PostgreSQL (table RateLimitEvent): every process and every restart sees the same
// counts (issue 12, defect 2). One transaction per hit, serialised per key by an advisory lock, so that two
// concurrent requests cannot both take the last slot.

export type TLimit = { max: number; windowMs: number };

/** Counts one hit on `key` and says whether it is allowed (false: already `max` hits within the window). */
export async function hit(key: string, { max, windowMs }: TLimit, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - windowMs);
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`rate-limit:${key}`}))`;
    const recent = await tx.rateLimitEvent.count({ where: { key, createdAt: { gt: since } } });
    if (recent >= max) return false;
    await tx.rateLimitEvent.create({ data: { key, createdAt: now } });
    // Old events go, a few at a time: nothing outlives the longest window (a day).
    await tx.$executeRaw`DELETE FROM "RateLimitEvent" WHERE "id" IN (SELECT "id" FROM "RateLimitEvent" WHERE "createdAt" < ${new Date(now.getTime() - 86_400_000)} LIMIT 100)`;
    return true;
  });
}

function limitFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/** Sign-in links: per address and per client IP, within 10 minutes. */
export function signInLimits() {
  const windowMs = 10 * 60_000;
  return {
    perAddress: { max: limitFromEnv("SIGNIN_LIMIT_PER_ADDRESS", 3), windowMs },
    perIp: { max: limitFromEnv("SIGNIN_LIMIT_PER_IP", 10), windowMs },
  };
}


/**
 * The client's IP, only when a trusted reverse proxy says so (TRUST_PROXY=1 and X-Forwarded-For): a
 * header set by the client itself proves nothing. Loopback addresses (this machine: the proxy, local
 * tools; `next start` also fills X-Forwarded-For with the socket address) are not a client to limit.
 */
export function clientIp(request: Request): string | null {
  if (process.env.TRUST_PROXY !== "1") return null;
  const forwarded = request.headers.get("x-forwarded-for");
  const ip = forwarded?.split(",")[0]?.trim() || request.headers.get("x-real-ip")?.trim();
  return ip && !isLoopbackAddress(ip) ? ip : null;
}
