// Section-by-section text diff of two rendered documents (line-level LCS inside each section).
import { inlineText } from "../document/inline";
import type { TBlock, TDocument, TSection } from "../document/types";

export type TLineOp = { op: "equal" | "insert" | "delete"; text: string };
export type TSectionDiff = { anchor: string; title: string; status: "added" | "removed" | "changed" | "unchanged"; lines: TLineOp[] };

function blockLines(b: TBlock): string[] {
  switch (b.kind) {
    case "paragraph":
    case "note": return [inlineText(b.content)];
    case "heading": return [b.text];
    case "list": return b.items.map((i) => `- ${inlineText(i)}`);
    case "table": return [b.caption, ...b.rows.map((r) => r.map(inlineText).join(" | "))];
  }
}

export function sectionLines(s: TSection): string[] {
  return s.blocks.flatMap(blockLines);
}

function lcsDiff(a: string[], b: string[]): TLineOp[] {
  const n = a.length;
  const m = b.length;
  const t: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) {
    t[i]![j] = a[i] === b[j] ? t[i + 1]![j + 1]! + 1 : Math.max(t[i + 1]![j]!, t[i]![j + 1]!);
  }
  const out: TLineOp[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) { out.push({ op: "equal", text: a[i]! }); i++; j++; }
    else if (t[i + 1]![j]! >= t[i]![j + 1]!) out.push({ op: "delete", text: a[i++]! });
    else out.push({ op: "insert", text: b[j++]! });
  }
  while (i < n) out.push({ op: "delete", text: a[i++]! });
  while (j < m) out.push({ op: "insert", text: b[j++]! });
  return out;
}

export function diffDocuments(a: TDocument, b: TDocument): TSectionDiff[] {
  const before = new Map(a.sections.map((s) => [s.anchor, s]));
  const after = new Map(b.sections.map((s) => [s.anchor, s]));
  const out: TSectionDiff[] = [];
  for (const s of b.sections) {
    const old = before.get(s.anchor);
    if (!old) { out.push({ anchor: s.anchor, title: s.title, status: "added", lines: sectionLines(s).map((text) => ({ op: "insert", text })) }); continue; }
    const lines = lcsDiff(sectionLines(old), sectionLines(s));
    out.push({ anchor: s.anchor, title: s.title, status: lines.every((l) => l.op === "equal") ? "unchanged" : "changed", lines });
  }
  for (const s of a.sections) {
    if (!after.has(s.anchor)) out.push({ anchor: s.anchor, title: s.title, status: "removed", lines: sectionLines(s).map((text) => ({ op: "delete", text })) });
  }
  return out;
}
