import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { FIXTURES } from "@/lib/policy/fixtures";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-pg.mjs";
import { migrate } from "../../scripts/lib/migrate.mjs";

// Hosted pages while the database is unavailable (issue 12, faults), against a PostgreSQL of this file's own
// (the shared test cluster must stay up for the other files): killed (kill -9), then started again, then frozen
// (SIGSTOP) past the timeouts. A route that must read the database answers 503 « Service momentanément
// indisponible », Retry-After, no-store — never 404 « introuvable », never a 500 — and answers again once
// PostgreSQL is back, without restarting the app.

const root = mkdtempSync(path.join(tmpdir(), "clairement-unavailable-"));
const dir = path.join(root, "pg");
let pg: { url: string; port: number; stop: () => Promise<void> };
let slug: string;
let m: {
  invalidatePublicCache: typeof import("@/lib/server/public/cache").invalidatePublicCache;
  withPublishedPolicy: typeof import("@/lib/server/public/resolve").withPublishedPolicy;
  UnavailableError: typeof import("@/lib/server/errors").UnavailableError;
  current: typeof import("@/app/p/[slug]/route").GET;
  version: typeof import("@/app/p/[slug]/v/[n]/route").GET;
  api: typeof import("@/app/api/p/[slug]/route").GET;
  history: typeof import("@/app/p/[slug]/historique/route").GET;
  atom: typeof import("@/app/p/[slug]/atom/route").GET;
  embed: typeof import("@/app/p/[slug]/embed/route").GET;
  diff: typeof import("@/app/p/[slug]/diff/[a]/[b]/route").GET;
};

/** PostgreSQL's postmaster and its children (backends, checkpointer…), from /proc. */
function pgProcesses(): number[] {
  const postmaster = Number(readFileSync(path.join(dir, "postmaster.pid"), "utf8").split("\n")[0]);
  const children = readdirSync("/proc").filter((p) => /^\d+$/.test(p)).map(Number).filter((pid) => {
    try {
      // /proc/<pid>/stat: « pid (comm) state ppid … »; comm may hold spaces, ppid comes after its closing parenthesis.
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === postmaster;
    } catch {
      return false;
    }
  });
  return [postmaster, ...children];
}

/** Sends a signal to these processes, those already gone aside. */
function signal(pids: number[], sig: NodeJS.Signals) {
  for (const pid of pids) {
    try {
      process.kill(pid, sig);
    } catch {
      // gone already
    }
  }
}

const refused = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(false)));
    socket.once("error", () => resolve(true));
  });

async function startPg(port?: number) {
  // After a kill -9, the old backends leave within moments; PostgreSQL refuses to start while they hold its memory.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startEmbeddedPostgres({ dir, persistent: true, port, supervise: false }); // this test kills and restarts it itself
    } catch (error) {
      if (attempt >= 10) throw error;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

beforeAll(async () => {
  pg = await startPg();
  await migrate(pg.url);
  process.env.DATABASE_URL = pg.url;
  process.env.NEXTAUTH_SECRET = "test";
  const { createPolicy } = await import("@/lib/server/create-policy");
  const { publishVersion } = await import("@/lib/server/publish-version");
  m = {
    ...(await import("@/lib/server/public/cache")),
    ...(await import("@/lib/server/public/resolve")),
    ...(await import("@/lib/server/errors")),
    current: (await import("@/app/p/[slug]/route")).GET,
    version: (await import("@/app/p/[slug]/v/[n]/route")).GET,
    api: (await import("@/app/api/p/[slug]/route")).GET,
    history: (await import("@/app/p/[slug]/historique/route")).GET,
    atom: (await import("@/app/p/[slug]/atom/route")).GET,
    embed: (await import("@/app/p/[slug]/embed/route")).GET,
    diff: (await import("@/app/p/[slug]/diff/[a]/[b]/route")).GET,
  };
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: pg.url }) });
  try {
    const owner = (await prisma.user.create({ data: { email: "editrice@exemple.fr" } })).id;
    const created = await createPolicy({ ownerId: owner, title: "Boutique", draft: FIXTURES.ecommerce! });
    expect((await publishVersion(owner, { id: created.id, effectiveDate: "2026-11-21" }, new Date("2026-11-21T09:00:00Z"))).status).toBe("published");
    slug = created.slug;
  } finally {
    await prisma.$disconnect();
  }
}, 120_000);

afterAll(async () => {
  try {
    signal(pgProcesses(), "SIGCONT");
  } catch {
    // no postmaster.pid: PostgreSQL is not running
  }
  await pg.stop().catch(() => {});
  rmSync(root, { recursive: true, force: true });
}, 60_000);

const get = (handler: (r: Request, c: never) => Promise<Response>, urlPath: string, params: Record<string, string>) =>
  handler(new Request(`http://localhost${urlPath}`), { params: Promise.resolve(params) } as never);

/** Every public route of the slug, as Next.js calls them, with its status while the database answers. */
const routes = (s: string): [string, () => Promise<Response>, number][] => [
  [`/p/${s}`, () => get(m.current, `/p/${s}`, { slug: s }), 200],
  [`/p/${s}/v/1`, () => get(m.version, `/p/${s}/v/1`, { slug: s, n: "1" }), 200],
  [`/p/${s}/v/1.pdf`, () => get(m.version, `/p/${s}/v/1.pdf`, { slug: s, n: "1.pdf" }), 200],
  [`/p/${s}/historique`, () => get(m.history, `/p/${s}/historique`, { slug: s }), 200],
  [`/p/${s}/atom`, () => get(m.atom, `/p/${s}/atom`, { slug: s }), 200],
  [`/p/${s}/embed`, () => get(m.embed, `/p/${s}/embed`, { slug: s }), 200],
  [`/p/${s}/diff/1/1`, () => get(m.diff, `/p/${s}/diff/1/1`, { slug: s, a: "1", b: "1" }), 404], // a version is not compared with itself
  [`/api/p/${s}`, () => get(m.api, `/api/p/${s}`, { slug: s }), 200],
];

async function expectUnavailable(what: string, response: Response) {
  expect(response.status, what).toBe(503);
  expect(response.headers.get("retry-after"), what).toBe("30");
  expect(response.headers.get("cache-control"), what).toBe("no-store");
  const body = await response.text();
  if (what.startsWith("/api/")) {
    expect(response.headers.get("content-type"), what).toBe("application/json; charset=utf-8");
    expect(JSON.parse(body), what).toEqual({ error: "Ce service est momentanément indisponible. La page sera de nouveau accessible dans quelques instants\u00a0: réessayez." });
  } else {
    expect(response.headers.get("content-type"), what).toBe("text/html; charset=utf-8");
    expect(body, what).toContain("<title>Service momentanément indisponible</title>");
    expect(body, what).toContain("Ce service est momentanément indisponible. La page sera de nouveau accessible dans quelques instants\u00a0: réessayez.");
    expect(body, what).not.toContain("introuvable");
  }
}

describe("hosted pages while the database is unavailable", () => {
  it("PostgreSQL killed (kill -9): every public route that must read the database answers 503 « Service momentanément indisponible » (HTML, or JSON for /api/p) with Retry-After, never 404 nor 500; a page the app resolved recently still answers 200 from its own cache", async () => {
    for (const [what, call, up] of routes(slug)) expect((await call()).status, what).toBe(up);
    signal(pgProcesses(), "SIGKILL");
    for (let i = 0; i < 50 && !(await refused(pg.port)); i++) await new Promise((r) => setTimeout(r, 100));
    expect(await refused(pg.port)).toBe(true);

    // Resolved a moment ago: the app's in-process cache still answers, the database is not asked.
    expect((await get(m.current, `/p/${slug}`, { slug })).status).toBe(200);
    // Its cache lifetime over (as after INDEX_TTL_MS): the slug must be resolved again, and cannot be.
    m.invalidatePublicCache(slug);
    for (const [what, call] of routes(slug)) await expectUnavailable(what, await call());
    // Nor can an address the app never saw be called « introuvable »: it is not known to be missing.
    for (const [what, call] of routes("jamais-vue")) await expectUnavailable(what, await call());
  });

  /** The app's circuit breaker (lib/server/db-breaker.ts) closes at its first successful probe, every 0.5 s. */
  async function breakerClosed() {
    const started = Date.now();
    while (Date.now() - started < 5000) {
      m.invalidatePublicCache(slug);
      if ((await get(m.current, `/p/${slug}`, { slug })).status === 200) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error("la base de données est revenue mais l’application ne la voit toujours pas après 5 s");
  }

  it("PostgreSQL started again: the same routes answer 200 without restarting the app (the pool reconnects, the breaker's probe closes within a second)", async () => {
    pg = await startPg(pg.port);
    await breakerClosed();
    for (const [what, call, up] of routes(slug)) expect((await call()).status, what).toBe(up);
    expect((await get(m.current, "/p/jamais-vue", { slug: "jamais-vue" })).status).toBe(404);
  });

  it("PostgreSQL frozen (SIGSTOP) past the timeouts: 503 within the bounded waits, not a hang; 200 again once it resumes", async () => {
    m.invalidatePublicCache(slug);
    expect((await get(m.api, `/api/p/${slug}`, { slug })).status).toBe(200); // a pooled connection is open
    const frozen = pgProcesses();
    signal(frozen, "SIGSTOP");
    try {
      m.invalidatePublicCache(slug);
      const started = Date.now();
      const [page, api] = await Promise.all([get(m.current, `/p/${slug}`, { slug }), get(m.api, `/api/p/${slug}`, { slug })]);
      expect(Date.now() - started).toBeLessThan(10_000); // connect 3 s, answer 6 s (lib/db.ts)
      await expectUnavailable(`/p/${slug}`, page);
      await expectUnavailable(`/api/p/${slug}`, api);
    } finally {
      signal(frozen, "SIGCONT");
    }
    await breakerClosed();
    m.invalidatePublicCache(slug);
    expect((await get(m.current, `/p/${slug}`, { slug })).status).toBe(200);
  }, 45_000);

  it("only unavailability becomes a 503: a handler's own error still throws (Next.js answers 500), and an UnavailableError thrown by a handler is a 503", async () => {
    m.invalidatePublicCache(slug);
    await expect(m.withPublishedPolicy(slug, "", () => Promise.reject(new TypeError("bogue")))).rejects.toThrow("bogue");
    await expectUnavailable(`/p/${slug}`, await m.withPublishedPolicy(slug, "", () => Promise.reject(new m.UnavailableError())));
  });
});
