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
//     its stale-while-revalidate window (capped at MAX_TTL_S too), replayed while a single request
//     refreshes it through Next.js;
//   - stale-if-error (issue 12, faults): within its `stale-if-error` window (capped at
//     MAX_STALE_IF_ERROR_S, one day), an expired copy is kept, and when the request that goes to Next.js
//     for it gets a failure — a 5xx, or Next.js throwing (serve.mjs answers 500 through `internalError`)
//     — the client receives that copy instead (200, its headers, its Age), nothing of the failure; the
//     copy stays, for the next requests, until a good answer replaces it or its window ends. As within
//     stale-while-revalidate, a single request at a time refreshes it, and the others get the copy
//     meanwhile — only for as long as that refresh takes (milliseconds, unless the database is frozen
//     and the refresh waits for lib/db.ts's timeouts: then no crowd of requests waits with it). So
//     hosted pages that were served before keep answering while the database is down. Any other answer
//     to a refresh (404, 410, 301, a 200 that may not be stored) drops the copy as before; a client that
//     goes away before the answer leaves it in place;
//   - dropped at once when the app invalidates the slug (publish, withdrawal, address change, deletion:
//     lib/server/public/cache.ts calls `invalidate` through globalThis), stale-if-error copies included:
//     a failure after an invalidation has nothing left to fall back on; a response that was being
//     produced while its slug was invalidated is not stored;
//   - compressed once (gzip and brotli, off the main thread) and served by Accept-Encoding;
//   - answered 304 on a matching If-None-Match;
//   - bounded in memory, least recently used first out (stale copies count in the same budget).
// With several server processes, another process's publish reaches this one after MAX_TTL_S at worst,
// the same safety net as the app's own index cache; another process's withdrawal, as soon as a refresh
// gets its 410 (a stale-if-error copy is replayed only when Next.js fails).
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

const PUBLIC_URL = /^\/(?:api\/)?p\/([a-z0-9-]{1,80})(?:[/?]|$)/;
export const MAX_TTL_S = 300;
/** The longest an expired answer is kept to stand in for Next.js's failures (stale-if-error). */
export const MAX_STALE_IF_ERROR_S = 86_400;
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

/** How long past its freshness a response may stand in for a failed refresh (stale-if-error), in seconds. */
export function staleIfErrorTtl(cacheControl) {
  const sie = /\bstale-if-error=(\d+)/.exec(String(cacheControl ?? "").toLowerCase());
  return sie ? Math.min(Number(sie[1]), MAX_STALE_IF_ERROR_S) : 0;
}

/** Whether Next.js's answer is a failure a stale copy may replace: 500, 502, 503, 504 and the other 5xx. */
const failed = (status) => status >= 500 && status <= 599;

/**
 * scripts/serve.mjs's answer when Next.js's request handler throws: a 500 — which `capture` replaces by a stale
 * copy when it holds one — or, when the response had already started, the connection cut.
 * @param {import("node:http").ServerResponse} res
 */
export function internalError(res) {
  if (!res.headersSent) {
    res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
    res.end("Erreur interne du serveur.");
  } else if (!res.writableEnded) res.destroy();
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
 * @typedef {{ slug: string, headers: Record<string, string | string[]>, etag?: string, bodies: Record<string, Buffer>, storedAt: number,
 *   expires: number, errorUntil: number, keepUntil: number, refreshing: boolean, superseded?: boolean, bytes: number }} TEntry
 */

/**
 * @param {{ maxBytes?: number, now?: () => number }} [options]
 */
export function createFrontCache({ maxBytes = 64 * 2 ** 20, now = Date.now } = {}) {
  /** @type {Map<string, TEntry>} */
  const entries = new Map();
  /** For each URL stored, the request headers its response varies on. */
  const variesOn = new Map();
  /** Invalidations per slug, so that a response produced across an invalidation is not stored. */
  const generations = new Map();
  /** hits: answered from memory; misses: passed to Next.js; staleOnError: failures of Next.js answered with a stale copy. */
  const stats = { hits: 0, misses: 0, staleOnError: 0, bytes: 0 };

  function remove(key) {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    stats.bytes -= entry.bytes;
  }

  /** Least recently used order: move to the end. */
  function touch(key, entry) {
    entries.delete(key);
    entries.set(key, entry);
  }

  function account(entry, body) {
    entry.bytes += body.length;
    stats.bytes += body.length;
    for (const key of entries.keys()) {
      if (stats.bytes <= maxBytes) break;
      remove(key);
    }
  }

  /**
   * Replays `entry` to a request with this method and these headers, through `io` (the response's own
   * writeHead and end, when other wrappers sit on them).
   */
  function reply(method, requestHeaders, res, entry, io = res) {
    const age = String(Math.max(0, Math.floor((now() - entry.storedAt) / 1000)));
    if (etagMatches(requestHeaders["if-none-match"], entry.etag)) {
      const headers = Object.fromEntries(Object.entries(entry.headers).filter(([k]) => !NOT_IN_304.has(k)));
      io.writeHead.call(res, 304, { ...headers, Age: age });
      io.end.call(res);
      return;
    }
    const encoding = pickEncoding(requestHeaders["accept-encoding"]);
    const body = (encoding && entry.bodies[encoding]) || entry.bodies.identity;
    io.writeHead.call(res, 200, {
      ...entry.headers,
      ...(body !== entry.bodies.identity ? { "Content-Encoding": encoding } : {}),
      "Content-Length": String(body.length),
      Age: age,
    });
    io.end.call(res, method === "HEAD" ? undefined : body);
  }

  /** Stores Next.js's complete answer when a shared cache may; returns whether it did. */
  function store(url, requestHeaders, slug, res, chunks) {
    if (res.statusCode !== 200) return false;
    const headers = res.getHeaders();
    const cacheControl = headers["cache-control"];
    const ttl = sharedTtl(cacheControl);
    // No Content-Type means the headers went through writeHead's fast path and cannot be read back.
    if (ttl <= 0 || !headers["content-type"] || headers["set-cookie"] || headers["content-encoding"]) return false;
    const names = varyNames(headers.vary);
    if (!names) return false;
    const identity = Buffer.concat(chunks);
    if (identity.length > MAX_ENTRY_BYTES) return false;
    const replayed = {};
    for (const [name, value] of Object.entries(headers)) if (!NOT_REPLAYED.has(name) && value !== undefined) replayed[name] = Array.isArray(value) ? value : String(value);
    replayed.vary = [...names, "accept-encoding"].join(", ");
    if (variesOn.size >= MAX_URLS && !variesOn.has(url)) variesOn.delete(variesOn.keys().next().value);
    variesOn.set(url, names);
    const key = variantKey(url, names, requestHeaders);
    const storedAt = now();
    const expires = storedAt + ttl * 1000;
    const staleUntil = expires + staleTtl(cacheControl) * 1000;
    const errorUntil = expires + staleIfErrorTtl(cacheControl) * 1000;
    /** @type {TEntry} */
    const entry = {
      slug, headers: replayed, etag: headers.etag ? String(headers.etag) : undefined, bodies: { identity },
      storedAt, expires, errorUntil, keepUntil: Math.max(staleUntil, errorUntil), refreshing: false, bytes: 0,
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
    return true;
  }

  /**
   * Watches what Next.js writes for `url`: stores a storable answer when it is complete; replaces a
   * failure by the copy held for the same request, if within its stale-if-error window; drops that copy
   * on any other answer. `previous` is what was held (expired) for this request when it arrived: this
   * request is the single one refreshing it.
   *
   * Next.js writes with setHeader/appendHeader, then writeHead or flushHeaders or the first write or
   * end (streamed bodies: flushHeaders, write…, end), and its compression middleware wraps these
   * methods again on top of ours. Everything that commits a status goes through writeHead, flushHeaders,
   * write or end, so these four decide, before anything reaches the socket: pass Next.js's answer on,
   * or answer with the stale copy and swallow the rest of the failure. They stay in place until the
   * response ends, then are put back if nothing was wrapped on top of them.
   * @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res
   * @param {string} url @param {string} slug
   * @param {{ key: string, entry: TEntry } | null} previous
   */
  function capture(req, res, url, slug, previous) {
    const refreshed = previous?.entry;
    const generation = generations.get(slug) ?? 0;
    const method = req.method;
    const requestHeaders = { ...req.headers };
    // Ask Next.js for the full, uncompressed response: this cache compresses and validates itself.
    delete req.headers["accept-encoding"];
    delete req.headers["if-none-match"];
    delete req.headers["if-modified-since"];
    // What was set before Next.js ran (scripts/serve.mjs's Strict-Transport-Security): a stale reply starts from it.
    const before = res.getHeaders();
    const original = { writeHead: res.writeHead, flushHeaders: res.flushHeaders, write: res.write, end: res.end };
    /** @type {null | "passed" | "stale"} */
    let outcome = null;
    const chunks = [];
    const collect = (chunk, encoding) => {
      if (method !== "GET" || chunk === undefined || chunk === null || typeof chunk === "function") return;
      chunks.push(typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : Buffer.from(chunk));
    };
    /** Calls the callback among these arguments, as a write that went nowhere. */
    const swallowed = (args) => {
      const callback = args.find((a) => typeof a === "function");
      if (callback) process.nextTick(callback);
    };

    /** The copy to answer with instead of a failure: the entry now held for this request, within its stale-if-error window. */
    function fallback() {
      const names = variesOn.get(url);
      if (!names) return null;
      const key = variantKey(url, names, requestHeaders);
      const entry = entries.get(key);
      // invalidate() removes a slug's entries at once (only a publish leaves them, superseded, for this very case).
      return entry && now() < entry.errorUntil ? { key, entry } : null;
    }

    /** Decided once, when Next.js first commits to a status. */
    function decide(status) {
      if (outcome) return outcome;
      const stale = failed(status) ? fallback() : null;
      if (!stale) return (outcome = "passed");
      outcome = "stale";
      stats.staleOnError += 1;
      touch(stale.key, stale.entry);
      if (!res.destroyed && !res.headersSent) {
        // Nothing of the failure: neither its status line nor its headers (Retry-After, no-store…).
        for (const name of res.getHeaderNames()) res.removeHeader(name);
        for (const [name, value] of Object.entries(before)) if (value !== undefined) res.setHeader(name, value);
        res.statusMessage = "";
        reply(method, requestHeaders, res, stale.entry, original);
      }
      return outcome;
    }

    /** Next.js's answer is complete and was passed on: store it, or drop the copy it was refreshing. */
    function completed() {
      if (refreshed) refreshed.refreshing = false;
      if (method === "GET" && (generations.get(slug) ?? 0) === generation && store(url, requestHeaders, slug, res, chunks)) return;
      // A HEAD's 200 says nothing against the copy; anything else (404, 410, 301, a 5xx past the
      // stale-if-error window, a 200 that may not be stored) does.
      if (method === "HEAD" && res.statusCode === 200) return;
      if (previous && entries.get(previous.key) === previous.entry) remove(previous.key);
    }

    const wrappers = {
      writeHead(status, ...rest) {
        if (decide(Number(status)) === "stale") return this;
        return original.writeHead.call(this, status, ...rest);
      },
      flushHeaders() {
        if (decide(this.statusCode) === "stale") return;
        return original.flushHeaders.call(this);
      },
      write(chunk, encoding, callback) {
        if (decide(this.statusCode) === "stale") {
          swallowed([chunk, encoding, callback]);
          return true;
        }
        collect(chunk, encoding);
        return original.write.call(this, chunk, encoding, callback);
      },
      end(chunk, encoding, callback) {
        const stale = decide(this.statusCode) === "stale";
        restore();
        if (stale) {
          swallowed([chunk, encoding, callback]);
          return this;
        }
        collect(chunk, encoding);
        completed();
        return original.end.call(this, chunk, encoding, callback);
      },
    };
    /** Puts back each original method that nothing else has wrapped since. */
    function restore() {
      for (const name of /** @type {const} */ (["writeHead", "flushHeaders", "write", "end"])) if (res[name] === wrappers[name]) res[name] = original[name];
    }
    Object.assign(res, wrappers);
    res.once("close", () => {
      // A client gone before the answer leaves the copy in place (a failing database makes clients impatient).
      if (refreshed) refreshed.refreshing = false;
    });
  }

  return {
    stats,
    /**
     * Answers a cached public URL and returns true; otherwise returns false, having arranged for
     * Next.js's response to a public URL to be stored (GET), or replaced by a stale copy if it fails.
     * @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res
     */
    serve(req, res) {
      if (req.method !== "GET" && req.method !== "HEAD") return false;
      const url = req.url ?? "";
      const match = PUBLIC_URL.exec(url);
      if (!match) return false;
      const names = variesOn.get(url);
      const key = names ? variantKey(url, names, req.headers) : null;
      let entry = key ? entries.get(key) : undefined;
      const t = now();
      // Kept past its freshness for its stale-while-revalidate and stale-if-error windows, not longer.
      if (key && entry && t >= entry.keepUntil) {
        remove(key);
        entry = undefined;
      }
      // Fresh; or expired, and replayed while another request refreshes it. A superseded copy (its slug published
      // anew) never is: it only stands in for a failure.
      if (key && entry && !entry.superseded && (t < entry.expires || entry.refreshing)) {
        touch(key, entry);
        stats.hits += 1;
        reply(req.method, req.headers, res, entry);
        return true;
      }
      stats.misses += 1;
      // Expired: this request asks Next.js, the single one refreshing the copy.
      if (entry) entry.refreshing = true;
      capture(req, res, url, match[1], key && entry ? { key, entry } : null);
      return false;
    },
    /**
     * These slugs' pages changed. By default (a withdrawal, an address change, a deletion) everything stored under
     * them is dropped, stale copies included: nothing of them may be served again. With `keepForErrors` (a new
     * version published) the copies are only superseded: never replayed as fresh nor while refreshing, but still
     * the last good copy if Next.js fails before a new one is stored — the previous version, just published over,
     * rather than a 503 when the database dies right after a publish.
     * @param {string[]} slugs @param {{ keepForErrors?: boolean }} [options]
     */
    invalidate(slugs, { keepForErrors = false } = {}) {
      const set = new Set(slugs);
      for (const slug of set) generations.set(slug, (generations.get(slug) ?? 0) + 1);
      for (const [key, entry] of entries) {
        if (!set.has(entry.slug)) continue;
        if (keepForErrors) {
          entry.superseded = true;
          entry.refreshing = false;
        } else remove(key);
      }
    },
  };
}
