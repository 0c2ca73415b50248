import "server-only";
import { createHash } from "node:crypto";

/**
 * `stale-if-error`: a shared cache (scripts/lib/front-cache.mjs, or a CDN) may go on answering with its last copy
 * for a day past its freshness while this server fails, the database being unavailable (issue 12, faults).
 */
const STALE_IF_ERROR = "stale-if-error=86400";
export const IMMUTABLE = `public, max-age=31536000, immutable, ${STALE_IF_ERROR}`;
/**
 * How long a shared cache may replay the version in force without asking again (CLAIREMENT_PUBLIC_MAX_AGE, 1 s to
 * 1 h; 60 s by default): a publish reaches this process's cache at once, and other caches (a CDN) within this delay.
 */
const CURRENT_MAX_AGE_S = (() => {
  const n = Number(process.env.CLAIREMENT_PUBLIC_MAX_AGE);
  return Number.isInteger(n) && n >= 1 && n <= 3600 ? n : 60;
})();
export const CURRENT = `public, max-age=${CURRENT_MAX_AGE_S}, stale-while-revalidate=600, ${STALE_IF_ERROR}`;
/** How long to wait before trying again when the database is unavailable, in seconds (Retry-After). */
export const RETRY_AFTER_S = 30;

const BASE_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
};

/**
 * Hosted pages run no script and load nothing from elsewhere; only the embed page may be framed.
 * `connect-src 'self'` grants nothing to the page (it has no script, or only the embed's hashed one, which
 * connects nowhere), but lets tools that fetch from the page's own context, such as Lighthouse reading
 * /robots.txt, reach the same origin.
 */
export function pageCsp({ framable = false, scriptHashes = [] as string[] } = {}): string {
  const scripts = scriptHashes.length ? `script-src ${scriptHashes.map((h) => `'${h}'`).join(" ")}` : "script-src 'none'";
  return `default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; ${scripts}; base-uri 'none'; form-action 'none'; frame-ancestors ${framable ? "*" : "'none'"}`;
}

export function scriptHash(source: string): string {
  return `sha256-${createHash("sha256").update(source).digest("base64")}`;
}

/** True when the request's If-None-Match names this ETag (strong or weak form, or *). */
export function matches(request: Request, etag: string): boolean {
  const header = request.headers.get("if-none-match");
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((t) => t.trim().replace(/^W\//, "") === etag);
}

export type TBody = { body: string | Uint8Array; type: string; etag: string; cache: string; filename?: string; headers?: Record<string, string> };

/** 200 with the body, or 304 when the client already has it. */
export function respond(request: Request, r: TBody): Response {
  const headers: Record<string, string> = { ...BASE_HEADERS, ETag: r.etag, "Cache-Control": r.cache, ...r.headers };
  if (matches(request, r.etag)) return new Response(null, { status: 304, headers });
  headers["Content-Type"] = r.type;
  if (r.filename) headers["Content-Disposition"] = `attachment; filename="${r.filename}"`;
  return new Response(r.body as BodyInit, { status: 200, headers });
}

const ERROR_CSS = "body{margin:0;font:17px/1.6 Georgia,serif;color:#172033;background:#fbfaf7}main{max-width:36rem;margin:15vh auto;padding:0 1.25rem}h1{font-family:system-ui,sans-serif}a{color:#0b5c55}";

type TErrorStatus = 404 | 410 | 503;

/** 404 and 410 are cacheable briefly; a 503 never (it is transient), and says when to come back. */
function errorHeaders(status: TErrorStatus): Record<string, string> {
  return status === 503 ? { "Cache-Control": "no-store", "Retry-After": String(RETRY_AFTER_S) } : { "Cache-Control": "public, max-age=60" };
}

/** A French error page (404, 410, 503) as plain HTML. */
export function errorPage(status: TErrorStatus, title: string, message: string): Response {
  const html = `<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${title}</title><style>${ERROR_CSS}</style></head>
<body><main><h1>${title}</h1><p>${message}</p><p><a href="/">Clairement</a></p></main></body>
</html>
`;
  return new Response(html, {
    status,
    headers: { ...BASE_HEADERS, "Content-Type": "text/html; charset=utf-8", ...errorHeaders(status), "Content-Security-Policy": pageCsp() },
  });
}

export const NOT_FOUND = () => errorPage(404, "Page introuvable", "Cette politique ou cette version n’existe pas. Vérifiez l’adresse du lien.");
export const WITHDRAWN = () =>
  errorPage(410, "Politique retirée", "Son éditeur a retiré cette politique de confidentialité : elle n’est plus publiée à cette adresse.");
const UNAVAILABLE_MESSAGE = "Ce service est momentanément indisponible. La page sera de nouveau accessible dans quelques instants : réessayez.";
/** The database cannot answer now: a transient 503, never « introuvable ». */
export const UNAVAILABLE = () => errorPage(503, "Service momentanément indisponible", UNAVAILABLE_MESSAGE);

/** A French error for the JSON API: `{ "error": "…" }`, never an HTML page. */
export function jsonError(status: TErrorStatus, message: string): Response {
  return new Response(`${JSON.stringify({ error: message })}\n`, {
    status,
    headers: { ...BASE_HEADERS, "Content-Type": "application/json; charset=utf-8", ...errorHeaders(status) },
  });
}

export const API_NOT_FOUND = () => jsonError(404, "Aucune politique publiée à cette adresse. Vérifiez l’adresse du lien.");
export const API_WITHDRAWN = () => jsonError(410, "Son éditeur a retiré cette politique de confidentialité : elle n’est plus publiée à cette adresse.");
export const API_UNAVAILABLE = () => jsonError(503, UNAVAILABLE_MESSAGE);

export function redirectTo(location: string): Response {
  return new Response(null, { status: 301, headers: { ...BASE_HEADERS, Location: location, "Cache-Control": "public, max-age=3600" } });
}
