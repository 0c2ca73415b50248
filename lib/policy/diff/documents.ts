// Section-by-section text diff of two rendered documents (line-level LCS inside each section).
import { inlineText } from "../document/inline";
import type { TBlock, TDocument, TSection } from "../document/types";

/** A line of the text diff: `item` for a list item (its text without any Markdown marker), else `text`. */
export type TLineOp = { op: "equal" | "insert" | "delete"; text: string; kind: "text" | "item" };
type TLine = { text: string; kind: "text" | "item" };
export type TSectionDiff = { anchor: string; title: string; status: "added" | "removed" | "changed" | "unchanged"; lines: TLineOp[] };

const text = (t: string): TLine => ({ text: t, kind: "text" });

function blockLines(b: TBlock): TLine[] {
  switch (b.kind) {
    case "paragraph":
    case "note": return [text(inlineText(b.content))];
    case "heading": return [text(b.text)];
    case "list": return b.items.map((i) => ({ text: inlineText(i), kind: "item" }));
    case "table": return [text(b.caption), ...b.rows.map((r) => text(r.map(inlineText).join(" | ")))];
  }
}

/** A section as plain-text lines (list items prefixed « - », as in the text rendering). */
export function sectionLines(s: TSection): string[] {
  return s.blocks.flatMap(blockLines).map((l) => (l.kind === "item" ? `- ${l.text}` : l.text));
}

const sectionEntries = (s: TSection): TLine[] => s.blocks.flatMap(blockLines);
const same = (x: TLine, y: TLine) => x.kind === y.kind && x.text === y.text;

function lcsDiff(a: TLine[], b: TLine[]): TLineOp[] {
  const n = a.length;
  const m = b.length;
  const t: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) {
    t[i]![j] = same(a[i]!, b[j]!) ? t[i + 1]![j + 1]! + 1 : Math.max(t[i + 1]![j]!, t[i]![j + 1]!);
  }
  const out: TLineOp[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (same(a[i]!, b[j]!)) { out.push({ op: "equal", ...a[i]! }); i++; j++; }
    else if (t[i + 1]![j]! >= t[i]![j + 1]!) out.push({ op: "delete", ...a[i++]! });
    else out.push({ op: "insert", ...b[j++]! });
  }
  while (i < n) out.push({ op: "delete", ...a[i++]! });
  while (j < m) out.push({ op: "insert", ...b[j++]! });
  return out;
}

export function diffDocuments(a: TDocument, b: TDocument): TSectionDiff[] {
  const before = new Map(a.sections.map((s) => [s.anchor, s]));
  const after = new Map(b.sections.map((s) => [s.anchor, s]));
  const out: TSectionDiff[] = [];
  for (const s of b.sections) {
    const old = before.get(s.anchor);
    if (!old) { out.push({ anchor: s.anchor, title: s.title, status: "added", lines: sectionEntries(s).map((l) => ({ op: "insert", ...l })) }); continue; }
    const lines = lcsDiff(sectionEntries(old), sectionEntries(s));
    out.push({ anchor: s.anchor, title: s.title, status: lines.every((l) => l.op === "equal") ? "unchanged" : "changed", lines });
  }
  for (const s of a.sections) {
    if (!after.has(s.anchor)) out.push({ anchor: s.anchor, title: s.title, status: "removed", lines: sectionEntries(s).map((l) => ({ op: "delete", ...l })) });
  }
  return out;
}
