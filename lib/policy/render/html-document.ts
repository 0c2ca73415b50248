// Standalone HTML document: lang="fr", inline CSS, no external request (a CSP forbids any), valid HTML5.
import { escapeHtml } from "../../escape";
import type { TDocument } from "../document/types";
import { renderHtmlFragment } from "./html";

export const POLICY_CSS = `
:root{color-scheme:light;--ink:#1d1d1f;--muted:#5b5b66;--line:#d9d9e0;--accent:#1f4e8c}
*{box-sizing:border-box}
body{margin:0;background:#fff;color:var(--ink);font:17px/1.6 Georgia,"Times New Roman",serif}
main{max-width:46rem;margin:0 auto;padding:2.5rem 1.25rem 4rem;overflow-wrap:break-word}
a{overflow-wrap:anywhere}
h1,h2,h3{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.25}
h1{font-size:2rem;margin:0 0 .25rem}
h2{font-size:1.3rem;margin:2.5rem 0 .75rem;padding-top:.5rem;border-top:1px solid var(--line)}
h3{font-size:1.05rem;margin:1.5rem 0 .5rem}
.policy-subtitle{font-size:1.2rem;margin:0}
.policy-dateline{color:var(--muted);margin:.25rem 0 2rem}
a{color:var(--accent)}
.policy-toc ul{list-style:none;padding-left:0}
.policy-table{overflow-x:auto;margin:1rem 0}
table{border-collapse:collapse;width:100%;font-size:.9rem;line-height:1.45}
caption{text-align:left;font-weight:600;padding:.5rem 0;font-family:system-ui,sans-serif}
th,td{border:1px solid var(--line);padding:.5rem .6rem;text-align:left;vertical-align:top}
thead th{background:#f3f3f6}
tbody th{font-weight:600}
.policy-note{border-left:3px solid var(--accent);padding-left:1rem}
@media (max-width:40rem){.policy-table table,.policy-table tbody,.policy-table tr,.policy-table th,.policy-table td{display:block;width:auto}.policy-table thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}.policy-table tr{border:1px solid var(--line);margin:0 0 .75rem}.policy-table th,.policy-table td{border:0;border-top:1px solid var(--line)}.policy-table tbody th{border-top:0;background:#f3f3f6}.policy-table td::before{content:attr(data-label);display:block;font-weight:600;font-size:.8rem;color:var(--muted)}}
@media print{body{font-size:11pt}main{max-width:none;padding:0}.policy-toc{display:none}h2{break-after:avoid}tr{break-inside:avoid}}
`.trim();

export function renderHtmlDocument(doc: TDocument): string {
  return `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(`${doc.title} — ${doc.subtitle}`)}</title>
<style>
${POLICY_CSS}
</style>
</head>
<body>
<main>
${renderHtmlFragment(doc)}
</main>
</body>
</html>
`;
}
