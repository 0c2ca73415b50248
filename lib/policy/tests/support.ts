// Shared by the engine's tests: fixtures, renderings, a deep clone. No I/O here (see golden.test.ts).
import { buildDocument, renderHtmlFragment, renderMarkdown, renderText, type TAnswers } from "..";
import { FIXTURES } from "../fixtures";

export const FIXTURE_NAMES = Object.keys(FIXTURES);

export function fixture(name: string): TAnswers {
  const f = FIXTURES[name];
  if (!f) throw new Error(`fixture inconnue : ${name}`);
  return structuredClone(f);
}

export function renderAll(a: TAnswers) {
  const doc = buildDocument(a);
  return { doc, text: renderText(doc), md: renderMarkdown(doc), html: renderHtmlFragment(doc) };
}

/** Text with typographic spaces and apostrophes made plain, for simple `includes` checks. */
export function plainText(s: string): string {
  return s.replace(/[\u00a0\u202f]/g, " ").replace(/’/g, "'");
}

export const FIXTURE_TABLE = FIXTURE_NAMES.map((name) => ({ name }));

const TAGS = new Set(["article", "header", "h1", "h2", "h3", "h4", "p", "nav", "ol", "ul", "li", "a", "section", "strong", "div", "table", "caption", "thead", "tbody", "tr", "th", "td"]);
const ATTRS = new Set(["class", "lang", "id", "href", "scope", "aria-labelledby", "aria-label", "tabindex", "data-label"]);

/** Markup problems in an HTML fragment: any tag or attribute the renderer never writes, any unsafe href. */
export function markupProblems(html: string): string[] {
  const problems: string[] = [];
  for (const m of html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)) {
    const [, tag = "", attrs = ""] = m;
    if (!TAGS.has(tag.toLowerCase())) problems.push(`balise ${tag}`);
    for (const at of attrs.matchAll(/\s([^\s=]+)="([^"]*)"/g)) {
      if (!ATTRS.has(at[1] ?? "")) problems.push(`attribut ${at[1]}`);
      if (at[1] === "href" && !/^(https?:\/\/|mailto:|#)/.test(at[2] ?? "")) problems.push(`href ${at[2]}`);
    }
    if (attrs.replace(/\s[^\s=]+="[^"]*"/g, "").trim() !== "") problems.push(`attribut non cité : ${attrs}`);
  }
  if (/<(?![a-zA-Z/])/.test(html)) problems.push("chevron nu");
  return problems;
}
