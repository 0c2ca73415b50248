import { HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { buildDocument, renderHtmlDocument } from "@/lib/policy";
import { FIXTURES } from "@/lib/policy/fixtures";

// The standalone HTML download must be valid HTML and reference nothing outside itself.
const validator = new HtmlValidate({ extends: ["html-validate:recommended"], rules: { "no-inline-style": "off", "long-title": "off", "no-trailing-whitespace": "off" } });

describe("standalone HTML document", () => {
  for (const [name, answers] of Object.entries(FIXTURES)) {
    it(`${name}: valid HTML, lang="fr", and no external resource (script, style, image, font)`, async () => {
      const html = renderHtmlDocument(buildDocument(answers, { now: "2026-11-21" }));
      const report = await validator.validateString(html);
      const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (ligne ${m.line})`));
      expect(messages).toEqual([]);
      expect(html).toMatch(/<html lang="fr">/);
      expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    });
  }
});

describe("landing page (plain HTML, lib/server/landing.ts)", () => {
  it("is valid HTML in French, with no script and nothing loaded from another origin", async () => {
    const { landingHtml } = await import("@/lib/server/landing");
    const html = landingHtml("https://clairement.exemple");
    const report = await validator.validateString(html);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (ligne ${m.line})`));
    expect(messages).toEqual([]);
    expect(html).toMatch(/<html lang="fr">/);
    expect(html).not.toMatch(/<script|<iframe|@import|url\(/i);
    expect(html).toContain('<link rel="canonical" href="https://clairement.exemple/">');
    expect([...html.matchAll(/(?:href|src)="([^"]+)"/g)].map((m) => m[1]).filter((u) => /^[a-z]+:/i.test(u!))).toEqual(["https://clairement.exemple/"]);
  });
});
