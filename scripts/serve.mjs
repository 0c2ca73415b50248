// The production server: Next.js (the build in NEXT_DIST_DIR, default .next) in this process, behind
// the hosted policies' response cache (scripts/lib/front-cache.mjs). `npm start`, the end-to-end tests,
// the benchmark and the audit all serve the app through it.
//   PORT=3000 [CLAIREMENT_HOST=127.0.0.1] node scripts/serve.mjs   (every interface when unset)
// Expects DATABASE_URL and NEXTAUTH_SECRET (npm start provides them); sets NODE_ENV=production and
// NEXT_TELEMETRY_DISABLED=1 itself.
import http from "node:http";
import { ROOT } from "./lib/bootstrap.mjs";
import { dotSegmentRedirect } from "./lib/dot-segments.mjs";
import { hstsFor } from "./lib/hsts.mjs";
import { createFrontCache, internalError } from "./lib/front-cache.mjs";

process.env.NODE_ENV = "production";
process.env.NEXT_TELEMETRY_DISABLED = "1";
const port = Number(process.env.PORT || 3000);
const host = process.env.CLAIREMENT_HOST || undefined;

const { default: next } = await import("next");
const app = next({ dev: false, dir: ROOT, hostname: host ?? "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();

const front = createFrontCache();
// lib/server/public/cache.ts reaches it here to drop a slug's pages when they change.
globalThis.__clairementFrontCache = front;

/** The header that carries the socket's peer address to the app; a client cannot set it (overwritten here). */
const PEER = "x-clairement-peer";

const hsts = hstsFor(process.env.NEXTAUTH_URL || process.env.PUBLIC_URL);

const server = http.createServer((req, res) => {
  req.headers[PEER] = req.socket.remoteAddress ?? "";
  if (hsts) res.setHeader("Strict-Transport-Security", hsts);
  const normal = dotSegmentRedirect(req.url);
  if (normal !== null) {
    res.writeHead(308, { Location: normal, "Cache-Control": "no-store" });
    res.end();
    return;
  }
  if (front.serve(req, res)) return;
  // A 500 — which the front cache replaces by a hosted page's last good copy when it holds one (stale-if-error).
  handle(req, res).catch((error) => {
    console.error(error);
    internalError(res);
  });
});
server.listen(port, host, () => console.log(`Clairement en production sur http://${host ?? "localhost"}:${port}`));

function stop() {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 5000).unref();
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
