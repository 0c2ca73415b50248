import "server-only";
import { escapeHtml as esc } from "@/lib/escape";
import { todayInParis } from "@/lib/format";
import { getVersion, versionInForce, type TPolicyIndex } from "./cache";
import { API_NOT_FOUND, CURRENT, NOT_FOUND, pageCsp, respond, scriptHash } from "./http";
import { layout } from "./page";

// Inside the iframe: report the document's height to the host page. No cookie, no storage, no request.
// Also answers the host script's « clairement:demande », in case the host listened only after the first report.
const RESIZER = `(function(){var h=0;function s(f){var n=document.documentElement.scrollHeight;if(f||n!==h){h=n;parent.postMessage({type:"clairement:hauteur",height:n},"*")}}addEventListener("load",function(){s()});addEventListener("message",function(e){if(e.source===parent&&e.data&&e.data.type==="clairement:demande")s(true)});if(window.ResizeObserver){new ResizeObserver(function(){s()}).observe(document.body)}else{setInterval(s,500)}})();`;
const RESIZER_HASH = scriptHash(RESIZER);

export type TEmbedOptions = { accent: string | null; branding: boolean };

/** ?couleur=0b5c55 (hex, without #) and ?marque=0 to hide our branding. Anything else is ignored. */
export function embedOptions(url: URL): TEmbedOptions {
  const color = url.searchParams.get("couleur");
  return { accent: color && /^(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(color) ? color.toLowerCase() : null, branding: url.searchParams.get("marque") !== "0" };
}

/** The version in force, framed in the founder's site: the text only, with their accent colour. */
export async function embedResponse(request: Request, index: TPolicyIndex, options: TEmbedOptions): Promise<Response> {
  const inForce = versionInForce(index, todayInParis());
  const content = await getVersion(index, inForce.number);
  if (!content) return NOT_FOUND();
  const accent = options.accent ? `<style>html:root{--accent:#${options.accent}}main{padding:1rem}</style>` : "<style>main{padding:1rem}</style>";
  const body = `<main>${content.rendered.fragment}
<p class="policy-dateline">Version ${inForce.number} · <a href="/p/${esc(index.slug)}/historique" target="_blank" rel="noopener">historique des versions</a>${options.branding ? ` · publiée avec <a href="/" target="_blank" rel="noopener">Clairement</a>` : ""}</p></main>
<script>${RESIZER}</script>`;
  return respond(request, {
    body: layout({ title: `Politique de confidentialité — ${index.service || index.company}`, description: `Politique de confidentialité de ${index.company}.`, head: accent, body }),
    type: "text/html; charset=utf-8",
    etag: `"${inForce.sha256}-embed-${options.accent ?? "x"}-${options.branding ? 1 : 0}"`,
    cache: CURRENT,
    headers: { "Content-Security-Policy": pageCsp({ framable: true, scriptHashes: [RESIZER_HASH] }) },
  });
}

const CORS = { "Access-Control-Allow-Origin": "*", "Access-Control-Allow-Methods": "GET, OPTIONS", "Access-Control-Allow-Headers": "If-None-Match", "Access-Control-Expose-Headers": "ETag" };

export function corsPreflight(): Response {
  return new Response(null, { status: 204, headers: { ...CORS, "Access-Control-Max-Age": "86400" } });
}

// The JSON depends only on the index (a new object whenever it is reloaded) and the version in force:
// serialised and encoded once per (index, version), not on every request.
const apiBodies = new WeakMap<TPolicyIndex, Map<number, Uint8Array>>();
const encoder = new TextEncoder();

/**
 * GET /api/p/<slug> → { html, version, hash, updatedAt, effectiveDate, url } of the version in force, for
 * server-side rendering. `url` is absolute, built from the configured public address (`origin`), never
 * from the request's Host header.
 */
export async function apiResponse(request: Request, index: TPolicyIndex, origin: string): Promise<Response> {
  const inForce = versionInForce(index, todayInParis());
  const content = await getVersion(index, inForce.number);
  if (!content) return API_NOT_FOUND();
  let byVersion = apiBodies.get(index);
  if (!byVersion) apiBodies.set(index, (byVersion = new Map()));
  let body = byVersion.get(inForce.number);
  if (!body) {
    body = encoder.encode(JSON.stringify({
      html: content.rendered.fragment, version: inForce.number, hash: inForce.sha256, updatedAt: inForce.publishedAt.toISOString(),
      effectiveDate: inForce.effectiveDate, url: `${origin}/p/${index.slug}/v/${inForce.number}`,
    }));
    byVersion.set(inForce.number, body);
  }
  return respond(request, { body, type: "application/json; charset=utf-8", etag: `"${inForce.sha256}-api"`, cache: CURRENT, headers: CORS });
}

export function withCors(response: Response): Response {
  for (const [k, v] of Object.entries(CORS)) response.headers.set(k, v);
  return response;
}
