// Property-style: random valid answers (seeded, reproducible) never throw, never produce a placeholder,
// never produce unescaped markup, whatever the free text holds.
import { describe, expect, it } from "vitest";
import {
  buildDocument, checkCompliance, lintRenderedText, renderHtmlDocument, renderHtmlFragment, renderJson, renderMarkdown, renderText, zAnswers,
} from "..";
import { randomAnswers } from "./random-answers";
import { markupProblems } from "./support";

/** Placeholders and blank fields the engine itself could produce (E09), user text aside. */
const ENGINE_PLACEHOLDER = /\bundefined\b|\bnull\b|\bNaN\b|\[object Object\]|\{\{|\}\}|\[\s*\]|\(\s*\)|\s:\s*[.;,]|,\s*,|\s\.(\s|$)/;

const SEEDS = Array.from({ length: 300 }, (_, i) => i + 1);

describe("random valid answers", () => {
  it("the generator produces answers the schema accepts", () => {
    for (const seed of SEEDS.slice(0, 50)) {
      const parsed = zAnswers.safeParse(randomAnswers(seed));
      expect(parsed.success, `seed ${seed}: ${parsed.success ? "" : JSON.stringify(parsed.error.issues[0])}`).toBe(true);
    }
  });

  it("never throw, never produce a placeholder, never produce unescaped markup (300 seeds)", () => {
    for (const seed of SEEDS) {
      const a = zAnswers.parse(randomAnswers(seed));
      const doc = buildDocument(a);
      const html = renderHtmlFragment(doc);
      const md = renderMarkdown(doc);
      const txt = renderText(doc);
      renderJson(doc);
      renderHtmlDocument(doc);
      checkCompliance(a);
      lintRenderedText(txt);
      expect(markupProblems(html), `seed ${seed}`).toEqual([]);
      expect(html).not.toMatch(/<script|<img|href="javascript/i);
      expect(md, `seed ${seed}`).not.toMatch(/(?<!\\)<(?!https?:|mailto:)/);
      expect(ENGINE_PLACEHOLDER.exec(txt.replace(/\n/g, " ")), `seed ${seed}`).toBeNull();
      for (const s of doc.sections) for (const b of s.blocks) {
        if (b.kind === "table") for (const row of b.rows) for (const cell of row) expect(cell.map((c) => c.text).join("").trim(), `seed ${seed} ${s.anchor}`).not.toBe("");
      }
    }
  }, 60_000);
});
