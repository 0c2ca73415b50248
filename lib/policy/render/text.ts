// Plain text: headings underlined, lists with dashes, each table row as « Column : value » lines.
import type { TBlock, TDocument, TInline } from "../document/types";
import { sectionTitle } from "./html";

function inline(runs: TInline[]): string {
  return runs.map((r) => {
    if (r.kind !== "link") return r.text;
    if (r.href.startsWith("mailto:")) return r.text;
    const bare = r.href.replace(/^https?:\/\//i, "").replace(/\/$/, "");
    return r.text === bare || r.text === r.href ? r.text : `${r.text} (${r.href})`;
  }).join("");
}

function underline(text: string, char: string): string {
  return `${text}\n${char.repeat([...text].length)}`;
}

function block(b: TBlock): string {
  switch (b.kind) {
    case "paragraph": return inline(b.content);
    case "note": return `Note\u00a0: ${inline(b.content)}`;
    case "heading": return underline(b.text, "-");
    case "list": return b.items.map((i) => `- ${inline(i)}`).join("\n");
    case "table": return [
      `${b.caption}\u00a0:`,
      ...b.rows.map((row) => row.map((cell, i) => (i === 0 ? `- ${inline(cell)}` : `  ${b.header[i] ?? ""}\u00a0: ${inline(cell)}`)).join("\n")),
    ].join("\n\n");
  }
}

export function renderText(doc: TDocument): string {
  const out: string[] = [underline(doc.title.toUpperCase(), "="), `${doc.subtitle}\n${doc.dateline}`, ...doc.intro.map(block)];
  for (const s of doc.sections) out.push(underline(sectionTitle(s), "="), ...s.blocks.map(block));
  return `${out.join("\n\n")}\n`;
}
