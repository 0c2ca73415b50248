// Tables: automatic column widths (HTML-like: every column gets at least its longest word, the rest of
// the width goes where the text is), wrapped cells, rows kept whole unless taller than a page, and the
// header row repeated (as an artifact) after each page break. Tagged Table > Caption, THead, TBody > TR
// > TH / TD, the first cell of a row being a row header like in the HTML renderer.
import type { TBlock } from "@/lib/policy/document/types";
import { atomize, breakLines, layoutText, type TAtom, type TLine, type TMeasure, type TSpan, type TStyle } from "./layout";
import { spansOf, type TRunStyles } from "./runs";
import { COLOR, type TNode, type Writer } from "./writer";

type TTable = Extract<TBlock, { kind: "table" }>;

const SIZE = 8.2;
const LINE = 11;
const PAD_X = 5;
const PAD_Y = 4.2;
const MIN_COLUMN = 46;

const HEAD: TStyle = { font: "sansSemibold", size: 7.8, color: COLOR.accent };
const CELL: TRunStyles = {
  text: { font: "sans", size: SIZE, color: COLOR.text },
  strong: { font: "sansSemibold", size: SIZE, color: COLOR.text },
  link: { font: "sans", size: SIZE, color: COLOR.link },
};
const ROW_HEAD: TRunStyles = { ...CELL, text: { font: "sansSemibold", size: SIZE, color: COLOR.text } };
const CAPTION: TStyle = { font: "serifItalic", size: 10, color: COLOR.muted };

/**
 * Column widths: every column gets at least its longest word; when everything fits on one line the natural
 * widths are used; otherwise the remaining width goes, a few points at a time, to the column that lowers
 * the table the most (rows are as tall as their tallest cell), or failing an immediate gain to the column
 * whose text sets the most row heights.
 */
export function columnWidths(cells: TSpan[][][], total: number, measure: TMeasure): number[] {
  const atoms: TAtom[][][] = cells.map((row) => row.map((cell) => atomize(cell, measure)));
  const cols = cells[0]?.length ?? 0;
  const min = new Array<number>(cols).fill(MIN_COLUMN);
  const max = new Array<number>(cols).fill(MIN_COLUMN);
  const natural = atoms.map((row) => row.map((cell) => cell.reduce((sum, a, k) => sum + a.width + (k < cell.length - 1 ? a.space : 0), 0)));
  atoms.forEach((row, r) => row.forEach((cell, i) => {
    min[i] = Math.max(min[i] as number, ...cell.map((a) => a.width + 2 * PAD_X));
    max[i] = Math.max(max[i] as number, (natural[r]?.[i] ?? 0) + 2 * PAD_X);
  }));
  const sumMin = min.reduce((a, b) => a + b, 0);
  const sumMax = max.reduce((a, b) => a + b, 0);
  if (sumMax <= total) return max.map((m) => (m * total) / sumMax);
  if (sumMin >= total) return min.map((m) => (m * total) / sumMin);

  const widths = [...min];
  const count = (r: number, i: number, w: number) => {
    const cell = atoms[r]?.[i] ?? [];
    return cell.length ? breakLines(cell, w - 2 * PAD_X, measure).length : 0;
  };
  const lines = atoms.map((row, r) => row.map((_, i) => count(r, i, widths[i] as number)));
  const rowMax = (r: number, i?: number, value?: number) =>
    Math.max(...(lines[r] as number[]).map((n, k) => (k === i ? (value as number) : n)));
  let left = total - sumMin;
  const step = Math.max(3, left / 80);
  while (left > 0.001) {
    const inc = Math.min(step, left);
    let pick = -1;
    let pickGain = 0;
    let pickLines: number[] = [];
    for (let i = 0; i < cols; i++) {
      if ((widths[i] as number) >= (max[i] as number)) continue;
      const next = atoms.map((_, r) => count(r, i, (widths[i] as number) + inc));
      const gain = next.reduce((sum, n, r) => sum + rowMax(r) - rowMax(r, i, n), 0);
      if (gain > pickGain) [pick, pickGain, pickLines] = [i, gain, next];
    }
    if (pick < 0) {
      let pressure = -1;
      for (let i = 0; i < cols; i++) {
        if ((widths[i] as number) >= (max[i] as number)) continue;
        const p = atoms.reduce((sum, _, r) => {
          const n = lines[r]?.[i] ?? 0;
          return sum + (n > 1 && n === rowMax(r) ? (natural[r]?.[i] ?? 0) : 0);
        }, 0) / (widths[i] as number) ** 2 + ((max[i] as number) - (widths[i] as number)) * 1e-9;
        if (p > pressure) [pick, pressure] = [i, p];
      }
      if (pick < 0) break;
      pickLines = atoms.map((_, r) => count(r, pick, (widths[pick] as number) + inc));
    }
    widths[pick] = (widths[pick] as number) + inc;
    pickLines.forEach((n, r) => { (lines[r] as number[])[pick] = n; });
    left -= inc;
  }
  if (left > 0.001) return widths.map((w) => (w * total) / (total - left));
  return widths;
}

const height = (cells: TLine[][]) => Math.max(1, ...cells.map((c) => c.length)) * LINE + 2 * PAD_Y;

export function drawTable(w: Writer, parent: TNode, b: TTable): void {
  const cols = b.header.length;
  const header: TSpan[][] = b.header.map((text) => [{ text, style: HEAD }]);
  const rows: TSpan[][][] = b.rows.map((row) =>
    Array.from({ length: cols }, (_, i) => spansOf(row[i] ?? [], i === 0 ? ROW_HEAD : CELL, () => w.nextLinkId())));
  const widths = columnWidths([header, ...rows], w.width, w.measure);
  const xs = widths.map((_, i) => w.left + widths.slice(0, i).reduce((a, c) => a + c, 0));
  const lay = (cells: TSpan[][]) => cells.map((spans, i) => layoutText(spans, (widths[i] as number) - 2 * PAD_X, w.measure));
  const headLines = lay(header);
  const rowLines = rows.map(lay);
  const headH = height(headLines);
  const captionLines = layoutText([{ text: b.caption, style: CAPTION }], w.width, w.measure);
  const captionH = captionLines.length * 14 + 3;

  const table = w.child(parent, "Table");
  const firstRowH = rowLines[0] ? Math.min(height(rowLines[0]), 4 * LINE + 2 * PAD_Y) : 0;
  w.ensure(captionH + headH + firstRowH);
  const caption = w.child(table, "Caption");
  w.lines(captionLines, w.left, 14, caption);
  w.y += 3;

  const drawHeader = (tagged: boolean) => {
    const top = w.y;
    const thead = tagged ? w.child(table, "THead") : null;
    const tr = thead ? w.child(thead, "TR") : null;
    w.artifact(() => {
      w.doc.save().rect(w.left, top, w.width, headH).fill(COLOR.fill).restore();
      w.doc.save().lineWidth(0.8).strokeColor(COLOR.accent).moveTo(w.left, top + headH).lineTo(w.left + w.width, top + headH).stroke().restore();
      if (!tagged) drawCells(headLines, top, null);
    });
    if (tr) drawCells(headLines, top, headLines.map(() => w.child(tr, "TH", { scope: "Column" })));
    w.y = top + headH;
  };

  /** Lines [from, to) of each cell, in cell nodes (or untagged, for the repeated header). */
  const drawCells = (cells: TLine[][], top: number, nodes: TNode[] | null, from = 0, to = Infinity) => {
    cells.forEach((lines, i) => {
      w.y = top + PAD_Y;
      for (const line of lines.slice(from, to)) w.line(line, (xs[i] as number) + PAD_X, LINE, nodes ? (nodes[i] as TNode) : null);
    });
    w.endLinks();
  };

  drawHeader(true);
  const tbody = w.child(table, "TBody");
  const bodyRoom = w.bottom - w.top - captionH - headH;
  const continueOnNewPage = () => {
    w.newPage();
    drawHeader(false);
  };
  rowLines.forEach((cells) => {
    const tr = w.child(tbody, "TR");
    const nodes = cells.map((_, i) => w.child(tr, i === 0 ? "TH" : "TD", i === 0 ? { scope: "Row" } : undefined));
    const rowH = height(cells);
    if (rowH > w.room() && rowH <= bodyRoom) continueOnNewPage();
    let from = 0;
    let fresh = false;
    const total = Math.max(...cells.map((c) => c.length));
    while (from < total) {
      let fit = Math.floor((w.room() - 2 * PAD_Y) / LINE);
      if (fit < Math.min(2, total - from) && !fresh) {
        continueOnNewPage();
        fresh = true;
        continue;
      }
      fit = Math.max(1, fit);
      fresh = false;
      const to = Math.min(total, from + fit);
      const top = w.y;
      const partH = (to - from) * LINE + 2 * PAD_Y;
      drawCells(cells, top, nodes, from, to);
      w.y = top + partH;
      w.rule(w.left, w.left + w.width, w.y, COLOR.rule, 0.5);
      from = to;
      if (from < total) {
        continueOnNewPage();
        fresh = true;
      }
    }
  });
  w.y += 2;
}
