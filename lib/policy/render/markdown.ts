// Markdown (CommonMark + GFM tables). User text is escaped so it never becomes markup: no raw HTML,
// no emphasis, no links other than the tree's checked links.
import { safeHref } from "../document/inline";
import type { TBlock, TDocument, TInline } from "../document/types";
import { sectionTitle } from "./html";

/** Backslash-escapes Markdown punctuation (and <, > so no raw HTML ever passes). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`);
}

/** At the start of a block, a user's « - », « + », « = » or « 1. » would start a list or a heading. */
function escapeBlockStart(md: string): string {
  return md.replace(/^(\s*)([-+=])/, "$1\\$2").replace(/^(\s*\d+)([.)])/, "$1\\$2");
}

function inline(runs: TInline[]): string {
  return runs.map((r) => {
    if (r.kind === "strong") return `**${escapeMarkdown(r.text.trim())}**${r.text.endsWith(" ") ? " " : ""}`;
    if (r.kind === "link") {
      const href = safeHref(r.href);
      return href ? `[${escapeMarkdown(r.text)}](<${href}>)` : escapeMarkdown(r.text);
    }
    return escapeMarkdown(r.text);
  }).join("");
}

function block(b: TBlock): string {
  switch (b.kind) {
    case "paragraph": return escapeBlockStart(inline(b.content));
    case "note": return `> ${inline(b.content)}`;
    case "heading": return `### ${escapeMarkdown(b.text)}`;
    case "list": return b.items.map((i) => `- ${inline(i)}`).join("\n");
    case "table": {
      const row = (cells: string[]) => `| ${cells.join(" | ")} |`;
      return [
        `*${escapeMarkdown(b.caption)}*`,
        "",
        row(b.header.map(escapeMarkdown)),
        row(b.header.map(() => "---")),
        ...b.rows.map((r) => row(r.map(inline))),
      ].join("\n");
    }
  }
}

export function renderMarkdown(doc: TDocument): string {
  const out: string[] = [
    `# ${escapeMarkdown(doc.title)}`,
    `**${escapeMarkdown(doc.subtitle)}** — ${escapeMarkdown(doc.dateline)}`,
    ...doc.intro.map(block),
  ];
  for (const s of doc.sections) out.push(`## ${escapeMarkdown(sectionTitle(s))}`, ...s.blocks.map(block));
  return `${out.join("\n\n")}\n`;
}
