// The hosted policies' response cache, in front of Next.js in the same process (scripts/serve.mjs).
//
// A hosted page is the same bytes for everyone until its owner publishes, withdraws or moves it, so the
// first response Next.js produces for a public URL (/p/… and /api/p/…) is kept in memory and replayed,
// without going through Next.js's router again: a shared HTTP cache, as a CDN would be, honouring what
// the route handler said about its response:
//   - only 200 answers to GET, marked `public`, without Set-Cookie;
//   - honouring Vary: a response is replayed only to requests with the same values of the headers it
//     varies on (Next.js marks every response as varying on its router headers, which a browser
//     reading a policy does not send) — Accept-Encoding aside, which this cache handles itself;
//   - kept for the response's max-age (s-maxage first), never longer than MAX_TTL_S, with an `Age`
//     header so that browsers do not keep it past the freshness the route handler gave it; then, within
//     its stale-while-revalidate window, replayed while a single request refreshes it through Next.js;
//   - dropped at once when the app invalidates the slug (publish, withdrawal, address change, deletion:
//     lib/server/public/cache.ts calls `invalidate` through globalThis); a response that was being
//     produced while its slug was invalidated is not stored;
//   - compressed once (gzip and brotli, off the main thread) and served by Accept-Encoding;
//   - answered 304 on a matching If-None-Match;
//   - bounded in memory, least recently used first out.
// With several server processes, another process's publish reaches this one after MAX_TTL_S at worst,
// the same safety net as the app's own index cache.
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

const PUBLIC_URL = /^\/(?:api\/)?p\/([a-z0-9-]{1,80})(?:[/?]|$)/;
export const MAX_TTL_S = 300;
const MAX_ENTRY_BYTES = 8 * 2 ** 20;
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|atom\+xml|xml|javascript))/;
// Hop-by-hop or recomputed on every reply.
const NOT_REPLAYED = new Set(["connection", "keep-alive", "transfer-encoding", "date", "content-length", "content-encoding", "age"]);
const MAX_URLS = 10_000;
const NOT_IN_304 = new Set(["content-type", "content-disposition", "content-length", "content-language"]);
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Which of our encodings the client takes, best first: "br", "gzip" or null (identity). */
export function pickEncoding(acceptEncoding) {
  if (!acceptEncoding) return null;
  const accepted = new Map();
  for (const part of String(acceptEncoding).split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)).find(Boolean);
    accepted.set(name.trim(), q ? Number(q[1]) : 1);
  }
  const ok = (name) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  if (ok("br")) return "br";
  if (ok("gzip")) return "gzip";
  return null;
}

/** The freshness in seconds a response allows a shared cache, or 0 when it must not be stored. */
export function sharedTtl(cacheControl) {
  const cc = String(cacheControl ?? "").toLowerCase();
  if (!/(?:^|,)\s*public\s*(?:,|$)/.test(cc) || /\b(?:private|no-store|no-cache)\b/.test(cc)) return 0;
  const age = /\bs-maxage=(\d+)/.exec(cc) ?? /\bmax-age=(\d+)/.exec(cc);
  return age ? Math.min(Number(age[1]), MAX_TTL_S) : 0;
}

/** How long past its freshness a response may still be replayed while it is refreshed, in seconds. */
export function staleTtl(cacheControl) {
  const swr = /\bstale-while-revalidate=(\d+)/.exec(String(cacheControl ?? "").toLowerCase());
  return swr ? Math.min(Number(swr[1]), MAX_TTL_S) : 0;
}

/** The request headers a response varies on, Accept-Encoding aside; null for `Vary: *` (never replayed). */
export function varyNames(vary) {
  const names = String(vary ?? "").toLowerCase().split(",").map((v) => v.trim()).filter((v) => v && v !== "accept-encoding");
  return names.includes("*") ? null : [...new Set(names)].sort();
}

const variantKey = (url, names, headers) => `${url}\n${names.map((n) => String(headers[n] ?? "")).join("\n")}`;

function etagMatches(header, etag) {
  if (!header || !etag) return;
  if (header.trim() === "*") return true;
  return header.split(",").some((t) => t.trim().replace(/^W\//, "") === etag);
}

/**
 * @param {{ maxBytes?: number, now?: () => number }} [options]
 */
export function createFrontCache({ maxBytes = 64 * 2 ** 20, now = Date.now } = {}) {
  /** @type {Map<string, { slug: string, headers: Record<string, string | string[]>, etag?: string, bodies: Record<string, Buffer>, storedAt: number, expires: number, bytes: number }>} */
  const entries = new Map();
  /** For each URL stored, the request headers its response varies on. */
  const variesOn = new Map();
  /** Invalidations per slug, so that a response produced across an invalidation is not stored. */
  const generations = new Map();
  const stats = { hits: 0, misses: 0, bytes: 0 };

  function remove(key) {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    stats.bytes -= entry.bytes;
  }

  /**
   * The entry to replay for `key`, or null to ask Next.js. Past its freshness but within its
   * stale-while-revalidate window, one request goes to Next.js to refresh it while the others are
   * still answered from it.
   */
  function lookup(key) {
    const entry = entries.get(key);
    if (!entry) return null;
    const t = now();
    if (entry.expires <= t) {
      if (t >= entry.staleUntil) {
        remove(key);
        return null;
      }
      if (!entry.refreshing) {
        entry.refreshing = true;
        return null;
      }
    }
    entries.delete(key); // least recently used order: move to the end
    entries.set(key, entry);
    return entry;
  }

  function account(entry, body) {
    entry.bytes += body.length;
    stats.bytes += body.length;
    for (const key of entries.keys()) {
      if (stats.bytes <= maxBytes) break;
      remove(key);
    }
  }

  function reply(req, res, entry) {
    const age = String(Math.max(0, Math.floor((now() - entry.storedAt) / 1000)));
    if (etagMatches(req.headers["if-none-match"], entry.etag)) {
      const headers = Object.fromEntries(Object.entries(entry.headers).filter(([k]) => !NOT_IN_304.has(k)));
      res.writeHead(304, { ...headers, Age: age });
      res.end();
      return;
    }
    const encoding = pickEncoding(req.headers["accept-encoding"]);
    const body = (encoding && entry.bodies[encoding]) || entry.bodies.identity;
    res.writeHead(200, {
      ...entry.headers,
      ...(body !== entry.bodies.identity ? { "Content-Encoding": encoding } : {}),
      "Content-Length": String(body.length),
      Age: age,
    });
    res.end(req.method === "HEAD" ? undefined : body);
  }

  function store(url, requestHeaders, slug, res, chunks) {
    if (res.statusCode !== 200) return;
    const headers = res.getHeaders();
    const ttl = sharedTtl(headers["cache-control"]);
    // No Content-Type means the headers went through writeHead's fast path and cannot be read back.
    if (ttl <= 0 || !headers["content-type"] || headers["set-cookie"] || headers["content-encoding"]) return;
    const names = varyNames(headers.vary);
    if (!names) return;
    const identity = Buffer.concat(chunks);
    if (identity.length > MAX_ENTRY_BYTES) return;
    const replayed = {};
    for (const [name, value] of Object.entries(headers)) if (!NOT_REPLAYED.has(name) && value !== undefined) replayed[name] = Array.isArray(value) ? value : String(value);
    replayed.vary = [...names, "accept-encoding"].join(", ");
    if (variesOn.size >= MAX_URLS && !variesOn.has(url)) variesOn.delete(variesOn.keys().next().value);
    variesOn.set(url, names);
    const key = variantKey(url, names, requestHeaders);
    const storedAt = now();
    const expires = storedAt + ttl * 1000;
    const entry = {
      slug, headers: replayed, etag: headers.etag ? String(headers.etag) : undefined, bodies: { identity },
      storedAt, expires, staleUntil: expires + staleTtl(headers["cache-control"]) * 1000, refreshing: false, bytes: 0,
    };
    remove(key);
    entries.set(key, entry);
    account(entry, identity);
    if (identity.length >= 1024 && COMPRESSIBLE.test(String(headers["content-type"] ?? ""))) {
      void Promise.all([
        brotli(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length } }),
        gzipAsync(identity, { level: 9 }),
      ]).then(([br, gz]) => {
        if (entries.get(key) !== entry) return; // replaced, invalidated or evicted meanwhile
        entry.bodies.br = br;
        entry.bodies.gzip = gz;
        account(entry, Buffer.concat([br, gz]));
      }, () => {});
    }
  }

  /** Records what Next.js writes for `url`, and stores it when the response is complete. */
  function capture(req, res, url, slug, staleKey) {
    const generation = generations.get(slug) ?? 0;
    // A refresh that does not end in a storable answer (an error, a 410 once withdrawn elsewhere, an
    // aborted request) drops the stale copy it was refreshing rather than replaying it further.
    res.once("close", () => {
      if (staleKey && entries.get(staleKey)?.refreshing) remove(staleKey);
    });
    const requestHeaders = { ...req.headers };
    // Ask Next.js for the full, uncompressed response: this cache compresses and validates itself.
    delete req.headers["accept-encoding"];
    delete req.headers["if-none-match"];
    delete req.headers["if-modified-since"];
    const chunks = [];
    const collect = (chunk, encoding) => {
      if (chunk === undefined || chunk === null || typeof chunk === "function") return;
      chunks.push(typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : Buffer.from(chunk));
    };
    const write = res.write;
    const end = res.end;
    res.write = function (chunk, encoding, callback) {
      collect(chunk, encoding);
      return write.call(this, chunk, encoding, callback);
    };
    res.end = function (chunk, encoding, callback) {
      collect(chunk, encoding);
      res.write = write;
      res.end = end;
      if ((generations.get(slug) ?? 0) === generation) store(url, requestHeaders, slug, res, chunks);
      return end.call(this, chunk, encoding, callback);
    };
  }

  return {
    stats,
    /**
     * Answers a cached public URL and returns true; otherwise returns false, having arranged for
     * Next.js's response to a public URL to be stored.
     * @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res
     */
    serve(req, res) {
      if (req.method !== "GET" && req.method !== "HEAD") return;
      const url = req.url ?? "";
      const match = PUBLIC_URL.exec(url);
      if (!match) return;
      const names = variesOn.get(url);
      const key = names ? variantKey(url, names, req.headers) : null;
      const entry = key ? lookup(key) : null;
      if (entry) {
        stats.hits += 1;
        reply(req, res, entry);
        return true;
      }
      stats.misses += 1;
      if (req.method === "GET") capture(req, res, url, match[1], key);
      else if (key && entries.get(key)?.refreshing) entries.get(key).refreshing = false;
      return;
    },
    /** Drops everything stored under these slugs. */
    invalidate(slugs) {
      const set = new Set(slugs);
      for (const slug of set) generations.set(slug, (generations.get(slug) ?? 0) + 1);
      for (const [key, entry] of entries) if (set.has(entry.slug)) remove(key);
    },
  };
}
