// The page cursor over a pdfkit document: our own pagination (pdfkit's automatic page breaks are never
// used), line drawing with links, and the tagging (structure elements, marked content, artifacts).
import { pdfFonts, type TFont, type TFontKey, type TFontName } from "./fonts";
import { parsedFonts } from "./shaping";
import type { TLine, TMeasure, TStyle } from "./layout";

export const PAGE = { width: 595.28, height: 841.89 };
export const MARGIN = { left: 72, right: 72, top: 78, bottom: 72 };
export const COLOR = {
  text: "#1d1d1f",
  muted: "#62666d",
  accent: "#1e3a5f",
  link: "#1b4f8c",
  rule: "#c6cad0",
  fill: "#eef0f3",
};

export type TEl = PDFKit.PDFStructureElement;
/** A structure element and the tag its marked content carries. */
export type TNode = { el: TEl; tag: string };

type TPiece = { text: string; style: TStyle; x: number; width: number };

// pdfkit supports these at run time; @types/pdfkit 0.17 does not declare them.
type TAnnotationOptions = PDFKit.Mixins.AnnotationOption & { structParent?: TEl };
type TStructOptions = { title?: string; scope?: "Row" | "Column" | "Both" };
/** A PDF text string: pdfkit writes a JS string primitive as a name, a String object as a string. */
export const pdfString = (text: string) => Object(text) as string;

export class Writer {
  readonly doc: PDFKit.PDFDocument;
  private readonly fonts: Record<TFontName, TFont>;
  readonly left = MARGIN.left;
  readonly width = PAGE.width - MARGIN.left - MARGIN.right;
  readonly top = MARGIN.top;
  readonly bottom = PAGE.height - MARGIN.bottom;
  y = MARGIN.top;
  private widths = new Map<string, number>();
  private openNode: TNode | null = null;
  private links = new Map<number, TNode>();
  private linkCount = 0;

  constructor(doc: PDFKit.PDFDocument) {
    this.doc = doc;
    this.fonts = pdfFonts();
    const parsed = parsedFonts();
    for (const name of Object.keys(parsed) as TFontName[]) doc.registerFont(name, parsed[name] as unknown as Buffer);
  }

  // ——— Measuring ———

  use(font: TFontName, size: number): PDFKit.PDFDocument {
    return this.doc.font(font).fontSize(size);
  }

  /**
   * The text cut into runs of one font: the latin subset, else its latin-ext fallback for the characters
   * only that one has, else the compatibility decomposition when the font has it (« ﬁ », « ² »); any other
   * character (emoji, CJK) stays in the first font, as a missing glyph.
   */
  private runs(text: string, font: TFontKey): [string, TFontName][] {
    const main = this.fonts[font].covers;
    const has = (set: Set<number>, ch: string) => (ch.codePointAt(0) as number) <= 0x20 || set.has(ch.codePointAt(0) as number);
    let plain = true;
    for (const ch of text) if (!has(main, ch)) plain = false;
    if (plain) return [[text, font]];
    const ext = this.fonts[`${font}Ext`].covers;
    const out: [string, TFontName][] = [];
    for (const ch of text) {
      let glyphs = ch;
      let name: TFontName = font;
      if (!has(main, ch)) {
        const decomposed = ch.normalize("NFKD");
        if (has(ext, ch)) name = `${font}Ext`;
        else if ([...decomposed].every((c) => has(main, c))) glyphs = decomposed;
      }
      const last = out[out.length - 1];
      if (last && last[1] === name) last[0] += glyphs;
      else out.push([glyphs, name]);
    }
    return out;
  }

  measure: TMeasure = (text, style) => {
    const key = `${style.font}\u0000${style.size}\u0000${text}`;
    let w = this.widths.get(key);
    if (w === undefined) {
      w = 0;
      for (const [run, font] of this.runs(text, style.font)) w += this.use(font, style.size).widthOfString(run);
      this.widths.set(key, w);
    }
    return w;
  };

  nextLinkId(): number {
    return ++this.linkCount;
  }

  // ——— Pages ———

  get atTop(): boolean {
    return this.y <= this.top + 0.5;
  }

  room(): number {
    return this.bottom - this.y;
  }

  newPage(): void {
    this.close();
    this.doc.addPage();
    this.y = this.top;
  }

  /** Starts a new page unless `height` still fits (or the page is still empty). */
  ensure(height: number): void {
    if (!this.atTop && this.y + height > this.bottom + 0.01) this.newPage();
  }

  /** Vertical space, swallowed at the top of a page. */
  gap(height: number): void {
    if (!this.atTop) this.y += height;
  }

  // ——— Tagging ———

  child(parent: TNode, tag: string, options?: TStructOptions): TNode {
    const el = this.doc.struct(tag, options as PDFKit.Mixins.StructureElementOptions);
    parent.el.add(el);
    return { el, tag };
  }

  /** Opens marked content for `node` (closing whatever was open). */
  open(node: TNode): void {
    if (this.openNode === node) return;
    this.close();
    node.el.add(this.doc.markStructureContent(node.tag));
    this.openNode = node;
  }

  close(): void {
    if (!this.openNode) return;
    this.doc.endMarkedContent();
    this.openNode = null;
  }

  /** Decoration (rules, fills, running heads): marked as an artifact, outside the structure tree. */
  artifact(draw: () => void, type?: "Pagination" | "Layout"): void {
    this.close();
    this.doc.markContent("Artifact", type ? { type } : undefined);
    draw();
    this.doc.endMarkedContent();
  }

  /** The Link element of link run `id` inside `parent` (created on first use). */
  linkNode(parent: TNode, id: number): TNode {
    let link = this.links.get(id);
    if (!link) {
      link = this.child(parent, "Link");
      this.links.set(id, link);
    }
    return link;
  }

  /** Ends the Link elements opened by a block (call when the block is done). */
  endLinks(): void {
    this.close();
    for (const { el } of this.links.values()) el.end();
    this.links.clear();
  }

  /** The text, shortened with « … » when wider than `max` (running heads: one line, no wrapping). */
  fit(text: string, style: TStyle, max: number): string {
    if (this.measure(text, style) <= max) return text;
    const chars = [...text];
    let lo = 0;
    let hi = chars.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (this.measure(`${chars.slice(0, mid).join("").trimEnd()}…`, style) <= max) lo = mid;
      else hi = mid - 1;
    }
    return `${chars.slice(0, lo).join("").trimEnd()}…`;
  }

  // ——— Drawing ———

  /** Text at a baseline, no wrapping. */
  text(text: string, x: number, baseline: number, style: TStyle): void {
    let cx = x;
    for (const [run, font] of this.runs(text, style.font)) {
      this.use(font, style.size).fillColor(style.color).text(run, cx, baseline, { lineBreak: false, baseline: "alphabetic" });
      cx += this.doc.widthOfString(run);
    }
  }

  /**
   * Draws one laid-out line whose box starts at `this.y`, inside `node` (null: untagged, for artifacts);
   * `justify` is the column width when the line should be justified. Advances `this.y` by `lineHeight`.
   */
  line(line: TLine, x: number, lineHeight: number, node: TNode | null, justify?: number): void {
    const size = Math.max(...line.atoms.flatMap((a) => a.frags.map((f) => f.style.size)));
    const baseline = this.y + (lineHeight - size) / 2 + size * 0.78;
    const last = line.atoms.length - 1;
    const gaps = line.atoms.filter((a, i) => i < last && a.space > 0).length;
    let extra = justify !== undefined && gaps > 0 ? (justify - line.width) / gaps : 0;
    if (extra < 0 || extra > size * 0.6) extra = 0;
    const pieces: TPiece[] = [];
    let cx = x;
    const put = (text: string, style: TStyle, width: number) => {
      const prev = pieces[pieces.length - 1];
      if (prev && prev.style === style && Math.abs(prev.x + prev.width - cx) < 0.01) {
        prev.text += text;
        prev.width += width;
      } else pieces.push({ text, style, x: cx, width });
      cx += width;
    };
    line.atoms.forEach((atom, i) => {
      for (const f of atom.frags) put(f.text, f.style, f.width);
      // The space at the end of a line is drawn too (invisible): text read from the structure tree
      // (screen readers, reflow) would otherwise glue the last word of a line to the first of the next.
      if (atom.space > 0) {
        put(" ", atom.spaceStyle ?? (atom.frags[atom.frags.length - 1] as { style: TStyle }).style, atom.space);
        if (i < last) cx += extra;
      }
    });
    for (const p of pieces) this.piece(p, baseline, lineHeight, node);
    this.y += lineHeight;
  }

  private piece(p: TPiece, baseline: number, lineHeight: number, node: TNode | null): void {
    const { style } = p;
    if (!node || style.linkId === undefined || !style.href) {
      if (node) this.open(node);
      this.text(p.text, p.x, baseline, style);
      return;
    }
    const link = this.linkNode(node, style.linkId);
    this.open(link);
    this.text(p.text, p.x, baseline, style);
    const width = p.text.endsWith(" ") ? p.width - this.measure(" ", style) : p.width;
    if (width < 0.5) return;
    if (style.underline) {
      this.doc.save().lineWidth(0.45).strokeColor(style.color)
        .moveTo(p.x, baseline + 1.7).lineTo(p.x + width, baseline + 1.7).stroke().restore();
    }
    const options: TAnnotationOptions = { structParent: link.el, Contents: pdfString(p.text.trim()) };
    const top = this.y + 1;
    if (style.href.startsWith("#")) this.doc.goTo(p.x, top, width, lineHeight - 2, style.href.slice(1), options);
    else this.doc.link(p.x, top, width, lineHeight - 2, style.href, options);
  }

  /**
   * Draws lines at `x` with pagination: no orphan (a lone first line at the foot of a page) and no widow
   * (a lone last line at the head of the next); paragraphs of three lines or fewer are never split.
   */
  lines(lines: TLine[], x: number, lineHeight: number, node: TNode, justify?: number): void {
    let i = 0;
    while (i < lines.length) {
      const fit = Math.floor((this.room() + 0.01) / lineHeight);
      const rest = lines.length - i;
      let k = Math.min(rest, fit);
      if (k < rest && !this.atTop) {
        if (i === 0 && (k < 2 || rest <= 3)) k = 0;
        else if (rest - k === 1) k -= 1;
        if (k < 1) {
          this.newPage();
          continue;
        }
      }
      k = Math.max(1, k);
      for (let j = i; j < i + k; j++) {
        const last = j === lines.length - 1;
        this.line(lines[j] as TLine, x, lineHeight, node, last ? undefined : justify);
      }
      i += k;
      if (i < lines.length) this.newPage();
    }
  }

  rule(x1: number, x2: number, y: number, color: string, width: number): void {
    this.artifact(() => {
      this.doc.save().lineWidth(width).strokeColor(color).moveTo(x1, y).lineTo(x2, y).stroke().restore();
    });
  }

  /** Named destination at the cursor (the PDF opens there with `#anchor`). */
  destination(name: string): void {
    this.doc.addNamedDestination(name, "XYZ", 0, Math.max(0, this.y - 12), 0);
  }

  /** Bookmark pointing at the cursor. pdfkit 0.20 writes `left` as page width − left, hence the width. */
  bookmark(title: string): void {
    const options = { fit: false, top: Math.max(0, this.y - 12), left: PAGE.width, zoom: 0 };
    this.doc.outline.addItem(title, options as { expanded?: boolean });
  }
}
