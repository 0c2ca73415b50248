import { describe, expect, it } from "vitest";
import { buildDocument, renderHtmlDocument, renderHtmlFragment, renderJson, renderMarkdown, renderText, type TAnswers } from "@/lib/policy";
import { FIXTURES } from "@/lib/policy/fixtures";
import { LIVE_MARKUP, XSS_CORPUS } from "../support/xss-corpus";

// Puts a payload in every free-text answer a user types (names, descriptions, purposes, recipients, trackers).
function infect(answers: TAnswers, payload: string): TAnswers {
  const a = structuredClone(answers);
  const p = payload.slice(0, 180);
  a.controller.legalName = `Société ${p}`;
  a.controller.tradeName = p;
  a.service.name = `Service ${p}`;
  a.service.description = payload;
  for (const purpose of a.purposes) {
    purpose.label = `Finalité ${p}`;
    purpose.description = payload;
  }
  for (const r of a.recipients) {
    r.name = `Prestataire ${p}`;
    r.description = payload;
  }
  for (const t of a.cookies.trackers) t.purpose = payload;
  return a;
}

describe("XSS corpus through every renderer", () => {
  it(`has at least 30 payloads (${XSS_CORPUS.length})`, () => {
    expect(XSS_CORPUS.length).toBeGreaterThanOrEqual(30);
  });

  for (const payload of XSS_CORPUS) {
    it(`renders « ${payload.slice(0, 40)} » as text in HTML, the standalone document, Markdown, text and JSON`, () => {
      const doc = buildDocument(infect(FIXTURES.ecommerce!, payload), { now: "2026-11-21" });
      const standalone = renderHtmlDocument(doc);
      // The document's own head (charset, CSP, style) is the engine's; what users typed lives in <main>.
      for (const html of [renderHtmlFragment(doc), standalone.slice(standalone.indexOf("<main>"))]) {
        expect(html).not.toMatch(LIVE_MARKUP);
      }
      const text = renderText(doc);
      expect(text).toContain(payload.slice(0, 180).trim().split("\n")[0]!.slice(0, 20));
      const json = JSON.parse(renderJson(doc));
      expect(JSON.stringify(json)).toContain(JSON.stringify(payload.slice(0, 30)).slice(1, -1).slice(0, 15));
      const md = renderMarkdown(doc);
      // Unescaped only: « \[lien\](javascript:…) » and « \<svg » are plain text in Markdown.
      expect(md).not.toMatch(/(?<!\\)\]\(\s*(javascript|vbscript|data):/i);
      expect(md).not.toMatch(/(?<!\\)<(script|img|svg|iframe)[\s>]/i);
    });
  }
});
