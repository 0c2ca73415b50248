import "server-only";
import { escapeHtml as esc } from "@/lib/escape";
import { buildDocument, diffAnswers, diffDocuments, type TAnswers, type TLineOp } from "@/lib/policy";
import { loadDraft } from "@/lib/policy/draft";
import { getVersion, type TPolicyIndex } from "./cache";
import { IMMUTABLE, NOT_FOUND, pageCsp, respond } from "./http";
import { layout } from "./page";

const STATUS = { added: "section ajoutée", removed: "section supprimée", changed: "section modifiée", unchanged: "sans changement" } as const;

// Insertions and deletions are marked by element (<ins>, <del>), by a visible sign and a text prefix
// for screen readers — never by colour alone. List items are list items (<ul><li>), never a Markdown
// « - » shown as text.
function mark(l: TLineOp): string {
  if (l.op === "insert") return `<ins><span aria-hidden="true">+ </span><span class="sr">Ajouté : </span>${esc(l.text)}</ins>`;
  if (l.op === "delete") return `<del><span aria-hidden="true">− </span><span class="sr">Supprimé : </span>${esc(l.text)}</del>`;
  return esc(l.text);
}

/** A section's lines as HTML: paragraphs, and runs of list items grouped in one list. */
export function diffLinesHtml(lines: readonly TLineOp[]): string {
  const out: string[] = [];
  let items: string[] = [];
  const flush = () => {
    if (items.length) out.push(`<ul class="diff-list">${items.join("")}</ul>`);
    items = [];
  };
  for (const l of lines) {
    if (l.kind === "item") {
      items.push(l.op === "equal" ? `<li class="same">${mark(l)}</li>` : `<li>${mark(l)}</li>`);
      continue;
    }
    flush();
    out.push(l.op === "equal" ? `<p class="same">${mark(l)}</p>` : mark(l));
  }
  flush();
  return out.join("\n");
}

/** What changed between versions a and b: structured changes first, then section by section. */
export async function diffResponse(request: Request, index: TPolicyIndex, a: number, b: number): Promise<Response> {
  if (a === b) return NOT_FOUND();
  const [va, vb] = await Promise.all([getVersion(index, a), getVersion(index, b)]);
  if (!va || !vb) return NOT_FOUND();
  const answersA = loadDraft(va.answers) as TAnswers;
  const answersB = loadDraft(vb.answers) as TAnswers;
  const structured = diffAnswers(answersA, answersB);
  const sections = diffDocuments(buildDocument(answersA), buildDocument(answersB)).filter((s) => s.status !== "unchanged");
  const grade = structured.grade === "substantial" ? "substantielles" : structured.grade === "minor" ? "mineures" : "de forme";
  const body = `<main>
<h1>Différences entre les versions ${a} et ${b}</h1>
<p class="policy-subtitle">${esc(index.service || index.company)}</p>
<p><a href="/p/${esc(index.slug)}/v/${a}">Version ${a}</a> → <a href="/p/${esc(index.slug)}/v/${b}">version ${b}</a> · <a href="/p/${esc(index.slug)}/historique">Historique</a></p>
<h2>Modifications ${grade}</h2>
${structured.changes.length ? `<ul class="changes">${structured.changes.map((c) => `<li>${esc(c.message)}${c.grade === "substantial" ? " <strong>(substantielle)</strong>" : ""}</li>`).join("")}</ul>` : "<p>Aucune modification des réponses : seule la rédaction a changé.</p>"}
<h2>Texte, section par section</h2>
${sections.length ? sections.map((s) => `<section class="diff-section" aria-labelledby="diff-${esc(s.anchor)}"><h3 id="diff-${esc(s.anchor)}">${esc(s.title)} <small>(${STATUS[s.status]})</small></h3>\n${diffLinesHtml(s.lines)}</section>`).join("\n") : "<p>Le texte est identique.</p>"}
</main>
<style>.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}</style>`;
  return respond(request, {
    body: layout({ title: `Différences entre les versions ${a} et ${b}`, description: `Ce qui a changé entre les versions ${a} et ${b} de la politique de confidentialité de ${index.company}.`, body }),
    type: "text/html; charset=utf-8",
    etag: `"${va.sha256.slice(0, 32)}${vb.sha256.slice(0, 32)}"`,
    cache: IMMUTABLE,
    headers: { "Content-Security-Policy": pageCsp() },
  });
}
