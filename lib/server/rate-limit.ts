import "server-only";

// Sliding-window counters in this server process (on globalThis: Next bundles route handlers and
// server actions separately). Enough for one `next start`; several processes would need a shared store.
type TStore = Map<string, number[]>;
const store: TStore = ((globalThis as { __clairementRateLimit?: TStore }).__clairementRateLimit ??= new Map());

export type TLimit = { max: number; windowMs: number };

/** Counts one hit on `key` and says whether it is allowed (false: over `max` hits within the window). */
export function hit(key: string, { max, windowMs }: TLimit, now = Date.now()): boolean {
  const recent = (store.get(key) ?? []).filter((t) => now - t < windowMs);
  if (recent.length >= max) {
    store.set(key, recent);
    return false;
  }
  recent.push(now);
  store.set(key, recent);
  if (store.size > 50_000) store.delete(store.keys().next().value as string);
  return true;
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

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

/**
 * The client's IP, only when a trusted reverse proxy says so (TRUST_PROXY=1 and X-Forwarded-For): a
 * header set by the client itself proves nothing. Loopback addresses (this machine: the proxy, local
 * tools; `next start` also fills X-Forwarded-For with the socket address) are not a client to limit.
 */
export function clientIp(request: Request): string | null {
  if (process.env.TRUST_PROXY !== "1") return null;
  const forwarded = request.headers.get("x-forwarded-for");
  const ip = forwarded?.split(",")[0]?.trim() || request.headers.get("x-real-ip")?.trim();
  return ip && !LOOPBACK.test(ip) ? ip : null;
}
