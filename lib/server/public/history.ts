import "server-only";
import { escapeHtml as esc } from "@/lib/escape";
import { versionLabel, versionLine } from "@/lib/policy";
import { formatDateFr } from "@/lib/policy/text/dates";
import { todayInParis } from "@/lib/format";
import { versionInForce, type TPolicyIndex, type TVersionMeta } from "./cache";
import { CURRENT, pageCsp, respond } from "./http";
import { frenchDay, layout } from "./page";

function changes(v: TVersionMeta): string {
  if (!v.changeSummary.changes.length) return "";
  return `<ul class="changes">${v.changeSummary.changes.map((c) => `<li>${esc(c.message)}</li>`).join("")}</ul>`;
}

/** Every version with its dates, note and change summary, newest first; a diff link to the previous one. */
export function historyResponse(request: Request, index: TPolicyIndex): Response {
  const today = todayInParis();
  const inForce = versionInForce(index, today);
  const items = [...index.versions].reverse().map((v) => {
    const status = v.number === inForce.number ? (v.effectiveDate > today ? " — à venir" : " — en vigueur") : v.effectiveDate > today ? " — à venir" : "";
    const diff = v.number > 1 ? ` · <a href="/p/${esc(index.slug)}/diff/${v.number - 1}/${v.number}">Différences avec la version ${v.number - 1}</a>` : "";
    const { label, note } = versionLabel(v.changeSummary, v.note);
    return `<li><h2><a href="/p/${esc(index.slug)}/v/${v.number}">Version ${v.number}</a>${status}</h2>
<p>Publiée le ${frenchDay(v.publishedAt)}, en vigueur à compter du ${formatDateFr(v.effectiveDate)}.${label ? ` ${label}.` : ""}${diff}</p>
${note ? `<p>Note de l’éditeur : ${esc(note)}</p>` : ""}${changes(v)}</li>`;
  });
  const body = `<main><h1>Historique de la politique de confidentialité</h1>
<p class="policy-subtitle">${esc(index.service || index.company)}</p>
<p>Toutes les versions publiées restent consultables à leur adresse. <a href="/p/${esc(index.slug)}/atom">Suivre les modifications (flux Atom)</a>.</p>
<ol class="history" reversed>${items.join("\n")}</ol></main>`;
  const latest = index.versions.at(-1)!;
  return respond(request, {
    body: layout({
      title: `Historique — politique de confidentialité de ${index.service || index.company}`,
      description: `Les ${index.versions.length} versions publiées de la politique de confidentialité de ${index.company}.`,
      head: `<link rel="alternate" type="application/atom+xml" title="Modifications" href="/p/${esc(index.slug)}/atom">\n`,
      body,
    }),
    type: "text/html; charset=utf-8",
    etag: `"${latest.sha256}-historique-${inForce.number}"`,
    cache: CURRENT,
    headers: { "Content-Security-Policy": pageCsp() },
  });
}

/** An Atom feed with one entry per version. */
export function atomResponse(request: Request, index: TPolicyIndex, origin: string): Response {
  const base = `${origin}/p/${index.slug}`;
  const entries = [...index.versions].reverse().map((v) => {
    const summary = [versionLine(v.changeSummary, v.note), ...v.changeSummary.changes.map((c) => c.message)].join("\n");
    return `<entry>
<id>${esc(`${base}/v/${v.number}`)}</id>
<title>Version ${v.number} — en vigueur à compter du ${esc(formatDateFr(v.effectiveDate))}</title>
<updated>${v.publishedAt.toISOString()}</updated>
<link rel="alternate" type="text/html" href="${esc(`${base}/v/${v.number}`)}"/>
<summary type="text">${esc(summary)}</summary>
</entry>`;
  });
  const latest = index.versions.at(-1)!;
  const feed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
<id>${esc(base)}</id>
<title>${esc(`Politique de confidentialité — ${index.service || index.company}`)}</title>
<updated>${latest.publishedAt.toISOString()}</updated>
<author><name>${esc(index.company || index.service)}</name></author>
<link rel="self" href="${esc(`${base}/atom`)}"/>
<link rel="alternate" type="text/html" href="${esc(base)}"/>
${entries.join("\n")}
</feed>
`;
  return respond(request, { body: feed, type: "application/atom+xml; charset=utf-8", etag: `"${latest.sha256}-atom"`, cache: CURRENT });
}
