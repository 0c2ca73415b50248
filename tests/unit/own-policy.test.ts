import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildDocument, checkCompliance, lintRenderedText, renderText, zAnswers } from "@/lib/policy";

// Clairement's own privacy policy (content/confidentialite.json), published at /confidentialite.
const answers = JSON.parse(readFileSync("content/confidentialite.json", "utf8")) as unknown;

describe("Clairement's own privacy policy", () => {
  it("is a complete answer set: valid against zAnswers, no blocking finding in the answers or the rendered text", () => {
    const parsed = zAnswers.safeParse(answers);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    const data = zAnswers.parse(answers);
    const text = renderText(buildDocument(data));
    const blocking = [...checkCompliance(data).findings, ...lintRenderedText(text)].filter((f) => f.severity === "blocking");
    expect(blocking).toEqual([]);
  });

  it("names what the product really uses: next-auth's strictly necessary cookies only, the hosting and mail providers", () => {
    const data = zAnswers.parse(answers);
    expect(data.cookies.trackers.map((t) => t.name).sort()).toEqual(["__Host-next-auth.csrf-token", "__Secure-next-auth.callback-url", "__Secure-next-auth.session-token"]);
    expect(data.cookies.trackers.every((t) => t.category === "strictly_necessary")).toBe(true);
    expect(data.recipients.map((r) => r.name)).toEqual(["Scaleway", "Brevo"]);
    expect(data.purposes.map((p) => p.key)).toEqual(["account", "service", "transactional_email", "support", "security", "legal_claims"]);
    const text = renderText(buildDocument(data));
    expect(text).toContain("retirées de la publication et conservées 5\u00a0ans");
  });
});
