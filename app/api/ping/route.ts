import { frontCacheStats, publicQueryCount } from "@/lib/server/public/cache";

// Both the health check and the benchmark's baseline (a bare route handler returning a constant string).
export function GET() {
  const headers: Record<string, string> = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };
  // Only under `npm run bench` (BENCH=1), read-only: the hosted pages' database queries so far, and the
  // hits and misses of the response cache scripts/serve.mjs keeps in front of Next.js.
  if (process.env.BENCH === "1") {
    headers["X-Public-Queries"] = String(publicQueryCount());
    const front = frontCacheStats();
    if (front) headers["X-Front-Cache"] = `${front.hits}/${front.misses}`;
  }
  return new Response("ok", { headers });
}
