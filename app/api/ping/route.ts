import { publicQueryCount } from "@/lib/server/public/cache";

// Both the health check and the benchmark's baseline (a bare route handler returning a constant string).
export function GET() {
  const headers: Record<string, string> = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };
  // Only under `npm run bench` (BENCH=1): the hosted pages' database queries so far, read-only.
  if (process.env.BENCH === "1") headers["X-Public-Queries"] = String(publicQueryCount());
  return new Response("ok", { headers });
}
