import "server-only";
import { createHash } from "node:crypto";
import { env } from "@/lib/env";
import { escapeHtml as esc } from "@/lib/escape";
import { CURRENT, pageCsp, respond } from "@/lib/server/public/http";
import { layout } from "@/lib/server/public/page";

// The landing page as plain HTML, like the hosted policies: nothing in it needs React, so it loads no
// script at all (an App Router page always loads Next.js's and React's runtime, about 145 kB gzip) and
// paints its heading at the first paint, even on a slow phone. Same palette as the app (app/globals.css),
// with system fonts.

const TITLE = "Clairement — politiques de confidentialité conformes au RGPD";
const DESCRIPTION =
  "Clairement rédige la politique de confidentialité de votre activité en ligne, conforme au RGPD et au droit français, et la publie en versions datées.";

const PROMISES = [
  {
    title: "Rédigée comme par un juriste",
    text: "Une base légale pour chaque finalité, les transferts hors UE avec leur garantie, les durées de conservation recommandées par la CNIL, la majorité numérique à 15 ans, les directives post mortem.",
  },
  {
    title: "Des questions simples, un aperçu en direct",
    text: "Vous décrivez votre activité, vos prestataires et vos cookies ; la politique se construit sous vos yeux et signale ce qui manque avant publication.",
  },
  {
    title: "Publiée en versions datées",
    text: "Chaque version reste en ligne à son adresse, avec l’historique des modifications, et se télécharge en PDF ou en HTML. Un simple lien suffit : aucun script à intégrer.",
  },
];

const CSS = `
:root{color-scheme:light;--ink:#172033;--soft:#46536b;--paper:#fbfaf7;--line:#dedad0;--accent:#0b5c55;--accent-strong:#084842}
*{box-sizing:border-box}
html{background:var(--paper);color:var(--ink)}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
a{color:var(--accent)}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px;border-radius:2px}
.wrap{max-width:64rem;margin:0 auto;padding:0 1rem}
header{border-bottom:1px solid var(--line);background:#fffb}
header .wrap{display:flex;align-items:center;justify-content:space-between;padding-top:1rem;padding-bottom:1rem}
.logo{display:inline-flex;align-items:center;gap:.5rem;color:var(--ink);text-decoration:none;font:600 1.25rem/1 ui-serif,Georgia,serif;letter-spacing:-.01em}
.logo svg{color:var(--accent)}
.serif{font-family:ui-serif,Georgia,"Times New Roman",serif}
.hero{padding-top:4rem;padding-bottom:3rem}
.eyebrow{margin:0;font-size:.875rem;font-weight:600;letter-spacing:.05em;text-transform:uppercase;color:var(--accent)}
h1{max-width:48rem;margin:.75rem 0 0;font-size:2.25rem;line-height:1.2;font-weight:600}
.lead{max-width:42rem;margin:1.25rem 0 0;font-size:1.125rem;color:var(--soft)}
.actions{display:flex;flex-wrap:wrap;gap:.75rem;margin-top:2rem}
.button{display:inline-flex;align-items:center;min-height:2.75rem;padding:.5rem 1.1rem;border-radius:.375rem;font-weight:600;text-decoration:none;border:1px solid var(--accent)}
.primary{background:var(--accent);color:#fff}.primary:hover{background:var(--accent-strong)}
.secondary{background:#fff;color:var(--accent)}.secondary:hover{background:#e3f0ee}
.promises{border-top:1px solid var(--line);background:#fff}
.promises .wrap{padding-top:3rem;padding-bottom:3rem}
h2{margin:0;font-size:1.5rem;font-weight:600}
.cards{display:grid;gap:1.5rem;margin:2rem 0 0;padding:0;list-style:none}
.cards li{border:1px solid var(--line);border-radius:.5rem;background:var(--paper);padding:1.25rem}
h3{margin:0;font-size:1rem}
.cards p{margin:.5rem 0 0;font-size:.875rem;line-height:1.65;color:var(--soft)}
footer .wrap{display:flex;flex-wrap:wrap;justify-content:space-between;gap:.5rem;padding-top:2rem;padding-bottom:2rem;font-size:.875rem;color:var(--soft)}
footer p{margin:0}
@media (min-width:40rem){h1{font-size:3rem}.cards{grid-template-columns:repeat(3,1fr)}}
`.trim();

const LOGO = `<svg aria-hidden="true" width="26" height="26" viewBox="0 0 26 26"><rect x="3" y="2" width="20" height="22" rx="3" fill="none" stroke="currentColor" stroke-width="2"/><path d="M8 9h10M8 13h10M8 17h6" stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg>`;

export function landingHtml(publicUrl: string): string {
  const cards = PROMISES.map((p) => `<li><h3>${esc(p.title)}</h3><p>${esc(p.text)}</p></li>`).join("\n");
  return layout({
    title: TITLE,
    description: DESCRIPTION,
    css: CSS,
    head: `<meta name="theme-color" content="#0b5c55">\n<link rel="canonical" href="${esc(publicUrl)}/">\n<link rel="icon" href="/favicon.ico" sizes="48x48">\n`,
    body: `<header><div class="wrap"><a class="logo" href="/">${LOGO}Clairement</a><nav aria-label="Navigation principale"><a class="button secondary" href="/connexion">Se connecter</a></nav></div></header>
<main id="contenu">
<section class="wrap hero">
<p class="eyebrow">Pour les fondateurs de petites entreprises en ligne</p>
<h1 class="serif">Votre politique de confidentialité, conforme au RGPD et au droit français.</h1>
<p class="lead">SaaS, outil d’IA, boutique en ligne, application mobile ou site vitrine : Clairement vous pose les bonnes questions et rédige une politique complète, que vous publiez en un clic.</p>
<div class="actions"><a class="button primary" href="/connexion">Rédiger ma politique</a><a class="button secondary" href="#promesses">En savoir plus</a></div>
</section>
<section id="promesses" class="promises" aria-labelledby="promesses-titre"><div class="wrap">
<h2 id="promesses-titre" class="serif">Ce que les modèles et les chatbots oublient</h2>
<ul class="cards">
${cards}
</ul>
</div></section>
</main>
<footer><div class="wrap"><p>Clairement — des politiques de confidentialité claires, datées et publiques.</p><a href="/confidentialite">Politique de confidentialité</a></div></footer>`,
  });
}

let cached: { url: string; body: Uint8Array; etag: string } | null = null;

/** GET /: the landing page, built once per process, with its ETag and the hosted pages' strict CSP. */
export function landingResponse(request: Request): Response {
  const url = env().publicUrl;
  if (cached?.url !== url) {
    const html = landingHtml(url);
    cached = { url, body: new TextEncoder().encode(html), etag: `"${createHash("sha256").update(html).digest("hex").slice(0, 32)}"` };
  }
  return respond(request, { body: cached.body, type: "text/html; charset=utf-8", etag: cached.etag, cache: CURRENT, headers: { "Content-Security-Policy": pageCsp() } });
}
