import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { CURRENT, IMMUTABLE } from "@/lib/server/public/http";
import { createFrontCache, internalError, MAX_STALE_IF_ERROR_S, pickEncoding, sharedTtl, staleIfErrorTtl, staleTtl, varyNames } from "../../scripts/lib/front-cache.mjs";

// The hosted pages' response cache (scripts/lib/front-cache.mjs), over real HTTP: an origin handler
// plays Next.js (headers set one by one, body written in chunks), the cache sits in front of it as in
// scripts/serve.mjs (a thrown origin answered by the same internalError), and a fake clock drives freshness.

/**
 * How the origin writes, as Next.js does in its different paths: `stream` (setHeader, write, later end),
 * `flush` (setHeader, flushHeaders, write, later end: a streamed route handler body), `writeHead`
 * (writeHead with the headers, then end), `end` (setHeader, end with the whole body); `throw`: the
 * request handler rejects before writing anything (serve.mjs's catch).
 */
type TStyle = "stream" | "flush" | "writeHead" | "end" | "throw";
type TOrigin = { status?: number; headers?: Record<string, string>; body?: string; style?: TStyle; delayMs?: number };
type TReply = { status: number; headers: IncomingMessage["headers"]; body: Buffer };

let server: Server | null = null;
afterEach(() => {
  server?.closeAllConnections();
  server?.close();
  server = null;
});

async function setup(answer: (req: IncomingMessage) => TOrigin, options: { maxBytes?: number; compress?: boolean } = {}) {
  let clock = 1_000_000;
  const front = createFrontCache({ maxBytes: options.maxBytes, now: () => clock });
  const seen: IncomingMessage["headers"][] = [];
  // Next.js's own compression middleware, which wraps the response's methods again on top of the cache's.
  const compress = options.compress ? (createRequire(import.meta.url)("next/dist/compiled/compression") as () => (req: IncomingMessage, res: ServerResponse, next: () => void) => void)() : null;
  const origin = async (req: IncomingMessage, res: ServerResponse) => {
    seen.push({ ...req.headers });
    compress?.(req, res, () => {});
    const a = answer(req);
    if (a.delayMs) await new Promise((r) => setTimeout(r, a.delayMs));
    if (a.style === "throw") throw new Error("the request handler failed");
    const status = a.status ?? 200;
    const headers = { "content-type": "text/html; charset=utf-8", "cache-control": "public, max-age=60, stale-while-revalidate=600", vary: "rsc, Accept-Encoding", ...a.headers };
    const body = a.body ?? `<p>${req.url}</p>`.repeat(200);
    if (a.style === "writeHead") {
      res.writeHead(status, headers);
      res.end(body);
      return;
    }
    res.statusCode = status;
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    if (a.style === "end") {
      res.end(body);
      return;
    }
    if (a.style === "flush") res.flushHeaders();
    res.write(body.slice(0, 10));
    setTimeout(() => res.end(body.slice(10)), 5);
  };
  server = createServer((req, res) => {
    res.setHeader("Strict-Transport-Security", "max-age=31536000"); // set before the cache, as scripts/serve.mjs does
    if (!front.serve(req, res)) origin(req, res).catch(() => internalError(res));
  });
  await new Promise<void>((r) => server!.listen(0, "127.0.0.1", r));
  const port = (server.address() as AddressInfo).port;
  const get = (path: string, headers: Record<string, string> = {}, method = "GET", timeoutMs?: number) =>
    new Promise<TReply>((resolve, reject) => {
      const req = httpRequest({ host: "127.0.0.1", port, path, method, headers, timeout: timeoutMs }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on("timeout", () => req.destroy(new Error("timeout")));
      req.on("error", reject);
      req.end();
    });
  return { front, seen, get, tick: (seconds: number) => (clock += seconds * 1000) };
}

const compressed = async (front: { stats: { bytes: number } }, before: number) => {
  for (let i = 0; i < 200 && front.stats.bytes === before; i++) await new Promise((r) => setTimeout(r, 10));
};

describe("front cache: what it replays", () => {
  it("answers a public 200 from memory after the first request, byte for byte, with its headers and an Age", async () => {
    const { seen, get, tick } = await setup(() => ({ headers: { "content-security-policy": "script-src 'none'", etag: '"v1"' } }));
    const first = await get("/p/boutique");
    tick(7);
    const again = await Promise.all([1, 2, 3, 4].map(() => get("/p/boutique")));
    expect(seen).toHaveLength(1);
    for (const r of again) {
      expect(r.status).toBe(200);
      expect(r.body.equals(first.body)).toBe(true);
      expect(r.headers["content-security-policy"]).toBe("script-src 'none'");
      expect(r.headers.etag).toBe('"v1"');
      expect(r.headers.age).toBe("7");
      expect(r.headers["content-length"]).toBe(String(first.body.length));
    }
  });

  it("asks the origin for the full uncompressed answer, then serves brotli, gzip or identity by Accept-Encoding", async () => {
    const { front, seen, get } = await setup(() => ({}));
    const first = await get("/api/p/boutique", { "accept-encoding": "gzip, br", "if-none-match": '"old"' });
    expect(seen[0]!["accept-encoding"]).toBeUndefined();
    expect(seen[0]!["if-none-match"]).toBeUndefined();
    expect(first.headers["content-encoding"]).toBeUndefined();
    await compressed(front, front.stats.bytes);
    const br = await get("/api/p/boutique", { "accept-encoding": "gzip, deflate, br" });
    const gz = await get("/api/p/boutique", { "accept-encoding": "gzip;q=1, br;q=0" });
    const plain = await get("/api/p/boutique");
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.body).equals(first.body)).toBe(true);
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).equals(first.body)).toBe(true);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.equals(first.body)).toBe(true);
    expect(br.body.length).toBeLessThan(first.body.length / 5);
    expect(br.headers.vary).toContain("accept-encoding");
    expect(seen).toHaveLength(1);
  });

  it("answers 304 without a body to a matching If-None-Match, 200 otherwise; HEAD gets headers only", async () => {
    const { seen, get } = await setup(() => ({ headers: { etag: '"abc"' } }));
    await get("/p/boutique/v/1");
    const notModified = await get("/p/boutique/v/1", { "if-none-match": 'W/"zzz", "abc"' });
    expect(notModified.status).toBe(304);
    expect(notModified.body.length).toBe(0);
    expect(notModified.headers.etag).toBe('"abc"');
    expect(notModified.headers["cache-control"]).toContain("max-age=60");
    expect((await get("/p/boutique/v/1", { "if-none-match": '"autre"' })).status).toBe(200);
    const head = await get("/p/boutique/v/1", {}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(seen).toHaveLength(1);
  });

  it("honours Vary: a request with another value of a varied header is a separate entry", async () => {
    const { seen, get } = await setup((req) => ({ body: `rsc=${req.headers.rsc ?? "non"}` }));
    expect((await get("/p/boutique")).body.toString()).toBe("rsc=non");
    expect((await get("/p/boutique", { rsc: "1" })).body.toString()).toBe("rsc=1");
    expect((await get("/p/boutique")).body.toString()).toBe("rsc=non");
    expect((await get("/p/boutique", { rsc: "1" })).body.toString()).toBe("rsc=1");
    expect(seen).toHaveLength(2);
  });
});

describe("front cache: what it never stores", () => {
  const cases: [string, TOrigin, string?, string?][] = [
    ["a 404", { status: 404 }],
    ["a 410", { status: 410 }],
    ["a 301", { status: 301, headers: { location: "/p/ailleurs" } }],
    ["a private answer", { headers: { "cache-control": "private, max-age=60" } }],
    ["a no-store answer", { headers: { "cache-control": "no-store" } }],
    ["an answer not marked public", { headers: { "cache-control": "max-age=60" } }],
    ["an answer with max-age=0", { headers: { "cache-control": "public, max-age=0" } }],
    ["an answer that sets a cookie", { headers: { "set-cookie": "a=b" } }],
    ["an answer varying on everything", { headers: { vary: "*" } }],
    ["an app page (not a hosted policy)", {}, "/tableau-de-bord"],
    ["a look-alike path", {}, "/pp/boutique"],
    ["an upper-case slug (not a slug)", {}, "/p/Boutique"],
  ];
  for (const [what, answer, path = "/p/boutique"] of cases) {
    it(`${what}: every request reaches the origin`, async () => {
      const { seen, get } = await setup(() => answer);
      await get(path);
      await get(path);
      expect(seen).toHaveLength(2);
    });
  }

  it("a POST, or a HEAD on a miss, always reaches the origin and stores nothing", async () => {
    const { seen, get } = await setup(() => ({}));
    await get("/api/p/boutique", {}, "POST");
    await get("/api/p/boutique", {}, "HEAD");
    await get("/api/p/boutique", {}, "HEAD");
    expect(seen).toHaveLength(3);
  });
});

describe("front cache: freshness and invalidation", () => {
  it("past max-age, one request refreshes through the origin while the others get the stale copy", async () => {
    let version = 1;
    const { seen, get, tick } = await setup(() => ({ body: `v${version}` }));
    await get("/p/boutique");
    version = 2;
    tick(59);
    expect((await get("/p/boutique")).body.toString()).toBe("v1");
    tick(2); // 61 s: stale, within stale-while-revalidate
    const [refresh, stale] = await Promise.all([get("/p/boutique"), get("/p/boutique")]);
    expect(refresh.body.toString()).toBe("v2");
    expect(stale.body.toString()).toBe("v1");
    expect(seen).toHaveLength(2);
    expect((await get("/p/boutique")).body.toString()).toBe("v2");
    expect(seen).toHaveLength(2);
  });

  it("a refresh that ends in 410 drops the stale copy: the page is never replayed after withdrawal", async () => {
    let status = 200;
    const { seen, get, tick } = await setup(() => ({ status }));
    await get("/p/boutique");
    status = 410;
    tick(61);
    expect((await get("/p/boutique")).status).toBe(410);
    expect((await get("/p/boutique")).status).toBe(410);
    expect(seen).toHaveLength(3);
  });

  it("never keeps an answer more than MAX_TTL_S past its storing, whatever its Cache-Control says", async () => {
    const { seen, get, tick } = await setup(() => ({ headers: { "cache-control": "public, max-age=31536000, immutable" } }));
    await get("/p/boutique/v/1.pdf");
    tick(299);
    await get("/p/boutique/v/1.pdf");
    expect(seen).toHaveLength(1);
    tick(2);
    await get("/p/boutique/v/1.pdf");
    expect(seen).toHaveLength(2);
  });

  it("invalidate(slug) drops every page of that slug at once, and only those", async () => {
    const { front, seen, get } = await setup(() => ({}));
    for (const p of ["/p/boutique", "/p/boutique/v/1", "/api/p/boutique", "/p/autre"]) await get(p);
    front.invalidate(["boutique"]);
    for (const p of ["/p/boutique", "/p/boutique/v/1", "/api/p/boutique", "/p/autre"]) await get(p);
    expect(seen.length).toBe(7);
  });

  it("an answer produced while its slug was invalidated is not stored", async () => {
    let publishDuringFirst: (() => void) | null = null;
    const { front, seen, get } = await setup(() => {
      publishDuringFirst?.(); // the origin has started answering; a publish lands before it ends
      publishDuringFirst = null;
      return {};
    });
    publishDuringFirst = () => front.invalidate(["boutique"]);
    await get("/p/boutique");
    await get("/p/boutique");
    await get("/p/boutique");
    expect(seen).toHaveLength(2);
  });

  it("stays within its memory bound, dropping the least recently used first", async () => {
    const body = "x".repeat(400); // under 1 KB: not compressed, 400 bytes an entry
    const { front, seen, get } = await setup(() => ({ body }), { maxBytes: 1000 });
    await get("/p/a");
    await get("/p/b");
    await get("/p/a"); // a is now the most recently used
    await get("/p/c"); // 1,200 bytes: b goes
    expect(front.stats.bytes).toBeLessThanOrEqual(1000);
    await get("/p/a");
    await get("/p/c");
    expect(seen).toHaveLength(3);
    await get("/p/b");
    expect(seen).toHaveLength(4);
  });
});

describe("front cache: stale-if-error, the last good copy while the origin fails", () => {
  // CURRENT: max-age=60, stale-while-revalidate=600 (kept 300 s), stale-if-error=86400. Stored at 0 s: fresh until
  // 60 s, replayed while refreshed until 360 s, kept to stand in for failures until 86,460 s.
  const GOOD: TOrigin = { headers: { "cache-control": CURRENT, etag: '"v1"' }, body: "<p>Politique v1</p>".repeat(100) };
  const DOWN: TOrigin = { status: 503, headers: { "cache-control": "no-store", "retry-after": "30" }, body: "<p>Service momentanément indisponible</p>" };
  /** An origin whose answer the test switches: good, failing, or anything else. */
  async function switchable(options: { compress?: boolean; maxBytes?: number } = {}) {
    const state = { answer: GOOD };
    const t = await setup(() => state.answer, options);
    return { ...t, state };
  }

  const failures: [string, TOrigin][] = [
    ["a 500 streamed (setHeader, write, later end)", { status: 500, style: "stream" }],
    ["a 502 written with writeHead", { status: 502, style: "writeHead" }],
    ["a 503 with Retry-After and no-store, headers flushed before a streamed body (as Next.js sends a route handler's Response)", { ...DOWN, style: "flush" }],
    ["a 504 ended in one call", { status: 504, style: "end" }],
    ["a request handler that throws (serve.mjs's internalError answers 500)", { style: "throw" }],
  ];
  for (const [what, failure] of failures) {
    it(`${what}, past the copy's freshness and stale-while-revalidate window: the client gets the copy (200, its headers, Age), nothing of the failure`, async () => {
      const { front, seen, get, tick, state } = await switchable();
      const good = await get("/p/boutique");
      state.answer = failure;
      tick(400);
      const r = await get("/p/boutique");
      expect(seen).toHaveLength(2); // the failure did come from the origin
      expect(r.status).toBe(200);
      expect(r.body.equals(good.body)).toBe(true);
      expect(r.headers.etag).toBe('"v1"');
      expect(r.headers["cache-control"]).toBe(CURRENT);
      expect(r.headers["content-type"]).toBe("text/html; charset=utf-8");
      expect(r.headers["content-length"]).toBe(String(good.body.length));
      expect(r.headers["strict-transport-security"]).toBe("max-age=31536000");
      expect(r.headers.age).toBe("400");
      expect(r.headers["retry-after"]).toBeUndefined();
      expect(front.stats.staleOnError).toBe(1);
    });
  }

  it("within stale-while-revalidate, the one request refreshing the copy gets it too when the origin fails", async () => {
    const { seen, get, tick, state } = await switchable();
    const good = await get("/p/boutique");
    state.answer = { ...DOWN, delayMs: 30 };
    tick(61);
    const [refresh, other] = await Promise.all([get("/p/boutique"), get("/p/boutique")]);
    expect(seen).toHaveLength(2);
    for (const r of [refresh, other]) {
      expect(r.status).toBe(200);
      expect(r.body.equals(good.body)).toBe(true);
    }
  });

  it("is kept across failing refreshes for hours: while the origin fails, one request at a time asks it and the others get the copy at once", async () => {
    const { front, seen, get, tick, state } = await switchable();
    const good = await get("/p/boutique");
    state.answer = { ...DOWN, delayMs: 100 };
    tick(400);
    expect((await get("/p/boutique")).status).toBe(200);
    expect(seen).toHaveLength(2);
    const started = Date.now();
    const burst = await Promise.all([1, 2, 3, 4, 5, 6].map(() => get("/p/boutique")));
    expect(seen).toHaveLength(3); // one of the six asked the origin again
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
    for (const r of burst) {
      expect(r.status).toBe(200);
      expect(r.body.equals(good.body)).toBe(true);
    }
    for (let hour = 1; hour <= 3; hour++) {
      tick(3600);
      const r = await get("/p/boutique");
      expect(r.status).toBe(200);
      expect(r.body.equals(good.body)).toBe(true);
    }
    expect(seen).toHaveLength(6);
    expect(front.stats.staleOnError).toBe(5);
  });

  it("past its stale-while-revalidate window, one request refreshes the copy and the others get it at once: no crowd waits on a frozen database", async () => {
    const { seen, get, tick, state } = await switchable();
    const good = await get("/p/boutique/v/1");
    state.answer = { ...DOWN, delayMs: 800 }; // a refresh waiting for the database's timeouts
    tick(400);
    const done: number[] = [];
    const started = Date.now();
    const all = await Promise.all([1, 2, 3, 4, 5, 6].map(() => get("/p/boutique/v/1").then((r) => (done.push(Date.now() - started), r))));
    expect(seen).toHaveLength(2);
    for (const r of all) {
      expect(r.status).toBe(200);
      expect(r.body.equals(good.body)).toBe(true);
    }
    expect(done.filter((ms) => ms < 600)).toHaveLength(5); // only the refreshing request waited
  });

  it("is replaced by the first good answer once the origin recovers, which is then served fresh from memory", async () => {
    const { seen, get, tick, state } = await switchable();
    await get("/p/boutique");
    state.answer = DOWN;
    tick(400);
    expect((await get("/p/boutique")).body.toString()).toContain("Politique v1");
    state.answer = { ...GOOD, body: "<p>Politique v2</p>" };
    expect((await get("/p/boutique")).body.toString()).toBe("<p>Politique v2</p>");
    state.answer = DOWN;
    const fresh = await get("/p/boutique");
    expect(fresh.body.toString()).toBe("<p>Politique v2</p>");
    expect(fresh.headers.age).toBe("0");
    expect(seen).toHaveLength(3);
  });

  it("is never served after invalidate(): a withdrawal or publish takes effect even while the origin fails", async () => {
    const { front, get, tick, state } = await switchable();
    await get("/p/boutique");
    await get("/p/boutique/v/1");
    state.answer = DOWN;
    tick(400);
    expect((await get("/p/boutique")).status).toBe(200); // failing, answered from the copy
    front.invalidate(["boutique"]);
    for (const path of ["/p/boutique", "/p/boutique/v/1"]) {
      const r = await get(path);
      expect(r.status).toBe(503);
      expect(r.body.toString()).toContain("indisponible");
      expect(r.headers["retry-after"]).toBe("30");
    }
  });

  it("after a publish (invalidate with keepForErrors) the previous copy is never replayed, even fresh, but stands in when the origin then fails; a withdrawal still drops it", async () => {
    const { front, get, state, seen } = await switchable();
    await get("/p/boutique");
    front.invalidate(["boutique"], { keepForErrors: true });
    state.answer = { ...GOOD, body: "<p>Politique v2</p>" };
    expect((await get("/p/boutique")).body.toString()).toBe("<p>Politique v2</p>"); // not the fresh v1 copy
    expect(seen).toHaveLength(2);
    front.invalidate(["boutique"], { keepForErrors: true });
    state.answer = DOWN;
    const during = await get("/p/boutique");
    expect(during.status).toBe(200);
    expect(during.body.toString()).toBe("<p>Politique v2</p>"); // the database died right after the publish
    expect((await get("/p/boutique")).status).toBe(200);
    front.invalidate(["boutique"]);
    expect((await get("/p/boutique")).status).toBe(503);
  });

  it("is not served when the slug is invalidated while the failing refresh is under way", async () => {
    let invalidate: (() => void) | null = null;
    const { front, get, tick } = await setup((req) => {
      if (req.headers["x-test-phase"] !== "down") return GOOD;
      invalidate?.(); // the origin has started answering; a withdrawal lands before it fails
      return DOWN;
    });
    invalidate = () => front.invalidate(["boutique"]);
    await get("/p/boutique");
    tick(400);
    expect((await get("/p/boutique", { "x-test-phase": "down" })).status).toBe(503);
  });

  it("is not served past its stale-if-error window, which is capped at a day", async () => {
    const { seen, get, tick, state } = await switchable();
    state.answer = { ...GOOD, headers: { "cache-control": "public, max-age=60, stale-if-error=604800" } };
    await get("/p/boutique");
    state.answer = DOWN;
    tick(60 + MAX_STALE_IF_ERROR_S - 1);
    expect((await get("/p/boutique")).status).toBe(200);
    tick(2);
    const late = await get("/p/boutique");
    expect(late.status).toBe(503);
    expect(late.body.toString()).toContain("indisponible");
    expect(seen).toHaveLength(3);
  });

  it("an answer without stale-if-error is not used past its freshness: the failure goes through as before", async () => {
    const { get, tick, state } = await switchable();
    state.answer = { ...GOOD, headers: { "cache-control": "public, max-age=60, stale-while-revalidate=600" } };
    await get("/p/boutique");
    await get("/p/autre");
    state.answer = DOWN;
    tick(61); // within stale-while-revalidate: the refresh's failure drops the copy
    expect((await get("/p/boutique")).status).toBe(503);
    expect((await get("/p/boutique")).status).toBe(503);
    tick(400);
    expect((await get("/p/autre")).status).toBe(503);
  });

  it("an immutable version (kept fresh 300 s at most, no stale-while-revalidate) is answered from its copy when the origin fails later", async () => {
    const { seen, get, tick, state } = await switchable();
    state.answer = { ...GOOD, headers: { "cache-control": IMMUTABLE, "content-type": "application/pdf" }, body: "%PDF-1.7 politique" };
    await get("/p/boutique/v/1.pdf");
    state.answer = { style: "throw" };
    tick(301);
    const r = await get("/p/boutique/v/1.pdf");
    expect(r.status).toBe(200);
    expect(r.body.toString()).toBe("%PDF-1.7 politique");
    expect(r.headers["content-type"]).toBe("application/pdf");
    expect(seen).toHaveLength(2);
  });

  const dropping: [string, TOrigin][] = [
    ["404", { status: 404, body: "introuvable" }],
    ["410", { status: 410, body: "retirée" }],
    ["301", { status: 301, headers: { location: "/p/nouvelle-adresse" }, body: "" }],
    ["200 that may not be stored", { headers: { "cache-control": "no-store" }, body: "privé" }],
  ];
  for (const [what, answer] of dropping) {
    it(`a refresh answered ${what} drops the copy: a failure afterwards is not covered by it`, async () => {
      const { get, tick, state } = await switchable();
      await get("/p/boutique");
      tick(400);
      state.answer = answer;
      expect((await get("/p/boutique")).status).toBe(answer.status ?? 200);
      state.answer = DOWN;
      expect((await get("/p/boutique")).status).toBe(503);
    });
  }

  it("a HEAD gets the copy's headers, a matching If-None-Match a 304, and gzip its gzip body while the origin fails", async () => {
    const { front, get, tick, state } = await switchable();
    await get("/p/boutique");
    await compressed(front, front.stats.bytes);
    state.answer = DOWN;
    tick(400);
    const head = await get("/p/boutique", {}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers.etag).toBe('"v1"');
    const conditional = await get("/p/boutique", { "if-none-match": '"v1"' });
    expect(conditional.status).toBe(304);
    expect(conditional.headers.etag).toBe('"v1"');
    const gzipped = await get("/p/boutique", { "accept-encoding": "gzip" });
    expect(gzipped.status).toBe(200);
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzipped.body).toString()).toContain("Politique v1");
  });

  it("a client that gives up before the failure arrives leaves the copy in place for the next one", async () => {
    const { get, tick, state } = await switchable();
    const good = await get("/p/boutique");
    state.answer = { ...DOWN, delayMs: 150 };
    tick(400);
    await expect(get("/p/boutique", {}, "GET", 30)).rejects.toThrow("timeout");
    await new Promise((r) => setTimeout(r, 200)); // the origin's failure lands on the closed response
    const r = await get("/p/boutique");
    expect(r.status).toBe(200);
    expect(r.body.equals(good.body)).toBe(true);
  });

  it("works behind Next.js's compression middleware, which wraps the response's methods on top of the cache's", async () => {
    const { seen, get, tick, state } = await switchable({ compress: true });
    const good = await get("/p/boutique");
    expect(good.headers["content-encoding"]).toBeUndefined();
    expect((await get("/p/boutique")).body.equals(good.body)).toBe(true);
    expect(seen).toHaveLength(1);
    for (const style of ["flush", "writeHead", "stream"] as const) {
      state.answer = { ...DOWN, style };
      tick(400);
      const r = await get("/p/boutique");
      expect(r.status).toBe(200);
      expect(r.body.equals(good.body)).toBe(true);
      expect(r.headers["retry-after"]).toBeUndefined();
    }
    state.answer = { ...GOOD, body: "<p>Politique v2</p>".repeat(100) };
    tick(1);
    expect((await get("/p/boutique")).body.toString()).toContain("Politique v2");
    expect((await get("/p/boutique")).body.toString()).toContain("Politique v2");
    expect(seen).toHaveLength(5);
  });

  it("stale copies count in the memory bound: the least recently used goes first, and its failures are then the origin's", async () => {
    const { get, tick, state } = await switchable({ maxBytes: 1000 });
    state.answer = { ...GOOD, body: "x".repeat(400) };
    await get("/p/a");
    await get("/p/b");
    state.answer = DOWN;
    tick(400);
    expect((await get("/p/a")).status).toBe(200); // a, answered from its copy, is now the most recently used
    state.answer = { ...GOOD, body: "y".repeat(400) };
    await get("/p/c"); // 1,200 bytes: b goes
    state.answer = DOWN;
    tick(400);
    expect((await get("/p/a")).status).toBe(200);
    expect((await get("/p/b")).status).toBe(503);
  });
});

describe("front cache: header parsing", () => {
  it("pickEncoding prefers br, then gzip, honours q=0 and *", () => {
    expect(pickEncoding(undefined)).toBeNull();
    expect(pickEncoding("gzip, deflate, br")).toBe("br");
    expect(pickEncoding("gzip")).toBe("gzip");
    expect(pickEncoding("br;q=0, gzip;q=0.5")).toBe("gzip");
    expect(pickEncoding("identity")).toBeNull();
    expect(pickEncoding("*")).toBe("br");
    expect(pickEncoding("*, br;q=0")).toBe("gzip");
  });

  it("sharedTtl and staleTtl read public answers only and cap both at 300 s", () => {
    expect(sharedTtl("public, max-age=60, stale-while-revalidate=600")).toBe(60);
    expect(staleTtl("public, max-age=60, stale-while-revalidate=600")).toBe(300);
    expect(sharedTtl("public, s-maxage=10, max-age=60")).toBe(10);
    expect(sharedTtl("public, max-age=31536000, immutable")).toBe(300);
    expect(sharedTtl("private, max-age=60")).toBe(0);
    expect(sharedTtl("public, no-cache")).toBe(0);
    expect(sharedTtl("max-age=60")).toBe(0);
    expect(sharedTtl(undefined)).toBe(0);
  });

  it("staleIfErrorTtl reads stale-if-error and caps it at a day; the hosted pages' current and immutable answers carry a day", () => {
    expect(staleIfErrorTtl("public, max-age=60, stale-if-error=600")).toBe(600);
    expect(staleIfErrorTtl("public, max-age=60, stale-if-error=604800")).toBe(86_400);
    expect(staleIfErrorTtl("public, max-age=60, stale-while-revalidate=600")).toBe(0);
    expect(staleIfErrorTtl(undefined)).toBe(0);
    expect(MAX_STALE_IF_ERROR_S).toBe(86_400);
    expect(staleIfErrorTtl(CURRENT)).toBe(86_400);
    expect(staleIfErrorTtl(IMMUTABLE)).toBe(86_400);
    expect(sharedTtl(CURRENT)).toBe(60);
    expect(staleTtl(CURRENT)).toBe(300);
  });

  it("varyNames drops Accept-Encoding, sorts, and refuses Vary: *", () => {
    expect(varyNames("rsc, Next-Router-State-Tree, Accept-Encoding")).toEqual(["next-router-state-tree", "rsc"]);
    expect(varyNames(undefined)).toEqual([]);
    expect(varyNames("Origin, *")).toBeNull();
  });
});
