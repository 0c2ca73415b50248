import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { createFrontCache, pickEncoding, sharedTtl, staleTtl, varyNames } from "../../scripts/lib/front-cache.mjs";

// The hosted pages' response cache (scripts/lib/front-cache.mjs), over real HTTP: an origin handler
// plays Next.js (headers set one by one, body written in chunks), the cache sits in front of it as in
// scripts/serve.mjs, and a fake clock drives freshness.

type TOrigin = { status?: number; headers?: Record<string, string>; body?: string };
type TReply = { status: number; headers: IncomingMessage["headers"]; body: Buffer };

let server: Server | null = null;
afterEach(() => {
  server?.closeAllConnections();
  server?.close();
  server = null;
});

async function setup(answer: (req: IncomingMessage) => TOrigin, options: { maxBytes?: number } = {}) {
  let clock = 1_000_000;
  const front = createFrontCache({ ...options, now: () => clock });
  const seen: IncomingMessage["headers"][] = [];
  const origin = (req: IncomingMessage, res: ServerResponse) => {
    seen.push({ ...req.headers });
    const a = answer(req);
    res.statusCode = a.status ?? 200;
    const headers = { "content-type": "text/html; charset=utf-8", "cache-control": "public, max-age=60, stale-while-revalidate=600", vary: "rsc, Accept-Encoding", ...a.headers };
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    const body = a.body ?? `<p>${req.url}</p>`.repeat(200);
    res.write(body.slice(0, 10));
    setTimeout(() => res.end(body.slice(10)), 5);
  };
  server = createServer((req, res) => {
    if (!front.serve(req, res)) origin(req, res);
  });
  await new Promise<void>((r) => server!.listen(0, "127.0.0.1", r));
  const port = (server.address() as AddressInfo).port;
  const get = (path: string, headers: Record<string, string> = {}, method = "GET") =>
    new Promise<TReply>((resolve, reject) => {
      const req = httpRequest({ host: "127.0.0.1", port, path, method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      });
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

  it("varyNames drops Accept-Encoding, sorts, and refuses Vary: *", () => {
    expect(varyNames("rsc, Next-Router-State-Tree, Accept-Encoding")).toEqual(["next-router-state-tree", "rsc"]);
    expect(varyNames(undefined)).toEqual([]);
    expect(varyNames("Origin, *")).toBeNull();
  });
});
