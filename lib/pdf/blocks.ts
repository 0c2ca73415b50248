// Blocks of the document tree on the page: paragraphs and notes (justified), headings, bulleted lists
// and tables, each one a structure element (P, H1–H3, L > LI > Lbl + LBody, Table).
import type { TBlock, TInline } from "@/lib/policy/document/types";
import type { TFontKey } from "./fonts";
import { layoutText, type TStyle } from "./layout";
import { spansOf, type TRunStyles } from "./runs";
import { drawTable } from "./table";
import { COLOR, type TNode, type Writer } from "./writer";

export const BODY = 10.5;
export const LEAD = 15.2;
export const style = (font: TFontKey, size: number, color: string = COLOR.text): TStyle => ({ font, size, color });
const runStyles = (size: number, font: TFontKey = "serif", color: string = COLOR.text): TRunStyles => ({
  text: style(font, size, color),
  strong: style(font === "serifItalic" ? "serif" : "serifSemibold", size, color),
  link: { ...style(font, size, COLOR.link), underline: true },
});
const TEXT = runStyles(BODY);
const NOTE = runStyles(9.8, "serifItalic", COLOR.muted);
export const H1 = style("serifSemibold", 25);
export const H2 = style("serifSemibold", 14, COLOR.accent);
const H3 = style("serifSemibold", 11.5);
export const SANS_SMALL = style("sans", 7.6, COLOR.muted);

export function paragraph(w: Writer, parent: TNode, content: TInline[], styles: TRunStyles, tag = "P", x = w.left, width = w.width): void {
  const node = w.child(parent, tag);
  const lines = layoutText(spansOf(content, styles, () => w.nextLinkId()), width, w.measure, true);
  w.lines(lines, x, styles.text.size === BODY ? LEAD : styles.text.size * 1.45, node, width);
  w.endLinks();
  node.el.end();
}

/** A single-style line group (titles, headings). */
export function heading(w: Writer, parent: TNode, tag: string, text: string, st: TStyle, lineHeight: number): void {
  const node = w.child(parent, tag);
  const lines = layoutText([{ text, style: st }], w.width, w.measure);
  w.lines(lines, w.left, lineHeight, node);
  w.close();
  node.el.end();
}

/** Height of the first piece of a block that must stay on the page of the heading before it. */
export function startHeight(w: Writer, b: TBlock | undefined): number {
  const lines = (content: TInline[], width: number) => {
    const n = layoutText(spansOf(content, TEXT, () => 0), width, w.measure, true).length;
    return (n <= 3 ? n : 2) * LEAD;
  };
  switch (b?.kind) {
    case "paragraph": return lines(b.content, w.width);
    case "note": return lines(b.content, w.width - 14);
    case "list": return b.items[0] ? lines(b.items[0], w.width - 15) : 0;
    case "heading": return 27 + 2 * LEAD;
    case "table": return 100;
    default: return 0;
  }
}

export function block(w: Writer, parent: TNode, b: TBlock, next?: TBlock): void {
  switch (b.kind) {
    case "paragraph":
      paragraph(w, parent, b.content, TEXT);
      w.y += 6;
      return;
    case "heading":
      w.gap(8);
      w.ensure(19 + startHeight(w, next));
      heading(w, parent, "H3", b.text, H3, 17);
      w.y += 2;
      return;
    case "list":
      list(w, parent, b.items);
      w.y += 4;
      return;
    case "table":
      w.gap(4);
      drawTable(w, parent, b);
      w.y += 10;
      return;
    case "note":
      note(w, parent, b.content);
      w.y += 8;
      return;
  }
}

function list(w: Writer, parent: TNode, items: TInline[][]): void {
  const indent = 15;
  const l = w.child(parent, "L");
  for (const item of items) {
    const li = w.child(l, "LI");
    const lines = layoutText(spansOf(item, TEXT, () => w.nextLinkId()), w.width - indent, w.measure, true);
    // The bullet goes with the first lines: make sure they are on the same page.
    w.ensure((lines.length <= 3 ? lines.length : 2) * LEAD);
    const label = w.child(li, "Lbl");
    w.open(label);
    w.text("•", w.left + 3, w.y + (LEAD - BODY) / 2 + BODY * 0.78, style("serif", BODY, COLOR.accent));
    w.close();
    label.el.end();
    const body = w.child(li, "LBody");
    w.lines(lines, w.left + indent, LEAD, body, w.width - indent);
    w.endLinks();
    li.el.end();
    w.y += 3;
  }
  l.el.end();
}

function note(w: Writer, parent: TNode, content: TInline[]): void {
  const lh = NOTE.text.size * 1.45;
  const lines = layoutText(spansOf(content, NOTE, () => w.nextLinkId()), w.width - 14, w.measure);
  w.ensure(Math.min(lines.length * lh, 8 * lh));
  const top = w.y;
  const page = w.doc.bufferedPageRange().count;
  paragraph(w, parent, content, NOTE, "P", w.left + 14, w.width - 14);
  if (w.doc.bufferedPageRange().count === page) {
    w.artifact(() => w.doc.save().rect(w.left + 2, top + 2, 2, w.y - top - 4).fill(COLOR.rule).restore());
  }
}
