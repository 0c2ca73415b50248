// The policy as a PDF (A4, tagged, bookmarked, fonts embedded), served at /p/[slug]/v/[n].pdf.
// Layout: title block, introduction, contents with page numbers, then one section per heading; running
// head (company, title) and foot (version, date, « page x / y ») on every page, drawn once the page count
// is known. Deterministic: the same document and meta give the same bytes (dates come from the meta).
// Server code (node:fs for the fonts): the app imports it through ./render-pdf.ts, which is server-only.
import PDFDocument from "pdfkit";
import type { TDocument, TSection } from "@/lib/policy/document/types";
import { sectionTitle } from "@/lib/policy/render/html";
import { H1, H2, SANS_SMALL, block, heading, startHeight, style } from "./blocks";
import { layoutText, type TSpan, type TStyle } from "./layout";
import { COLOR, MARGIN, PAGE, Writer, type TNode } from "./writer";

export type TPdfMeta = {
  company: string;
  version: number;
  /** French date of publication, « 21 novembre 2026 ». */
  publishedOn: string;
  author: string;
};

export type TPdfOptions = {
  /** Deflate the content streams (default true; tests turn it off to read the raw bytes). */
  compress?: boolean;
};

const MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

/** « 21 novembre 2026 » (or « 1er mars 2027 ») → UTC midnight; else the effective date; else the epoch. */
export function pdfDate(french: string, fallbackIso: string): Date {
  const m = /^(\d{1,2})(?:er)?[\s\u00a0\u202f]+(\p{L}+)[\s\u00a0\u202f]+(\d{4})$/u.exec(french.trim());
  const month = m ? MONTHS.indexOf((m[2] as string).toLowerCase()) : -1;
  if (m && month >= 0) return new Date(Date.UTC(Number(m[3]), month, Number(m[1])));
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(fallbackIso);
  return iso ? new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]))) : new Date(0);
}

/** Plain single-space text for the document information (no U+202F: some viewers lack the glyph). */
const plain = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, " ").trim();

export async function renderPdf(doc: TDocument, meta: TPdfMeta, options: TPdfOptions = {}): Promise<Buffer> {
  const created = pdfDate(meta.publishedOn, doc.effectiveDate);
  const pdf = new PDFDocument({
    size: "A4",
    margins: MARGIN,
    bufferPages: true,
    compress: options.compress ?? true,
    pdfVersion: "1.7",
    tagged: true,
    lang: "fr-FR",
    displayTitle: true,
    info: {
      Title: plain(`${doc.title} — ${doc.subtitle || meta.company}`),
      Author: plain(meta.author),
      Subject: plain(`${doc.title} de ${meta.company}, version ${meta.version} du ${meta.publishedOn}`),
      Keywords: plain(`RGPD, données personnelles, politique de confidentialité, ${meta.company}`),
      CreationDate: created,
      ModDate: created,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });
  const w = new Writer(pdf);
  const root: TNode = { el: pdf.struct("Document"), tag: "Document" };
  pdf.addStructure(root.el);

  titleBlock(w, root, doc, meta);
  for (const b of doc.intro) block(w, root, b);
  const toc = contents(w, root, doc.sections);
  const pages = new Map<string, number>();
  for (const s of doc.sections) section(w, root, s, pages);
  w.close();

  const { count } = pdf.bufferedPageRange();
  for (const entry of toc) {
    pdf.switchToPage(entry.page);
    const number = String((pages.get(entry.anchor) ?? entry.page) + 1);
    const numberStyle = style("serif", 10);
    const x = w.left + w.width - w.measure(number, numberStyle);
    w.open(entry.node);
    w.text(number, x, entry.baseline, numberStyle);
    w.close();
    w.artifact(() => {
      if (x - 6 > entry.end + 6) {
        pdf.save().lineWidth(0.8).strokeColor(COLOR.rule).dash(0.8, { space: 2.6 })
          .moveTo(entry.end + 6, entry.baseline).lineTo(x - 6, entry.baseline).stroke().undash().restore();
      }
    }, "Layout");
    entry.node.el.end();
  }
  for (let i = 0; i < count; i++) {
    pdf.switchToPage(i);
    runningHeads(w, doc, meta, i + 1, count);
  }
  root.el.end();
  pdf.end();
  return done;
}

function titleBlock(w: Writer, root: TNode, doc: TDocument, meta: TPdfMeta): void {
  heading(w, root, "H1", doc.title, H1, 31);
  w.y += 2;
  if (doc.subtitle) heading(w, root, "P", doc.subtitle, style("serifItalic", 14, COLOR.muted), 20);
  w.y += 8;
  const line = `${doc.dateline} · Version ${meta.version}, publiée le ${meta.publishedOn}`;
  heading(w, root, "P", line, style("sans", 8.6, COLOR.muted), 13);
  w.y += 12;
  w.rule(w.left, w.left + w.width, w.y, COLOR.accent, 1);
  w.y += 18;
}

type TTocEntry = { anchor: string; node: TNode; page: number; baseline: number; end: number };

/** Contents: titles now (linked to the sections' named destinations), page numbers once known. */
function contents(w: Writer, root: TNode, sections: TSection[]): TTocEntry[] {
  if (!sections.length) return [];
  const entries: TTocEntry[] = [];
  w.gap(10);
  w.ensure(20 + 3 * 16);
  const label = style("sansSemibold", 8.4, COLOR.accent);
  const toc = w.child(root, "TOC");
  heading(w, toc, "Caption", "Sommaire", label, 16);
  w.y += 2;
  const lh = 15;
  const number = style("serif", 10, COLOR.muted);
  for (const s of sections) {
    const st: TStyle = { ...style("serif", 10), href: `#${s.anchor}`, linkId: w.nextLinkId() };
    const spans: TSpan[] = [{ text: s.title, style: st }];
    const lines = layoutText(spans, w.width - 22 - 40, w.measure);
    w.ensure(lines.length * lh);
    const node = w.child(toc, "TOCI");
    const top = w.y;
    const baseline = top + (lh - 10) / 2 + 10 * 0.78;
    if (s.number !== undefined) {
      const link = w.linkNode(node, st.linkId as number);
      w.open(link);
      w.text(`${s.number}. `, w.left + 14 - w.measure(`${s.number}.`, number), baseline, number);
    }
    w.lines(lines, w.left + 22, lh, node);
    w.endLinks();
    const last = lines[lines.length - 1];
    const lastBaseline = baseline + (lines.length - 1) * lh;
    entries.push({ anchor: s.anchor, node, page: currentPage(w), baseline: lastBaseline, end: w.left + 22 + (last?.width ?? 0) });
  }
  w.y += 14;
  return entries;
}

const currentPage = (w: Writer) => {
  const { start, count } = w.doc.bufferedPageRange();
  return start + count - 1;
};

function section(w: Writer, root: TNode, s: TSection, pages: Map<string, number>): void {
  const sect = w.child(root, "Sect", { title: plain(sectionTitle(s)) });
  w.gap(16);
  w.ensure(25 + startHeight(w, s.blocks[0]));
  pages.set(s.anchor, currentPage(w));
  w.destination(s.anchor);
  w.bookmark(plain(sectionTitle(s)));
  heading(w, sect, "H2", sectionTitle(s), H2, 20);
  w.y += 5;
  s.blocks.forEach((b, i) => block(w, sect, b, s.blocks[i + 1]));
  sect.el.end();
}

function runningHeads(w: Writer, doc: TDocument, meta: TPdfMeta, page: number, count: number): void {
  const right = w.left + w.width;
  const head = 46;
  const foot = PAGE.height - 44;
  const companyStyle = style("sansSemibold", 7.6, COLOR.muted);
  w.artifact(() => {
    const title = w.fit(plain(doc.title), SANS_SMALL, w.width / 2);
    const company = w.fit(plain(meta.company), companyStyle, w.width - w.measure(title, SANS_SMALL) - 24);
    w.text(company, w.left, head, companyStyle);
    w.text(title, right - w.measure(title, SANS_SMALL), head, SANS_SMALL);
    w.doc.save().lineWidth(0.5).strokeColor(COLOR.rule).moveTo(w.left, head + 6).lineTo(right, head + 6).stroke()
      .moveTo(w.left, foot - 12).lineTo(right, foot - 12).stroke().restore();
    w.text(w.fit(`Version ${meta.version} du ${plain(meta.publishedOn)}`, SANS_SMALL, w.width - 80), w.left, foot, SANS_SMALL);
    const label = `page ${page} / ${count}`;
    w.text(label, right - w.measure(label, SANS_SMALL), foot, SANS_SMALL);
  }, "Pagination");
}

