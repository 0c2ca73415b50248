// HTML fragment: semantic headings, sections with their stable anchors, tables with caption and header
// scopes. Every string from the tree is escaped; links are re-checked (http, https, mailto only).
import { escapeHtml } from "../../escape";
import { safeHref } from "../document/inline";
import type { TBlock, TDocument, TInline, TSection } from "../document/types";

export type THtmlOptions = {
  /** Level of the title heading (1 by default; 2 when the page already has its own h1). */
  headingLevel?: 1 | 2;
  /** Table of contents after the introduction (default true). */
  toc?: boolean;
};

const esc = escapeHtml;

function inline(runs: TInline[]): string {
  return runs.map((r) => {
    if (r.kind === "strong") return `<strong>${esc(r.text)}</strong>`;
    if (r.kind === "link") {
      const href = safeHref(r.href);
      return href ? `<a href="${esc(href)}">${esc(r.text)}</a>` : esc(r.text);
    }
    return esc(r.text);
  }).join("");
}

function block(b: TBlock, level: number): string {
  switch (b.kind) {
    case "paragraph": return `<p>${inline(b.content)}</p>`;
    case "note": return `<p class="policy-note">${inline(b.content)}</p>`;
    case "heading": return `<h${level}>${esc(b.text)}</h${level}>`;
    case "list": return `<ul>\n${b.items.map((i) => `<li>${inline(i)}</li>`).join("\n")}\n</ul>`;
    case "table": {
      const head = `<thead><tr>${b.header.map((h) => `<th scope="col">${esc(h)}</th>`).join("")}</tr></thead>`;
      const body = b.rows.map((row) => `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${inline(cell)}</th>` : `<td data-label="${esc(b.header[i] ?? "")}">${inline(cell)}</td>`)).join("")}</tr>`).join("\n");
      // A table wider than a phone scrolls inside its frame, which the keyboard can reach (WCAG 2.1.1).
      return `<section class="policy-table" tabindex="0" aria-label="${esc(b.caption)}"><table>\n<caption>${esc(b.caption)}</caption>\n${head}\n<tbody>\n${body}\n</tbody>\n</table></section>`;
    }
  }
}

export function sectionTitle(s: TSection): string {
  return s.number ? `${s.number}. ${s.title}` : s.title;
}

/** One section as HTML (the live preview patches only the sections that changed). */
export function renderSectionHtml(s: TSection, level: number): string {
  const id = `${s.anchor}-titre`;
  const body = s.blocks.map((b) => block(b, level + 1)).join("\n");
  return `<section id="${esc(s.anchor)}" aria-labelledby="${esc(id)}">\n<h${level} id="${esc(id)}">${esc(sectionTitle(s))}</h${level}>\n${body}\n</section>`;
}

export function renderHtmlFragment(doc: TDocument, opts: THtmlOptions = {}): string {
  const h = opts.headingLevel ?? 1;
  const toc = opts.toc === false ? "" : `<nav class="policy-toc" aria-label="Sommaire">\n<ul>\n${doc.sections
    .map((s) => `<li><a href="#${esc(s.anchor)}">${esc(sectionTitle(s))}</a></li>`).join("\n")}\n</ul>\n</nav>\n`;
  return [
    `<article class="policy" lang="fr">`,
    `<header>\n<h${h}>${esc(doc.title)}</h${h}>\n<p class="policy-subtitle">${esc(doc.subtitle)}</p>\n<p class="policy-dateline">${esc(doc.dateline)}</p>\n</header>`,
    doc.intro.map((b) => block(b, h + 1)).join("\n"),
    toc + doc.sections.map((s) => renderSectionHtml(s, h + 1)).join("\n"),
    `</article>`,
  ].join("\n");
}
