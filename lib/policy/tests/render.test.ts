// Renderers: structure (sections, anchors, tables), escaping of every user string, safe links only.
import { describe, expect, it } from "vitest";
import {
  ANCHORS, buildDocument, defaultAnswers, lintRenderedText, renderHtmlDocument, renderHtmlFragment, renderJson, renderMarkdown, renderText, SCHEMA_VERSION,
  type TDocument,
} from "..";
import { link, safeHref } from "../document/inline";
import { fixture, markupProblems } from "./support";

const EVIL = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>";

function evilDoc(): TDocument {
  const a = fixture("ecommerce");
  a.controller.legalName = `Maison ${EVIL}`;
  a.purposes[0]!.label = `Commandes ${EVIL}`;
  a.recipients[0]!.description = `javascript:alert(1) ${EVIL}`;
  a.cookies.trackers[0]!.name = `cart${EVIL}`;
  return buildDocument(a);
}

describe("document tree", () => {
  it("follows the section order of RULES §2.3 with stable anchors", () => {
    const doc = buildDocument(fixture("marketplace"));
    const anchors = doc.sections.map((s) => s.anchor);
    expect(anchors).toEqual(ANCHORS.filter((a) => anchors.includes(a)));
    expect(anchors).toEqual(expect.arrayContaining(["essentiel", "responsable", "dpo", "donnees", "finalites", "destinataires", "transferts", "conservation", "droits", "consentement", "decisions-automatisees", "cookies", "mineurs", "securite", "reclamation", "modifications"]));
    expect(doc.sections.slice(1).map((s) => s.number)).toEqual(doc.sections.slice(1).map((_, i) => i + 1));
  });

  it("omits what does not apply: no consent section and no security section for the brochure site", () => {
    const anchors = buildDocument(fixture("brochure")).sections.map((s) => s.anchor);
    expect(anchors).not.toContain("consentement");
    expect(anchors).not.toContain("securite");
  });

  it("is deterministic and takes its date from the answers, or from `now` when they have none", () => {
    const a = fixture("brochure");
    expect(JSON.stringify(buildDocument(a))).toBe(JSON.stringify(buildDocument(a)));
    expect(buildDocument(a).dateline).toBe("En vigueur à compter du 21\u00a0novembre\u00a02026");
    expect(buildDocument({ ...a, effectiveDate: "" }, { now: "2027-03-01" }).dateline).toBe("En vigueur à compter du 1er\u00a0mars\u00a02027");
  });
});

describe("drafts in the live preview", () => {
  it("an empty draft renders, shows what is missing, and the lint blocks it (E09)", () => {
    const doc = buildDocument(defaultAnswers(), { now: "2026-11-21" });
    const txt = renderText(doc);
    expect(txt).toContain("[dénomination à compléter]");
    expect(txt).not.toMatch(/\bundefined\b/);
    expect(lintRenderedText(txt).map((f) => f.ruleId)).toContain("E09");
  });
});

describe("links", () => {
  it("only http(s) and mailto become links", () => {
    for (const bad of ["javascript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)", "data:text/html,x", "vbscript:x", "//evil.example", "https://x.fr\" onmouseover=\"x"]) {
      expect(safeHref(bad), bad).toBeNull();
      expect(link("x", bad).kind).toBe("text");
    }
    for (const good of ["https://www.cnil.fr/fr/plaintes", "http://exemple.fr", "mailto:donnees@exemple.fr"]) expect(safeHref(good)).toBe(good);
  });

  it("a javascript: href smuggled into a tree is never rendered as a link", () => {
    const doc = buildDocument(fixture("brochure"));
    doc.intro[0] = { kind: "paragraph", content: [{ kind: "link", text: "cliquez", href: "javascript:alert(1)" }] };
    for (const out of [renderHtmlFragment(doc), renderMarkdown(doc)]) expect(out.toLowerCase()).not.toContain("javascript:");
  });
});

describe("HTML", () => {
  it("escapes every user string", () => {
    const html = renderHtmlFragment(evilDoc());
    expect(html).not.toMatch(/<script|<img|href="javascript/i);
    expect(markupProblems(html)).toEqual([]);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
  });

  it("uses semantic headings, sections with anchors, tables with caption and header scopes", () => {
    const html = renderHtmlFragment(buildDocument(fixture("ecommerce")));
    expect(html).toMatch(/^<article class="policy" lang="fr">/);
    expect(html).toContain('<section id="finalites" aria-labelledby="finalites-titre">');
    expect(html).toContain('<h2 id="finalites-titre">4. Finalités et bases légales</h2>');
    expect(html).toContain("<caption>Finalités, bases légales et caractère obligatoire des données</caption>");
    expect(html).toContain('<th scope="col">Base légale</th>');
    expect(html).toMatch(/<tr><th scope="row">Gestion des commandes et des livraisons<\/th><td data-label="Données utilisées">/);
    expect(html).toContain('<a href="#cookies">');
    expect(renderHtmlFragment(buildDocument(fixture("ecommerce")), { headingLevel: 2 })).toContain('<h3 id="finalites-titre">');
  });

  it("standalone document: lang=fr, inline CSS, no external request", () => {
    const html = renderHtmlDocument(buildDocument(fixture("ai-gallery")));
    expect(html.startsWith("<!DOCTYPE html>\n<html lang=\"fr\">")).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("<style>");
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<(script|link|img|iframe)\b|src=|@import|url\(/i);
    expect(html).toContain("<title>Politique de confidentialité — Pixelune</title>");
    const opened = (html.match(/<(section|table|ul|article|main)\b/g) ?? []).length;
    const closed = (html.match(/<\/(section|table|ul|article|main)>/g) ?? []).length;
    expect(opened).toBe(closed);
  });
});

describe("Markdown, text, JSON", () => {
  it("Markdown escapes user text: no raw HTML, no injected link or emphasis", () => {
    const md = renderMarkdown(evilDoc());
    expect(md).not.toMatch(/(?<!\\)<(?!https?:|mailto:)/);
    expect(md).toContain("\\<script\\>");
    expect(md).toMatch(/^# Politique de confidentialité\n/);
    expect(md).toContain("| Finalité | Données utilisées | Base légale | Fourniture des données |");
  });

  it("a user's line breaks never become Markdown structure", () => {
    const a = fixture("brochure");
    a.purposes[0]!.description = "Première ligne\n\n# Titre injecté\n- puce";
    const md = renderMarkdown(buildDocument(a));
    expect(md).not.toMatch(/^# Titre injecté/m);
    expect(md).not.toMatch(/^- puce/m);
  });

  it("plain text keeps every table row readable as « Colonne : valeur » lines", () => {
    const txt = renderText(buildDocument(fixture("brochure")));
    expect(txt).toContain("POLITIQUE DE CONFIDENTIALITÉ\n============================");
    expect(txt).toContain("  Durée de conservation\u00a0: 6\u00a0mois à compter de la collecte.");
  });

  it("JSON carries the schema version and the whole tree", () => {
    const doc = buildDocument(fixture("kids-app"));
    const parsed = JSON.parse(renderJson(doc)) as { schemaVersion: number; document: TDocument };
    expect(parsed.schemaVersion).toBe(SCHEMA_VERSION);
    expect(parsed.document).toEqual(doc);
  });
});
