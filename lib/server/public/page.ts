import "server-only";
import { escapeHtml as esc } from "@/lib/escape";
import { POLICY_CSS } from "@/lib/policy/render/html-document";
import { formatDateFr } from "@/lib/policy/text/dates";
import { todayInParis } from "@/lib/format";
import type { TPolicyIndex, TVersionMeta } from "./cache";

// The hosted pages as plain HTML: no app JavaScript, no external request, readable with scripts off.

export const FORMATS = { pdf: "PDF", html: "HTML", md: "Markdown", txt: "Texte", json: "JSON" } as const;
export type TFormat = keyof typeof FORMATS;

const PAGE_CSS = `
.bar{background:#f4f3ee;border-bottom:1px solid var(--line);font:14px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif}
.bar div{max-width:46rem;margin:0 auto;padding:.75rem 1.25rem;display:flex;flex-wrap:wrap;gap:.25rem 1rem;justify-content:space-between}
.banner{margin:0 0 1.5rem;padding:.75rem 1rem;border:2px solid #7a4d00;background:#fdf3dd;font:15px/1.5 system-ui,sans-serif}
.downloads{max-width:46rem;margin:0 auto;padding:1.5rem 1.25rem 3rem;border-top:1px solid var(--line);font:14px/1.6 system-ui,sans-serif;color:var(--muted)}
.downloads ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem 1rem}
.hash{font-family:ui-monospace,monospace;word-break:break-all}
.history li{margin:1rem 0}
.changes li{margin:.25rem 0}
ins,del{text-decoration:none;display:block;padding:.1rem .4rem;margin:.1rem 0;border-left:4px solid}
ins{background:#e6f4ea;border-color:#1e7b34}del{background:#fbeceb;border-color:#a12a21}
.diff-section{margin:1.5rem 0}.same{color:var(--muted)}
`;

export function frenchDay(date: Date): string {
  return formatDateFr(todayInParis(date));
}

export function fileBase(index: TPolicyIndex): string {
  const name = (index.service || index.company || index.slug)
    .normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return `politique-confidentialite-${name || "site"}`;
}

/** A whole page in French: title, description, `head` extras, inline `css` (the hosted pages' by default), `body`. */
export function layout({ title, description, body, head = "", css = POLICY_CSS + PAGE_CSS }: { title: string; description: string; body: string; head?: string; css?: string }): string {
  return `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<meta name="description" content="${esc(description)}">
${head}<style>${css}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

function bar(index: TPolicyIndex, version: TVersionMeta): string {
  return `<header class="bar"><div><span>${esc(index.company)} · Version ${version.number} · Dernière mise à jour : ${frenchDay(version.publishedAt)}</span><a href="/p/${esc(index.slug)}/historique">Historique des versions</a></div></header>`;
}

function banner(index: TPolicyIndex, version: TVersionMeta, inForce: TVersionMeta): string {
  if (version.number === inForce.number) {
    if (version.effectiveDate > todayInParis()) {
      return `<p class="banner" role="note">Cette politique entrera en vigueur le ${formatDateFr(version.effectiveDate)}.</p>`;
    }
    return "";
  }
  const when = version.effectiveDate > todayInParis() ? `Cette version entrera en vigueur le ${formatDateFr(version.effectiveDate)}.` : "Cette version n’est plus en vigueur.";
  return `<p class="banner" role="note">${when} <a href="/p/${esc(index.slug)}">Consulter la version en vigueur (version ${inForce.number})</a>.</p>`;
}

function downloads(index: TPolicyIndex, version: TVersionMeta, branding: boolean): string {
  const links = (Object.keys(FORMATS) as TFormat[])
    .map((f) => `<li><a href="/p/${esc(index.slug)}/v/${version.number}.${f}" download>${FORMATS[f]}</a></li>`).join("");
  return `<footer class="downloads"><p>Télécharger la version ${version.number} :</p><ul>${links}</ul>
<p>Empreinte SHA-256 du contenu : <span class="hash">${version.sha256}</span></p>${branding ? `<p>Publiée avec <a href="/">Clairement</a>.</p>` : ""}</footer>`;
}

/** A policy version as a hosted page: the bar, the banner when it is not the version in force, the text, downloads. */
export function policyPage(index: TPolicyIndex, version: TVersionMeta, inForce: TVersionMeta, fragment: string, canonical: string): string {
  return layout({
    title: `Politique de confidentialité — ${index.service || index.company} (version ${version.number})`,
    description: `Politique de confidentialité de ${index.company}, version ${version.number}.`,
    head: `<link rel="canonical" href="${esc(canonical)}">\n<link rel="alternate" type="application/atom+xml" title="Modifications" href="/p/${esc(index.slug)}/atom">\n`,
    body: `${bar(index, version)}\n<main>\n${banner(index, version, inForce)}\n${fragment}\n</main>\n${downloads(index, version, true)}`,
  });
}
