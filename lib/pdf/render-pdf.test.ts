// The PDF checked with poppler (pdftotext, pdfinfo, pdffonts, pdftohtml), as a reader or a viewer sees it.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDocument } from "@/lib/policy";
import type { TDocument, TInline } from "@/lib/policy/document/types";
import { FIXTURES } from "@/lib/policy/fixtures";
import { sectionTitle } from "@/lib/policy/render/html";
import { pdfDate, renderPdf, type TPdfMeta } from "./render-pdf";
import { pdfHref } from "./runs";

const META: TPdfMeta = { company: "Maison Brunet", version: 3, publishedOn: "21\u00a0novembre\u00a02026", author: "Claire Brunet" };
const dir = mkdtempSync(path.join(tmpdir(), "pdf-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let count = 0;
async function write(doc: TDocument, meta: TPdfMeta = META, compress = true): Promise<{ file: string; bytes: Buffer }> {
  const bytes = await renderPdf(doc, meta, { compress });
  const file = path.join(dir, `${++count}.pdf`);
  writeFileSync(file, bytes);
  return { file, bytes };
}

const run = (cmd: string, ...args: string[]) => execFileSync(cmd, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
/** One space for every run of white space (U+00A0 and U+202F included), lines glued back after a hyphen break. */
const norm = (text: string) => text.normalize("NFC").replace(/-[ \t]*\n\s*/g, "-").replace(/[\s\u00a0\u202f]+/g, " ").trim();
const text = (file: string, ...args: string[]) => run("pdftotext", "-enc", "UTF-8", ...args, file, "-");
/** The text of the structure tree (what assistive technology reads), without white space. */
const squeeze = (s: string) => norm(s).replace(/ /g, "");
function structText(file: string): string {
  const strings = [...run("pdfinfo", "-struct-text", file).matchAll(/^\s*"(.*)"$/gm)].map((m) => m[1]);
  return squeeze(strings.join(""));
}
const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(run("pdfinfo", file))?.[1]);

/** What a reader sees of a run of text: links show their target when the text differs (as the text renderer). */
function shown(runs: TInline[]): string {
  return runs.map((r) => {
    if (r.kind !== "link" || !pdfHref(r.href) || r.href.startsWith("mailto:")) return r.text;
    const bare = r.href.replace(/^https?:\/\//i, "").replace(/\/$/, "");
    return r.text === r.href || r.text === bare ? r.text : `${r.text} (${bare})`;
  }).join("");
}

describe("renderPdf — ecommerce (the largest fixture)", { timeout: 30_000 }, () => {
  const doc = buildDocument(FIXTURES.ecommerce!, { now: "2026-11-21" });
  let file = "";
  let bytes: Buffer = Buffer.alloc(0);
  beforeAll(async () => {
    ({ file, bytes } = await write(doc));
  });

  it("is A4, PDF 1.7, tagged, with title, author, subject and dates from the meta", () => {
    const info = run("pdfinfo", file);
    expect(info).toMatch(/^Title:\s+Politique de confidentialité — Maison Brunet$/m);
    expect(info).toMatch(/^Author:\s+Claire Brunet$/m);
    expect(info).toMatch(/^Subject:\s+Politique de confidentialité de Maison Brunet, version 3 du 21 novembre 2026$/m);
    expect(info).toMatch(/^Page size:\s+595\.28 x 841\.89 pts \(A4\)$/m);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^PDF version:\s+1\.7$/m);
    expect(info).toMatch(/^CreationDate:\s+Sat Nov 21 00:00:00 2026 UTC$/m);
    expect(info).toMatch(/^JavaScript:\s+no$/m);
    expect(pageCount(file)).toBeGreaterThanOrEqual(5);
    // Catalog entries poppler does not print: language, and the title shown in the window bar.
    const raw = bytes.toString("latin1");
    expect(raw).toMatch(/\/Lang \(fr-FR\)/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
  });

  it("embeds every font (TrueType subsets with a Unicode map), no Type 3", () => {
    const rows = run("pdffonts", file).trim().split("\n").slice(2);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const row of rows) {
      expect(row).toMatch(/CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
      expect(row).not.toMatch(/Type 3/);
    }
    const names = rows.map((r) => r.split(/\s+/)[0]?.replace(/^[A-Z]{6}\+/, ""));
    expect(names).toEqual(expect.arrayContaining(["SourceSerif4-Regular", "SourceSerif4-SemiBold", "Inter-Regular", "Inter-SemiBold"]));
  });

  it("has selectable text: company, version, every section title, French typography intact", () => {
    const all = text(file);
    const t = norm(all);
    expect(t).toContain("Maison Brunet");
    expect(t).toContain("Version 3 du 21 novembre 2026");
    for (const s of doc.sections) expect(t).toContain(norm(sectionTitle(s)));
    for (const sample of ["Politique de confidentialité", "l’informatique", "(« RGPD »)", "20 000 €", "États-Unis", "à compter du", "Sécurité"]) {
      expect(t).toContain(sample);
    }
    expect(all).not.toMatch(/[\ufffd\u0000]/);
  });

  it("keeps U+202F before « ; » and « ? » as a space, mapped back to U+202F when copied", async () => {
    const t = norm(text(file));
    expect(t).toContain("Nous présentons ici l’essentiel ; le détail figure");
    expect(t).toContain("Qui traite vos données ?");
    expect(t).not.toMatch(/essentiel;/);
    // The glyph is a real one (a missing glyph maps to nothing): the ToUnicode CMaps map it to U+202F and U+00A0.
    const { bytes: plainBytes } = await write(doc, META, false);
    const raw = plainBytes.toString("latin1");
    expect(raw).toMatch(/<202f>/);
    expect(raw).toMatch(/<00a0>/);
  });

  it("has every paragraph, list item and table cell, whole and in order, in the structure tree", () => {
    const t = structText(file);
    const expected: string[] = [norm(doc.title), norm(doc.subtitle)];
    for (const b of [...doc.intro, ...doc.sections.flatMap((s) => s.blocks)]) {
      if (b.kind === "paragraph" || b.kind === "note") expected.push(shown(b.content));
      if (b.kind === "heading") expected.push(b.text);
      if (b.kind === "list") expected.push(...b.items.map(shown));
      if (b.kind === "table") expected.push(b.caption, ...b.header, ...b.rows.flat().map(shown));
    }
    const missing = expected.filter((e) => !t.includes(squeeze(e)));
    expect(missing).toEqual([]);
  });

  it("has a running head and foot on every page: company, version, date, « page x / y »", () => {
    const n = pageCount(file);
    for (let p = 1; p <= n; p++) {
      const page = norm(text(file, "-f", String(p), "-l", String(p)));
      expect(page).toContain("Maison Brunet");
      expect(page).toContain("Version 3 du 21 novembre 2026");
      expect(page).toContain(`page ${p} / ${n}`);
    }
  });

  it("has one bookmark per section, in order, pointing at the section's page and position", () => {
    const xml = run("pdftohtml", "-xml", "-i", "-stdout", "-q", file);
    const outline = /<outline>([\s\S]*?)<\/outline>/.exec(xml)?.[1] ?? "";
    const items = [...outline.matchAll(/<item page="(\d+)">([^<]*)<\/item>/g)];
    expect(items.map((m) => norm(m[2] as string))).toEqual(doc.sections.map((s) => norm(sectionTitle(s))));
    // Each bookmark's page shows its section title.
    for (const m of items) expect(norm(text(file, "-f", m[1] as string, "-l", m[1] as string))).toContain(norm(m[2] as string));
    // Destinations are [page /XYZ left top zoom] with left = 0 (pdfkit's outline writes page width − left).
    const dests = [...bytes.toString("latin1").matchAll(/\/Dest \[\d+ 0 R \/XYZ ([\d.]+) ([\d.]+) 0\]/g)];
    expect(dests).toHaveLength(doc.sections.length);
    for (const d of dests) expect(Number(d[1])).toBe(0);
  });

  it("has a named destination per section anchor (/p/…pdf#droits) and contents linking to them", () => {
    const raw = bytes.toString("latin1");
    for (const s of doc.sections) expect(raw).toContain(`(${s.anchor}) [`);
    const goTos = [...raw.matchAll(/\/S \/GoTo\s+\/D \(([a-z-]+)\)/g)].map((m) => m[1]);
    expect(goTos).toEqual(doc.sections.map((s) => s.anchor));
  });

  it("is tagged: headings, paragraphs, lists, tables, links and contents in the structure tree", () => {
    const struct = run("pdfinfo", "-struct", file);
    const count = (tag: string) => (struct.match(new RegExp(`^\\s*${tag}\\b`, "gm")) ?? []).length;
    expect(count("Document")).toBe(1);
    expect(count("H1")).toBe(1);
    expect(count("H2")).toBe(doc.sections.length);
    expect(count("Sect")).toBe(doc.sections.length);
    expect(count("P")).toBeGreaterThan(20);
    expect(count("L")).toBeGreaterThan(3);
    expect(count("LI")).toBe(count("LBody"));
    expect(count("Table")).toBe(doc.sections.flatMap((s) => s.blocks).filter((b) => b.kind === "table").length);
    expect(count("TH")).toBeGreaterThan(10);
    expect(count("TD")).toBeGreaterThan(10);
    expect(count("Link")).toBeGreaterThan(doc.sections.length);
    expect(count("TOCI")).toBe(doc.sections.length);
    // Structure text keeps the spaces at line ends (screen readers read it, not the page).
    const tagged = norm(run("pdfinfo", "-struct-text", file));
    const first = doc.intro.find((b) => b.kind === "paragraph");
    expect(first?.kind).toBe("paragraph");
    expect(tagged).toContain(norm(shown(first?.kind === "paragraph" ? first.content : [])).slice(0, 200));
  });

  it("links only to http(s) and mailto, with ASCII URIs", () => {
    const uris = [...bytes.toString("latin1").matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1] as string);
    expect(uris).toContain("https://www.maison-brunet.fr/");
    expect(uris).toContain("mailto:donnees@maison-brunet.fr");
    for (const u of uris) expect(u).toMatch(/^(https?:\/\/|mailto:)[\x21-\x7e]+$/);
  });

  it("keeps every word inside the margins and off the running head and foot", () => {
    const words = [...text(file, "-bbox").matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"/g)]
      .map((m) => m.slice(1, 5).map(Number) as [number, number, number, number]);
    expect(words.length).toBeGreaterThan(1000);
    for (const [x0, y0, x1, y1] of words) {
      expect(x0).toBeGreaterThanOrEqual(71.5);
      expect(x1).toBeLessThanOrEqual(595.28 - 71.5);
      expect(y0 >= 30 && y1 <= 812).toBe(true);
      expect(y1 <= 775 || y0 >= 785).toBe(true);
    }
  });

  it("is deterministic: same document and meta, same bytes", async () => {
    const again = await renderPdf(doc, META);
    expect(again.equals(bytes)).toBe(true);
  });
});

describe("renderPdf — hostile content", { timeout: 30_000 }, () => {
  const xss = ["<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)"];
  const doc: TDocument = {
    kind: "privacy-policy", schemaVersion: 1, lang: "fr", title: "Politique <b>de</b> confidentialité", subtitle: xss[1] as string,
    dateline: "En vigueur à compter du 21 novembre 2026", effectiveDate: "2026-11-21",
    intro: [{ kind: "paragraph", content: [{ kind: "text", text: `Texte ${xss[0]} fin.` }] }],
    sections: [{
      anchor: "essentiel", title: `Titre ${xss[0]}`, rules: [],
      blocks: [
        { kind: "paragraph", content: [
          { kind: "link", text: xss[2] as string, href: "javascript:alert(1)" },
          { kind: "text", text: " puis " },
          { kind: "link", text: "cliquez ici", href: "JaVaScRiPt:alert(document.cookie)" },
          { kind: "text", text: " et " },
          { kind: "link", text: "données", href: "data:text/html,<script>alert(1)</script>" },
          { kind: "text", text: " et " },
          { kind: "link", text: "tab", href: "java\tscript:alert(1)" },
          { kind: "text", text: " et " },
          { kind: "link", text: "le site", href: "https://exemple.fr/a(b)" },
        ] },
        { kind: "table", caption: xss[1] as string, header: ["A", "B"], rows: [[[{ kind: "text", text: xss[0] as string }], [{ kind: "link", text: "x", href: "vbscript:msgbox(1)" }]]] },
      ],
    }],
  };
  const meta: TPdfMeta = { company: xss[0] as string, version: 1, publishedOn: "1er mars 2027", author: xss[1] as string };

  it("prints the strings as plain text and writes no javascript: (or any non-http) URI", async () => {
    const { file, bytes } = await write(doc, meta, false);
    const t = norm(text(file));
    for (const s of xss) expect(t).toContain(s);
    expect(t).toContain("cliquez ici");
    const raw = bytes.toString("latin1");
    const uris = [...raw.matchAll(/\/URI\s*\(((?:\\.|[^\\)])*)\)/g)].map((m) => m[1]);
    // Every URI entry (literal or hex string) was read above: none other than the https one.
    expect(raw.match(/\/URI\s*[(<]/g)?.length).toBe(uris.length);
    expect(new Set(uris)).toEqual(new Set(["https://exemple.fr/a\\(b\\)"]));
    expect(raw).not.toMatch(/\/(JavaScript|JS|Launch|SubmitForm|ImportData)\b/);
    expect(run("pdfinfo", file)).toMatch(/^JavaScript:\s+no$/m);
    expect(run("pdfinfo", file)).toMatch(/^Author:\s+"><img src=x onerror=alert\(1\)>$/m);
  });
});

describe("renderPdf — stress: long words, huge cells, other scripts", { timeout: 30_000 }, () => {
  const long = "x".repeat(2500);
  const url = `https://exemple.fr/${"chemin/".repeat(60)}fin`;
  const words = Array.from({ length: 900 }, (_, i) => `mot${i}`).join(" ");
  const doc: TDocument = {
    ...buildDocument(FIXTURES.brochure!, { now: "2026-11-21" }),
    intro: [
      { kind: "paragraph", content: [{ kind: "text", text: `Début ${long} fin.` }] },
      { kind: "paragraph", content: [{ kind: "link", text: url, href: url }] },
      { kind: "paragraph", content: [{ kind: "text", text: "Łódź, Ștefan, Dvořák, ﬁchier, Œuvre, « guillemets », 12\u00a0€, l’été…" }] },
    ],
  };
  doc.sections = [{
    anchor: "donnees", number: 1, title: "Tableau démesuré", rules: [],
    blocks: [{
      kind: "table", caption: "Huit colonnes", header: Array.from({ length: 8 }, (_, i) => `Colonne ${i + 1}`),
      rows: [
        Array.from({ length: 8 }, (_, i) => [{ kind: "text" as const, text: i === 3 ? words : `Anticonstitutionnellement${i}` }]),
        Array.from({ length: 8 }, () => [{ kind: "text" as const, text: long.slice(0, 300) }]),
      ],
    }],
  }, ...doc.sections];

  it("breaks what cannot fit, keeps it inside the page, and loses no text", async () => {
    const company = `Société ${"Très Longue ".repeat(20)}SAS`;
    const { file } = await write(doc, { ...META, company });
    const bbox = text(file, "-bbox");
    for (const m of bbox.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"/g)) {
      expect(Number(m[1])).toBeGreaterThanOrEqual(71.5);
      expect(Number(m[3])).toBeLessThanOrEqual(595.28 - 71.5);
      expect(Number(m[4])).toBeLessThanOrEqual(812);
    }
    const t = structText(file);
    expect(t).toContain(long);
    expect(t).toContain(url);
    expect(t).toContain(words.replace(/\s+/g, ""));
    expect(norm(text(file))).toContain("Łódź, Ștefan, Dvořák, fichier, Œuvre, « guillemets », 12 €, l’été…");
    for (const row of run("pdffonts", file).trim().split("\n").slice(2)) expect(row).toMatch(/yes\s+yes\s+yes/);
    // The repeated header row of the split table: on every page of the table.
    const pages = pageCount(file);
    expect(pages).toBeGreaterThan(2);
    expect(text(file, "-f", "2", "-l", "2")).toContain("Colonne 1");
    // A company name too long for the running head is shortened, never overprinted on the title.
    const head = norm(text(file, "-f", "1", "-l", "1")).slice(0, 200);
    expect(head).toMatch(/^Société Très Longue .*…/);
    expect(head).toContain("Politique de confidentialité");
  });
});

describe("renderPdf — every fixture", { timeout: 30_000 }, () => {
  for (const [name, answers] of Object.entries(FIXTURES)) {
    it(`${name}: renders, one bookmark per section, fonts embedded`, async () => {
      const doc = buildDocument(answers, { now: "2026-11-21" });
      const { file } = await write(doc, { ...META, company: doc.subtitle });
      const xml = run("pdftohtml", "-xml", "-i", "-stdout", "-q", file);
      expect([...xml.matchAll(/<item page="\d+">/g)]).toHaveLength(doc.sections.length);
      for (const row of run("pdffonts", file).trim().split("\n").slice(2)) expect(row).toMatch(/yes\s+yes\s+yes/);
      expect(text(file)).not.toMatch(/\ufffd/);
    });
  }
});

describe("helpers", () => {
  it("pdfDate reads the French date, else the effective date", () => {
    expect(pdfDate("21\u00a0novembre\u00a02026", "2000-01-01").toISOString()).toBe("2026-11-21T00:00:00.000Z");
    expect(pdfDate("1er février 2027", "2000-01-01").toISOString()).toBe("2027-02-01T00:00:00.000Z");
    expect(pdfDate("demain", "2026-03-04").toISOString()).toBe("2026-03-04T00:00:00.000Z");
  });

  it("pdfHref keeps http(s) and mailto only, as ASCII", () => {
    expect(pdfHref("javascript:alert(1)")).toBeNull();
    expect(pdfHref(" https://exemple.fr")).toBeNull();
    expect(pdfHref("https://exemple.fr/\u0000")).toBeNull();
    expect(pdfHref("file:///etc/passwd")).toBeNull();
    expect(pdfHref("https://exemple.fr")).toBe("https://exemple.fr/");
    expect(pdfHref("https://café.fr/données")).toBe("https://xn--caf-dma.fr/donn%C3%A9es");
    expect(pdfHref("mailto:dpo@exemple.fr")).toBe("mailto:dpo@exemple.fr");
  });
});
