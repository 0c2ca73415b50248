// Open redirect (issue 12, defect 3): a corpus of payloads that tried to leave the site after sign-in. Each must
// fall back to the default path, never throw, and never yield a path a browser would read as another origin.
import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/lib/safe-redirect";

const ESCAPES = [
  "//evil.example", "///evil.example", "////evil.example", "/\\evil.example", "/\\/evil.example", "\\\\evil.example",
  "/\t/evil.example", "/%09/evil.example", "/\n/evil.example", "/%0A/evil.example", "/%0a/evil.example", "/\r/evil.example",
  "/%0D/evil.example", "/%00/evil.example", "/\u0000/evil.example", "/%5C/evil.example", "/%5c%5cevil.example",
  "https://evil.example", "http://evil.example/policies", "https:evil.example", "javascript:alert(1)", "JaVaScRiPt:alert(1)",
  "data:text/html,<script>alert(1)</script>", "evil.example", " /policies", "\t/policies", "/\u2028/evil.example",
  "/%E2%80%A8/evil.example", "/\u0085/evil.example", "/ /\t/evil.example", "", "/".repeat(3000),
];
const KEPT: [string, string][] = [
  ["/policies", "/policies"],
  ["/policies/abc/edit?step=droits", "/policies/abc/edit?step=droits"],
  ["/policies/abc/edit?step=droits#champ-contact.privacyEmail", "/policies/abc/edit?step=droits#champ-contact.privacyEmail"],
  ["/p/mon-site", "/p/mon-site"],
  ["/compte", "/compte"],
  ["/politiques/é", "/politiques/%C3%A9"],
];

describe("safeReturnPath refuses every way out of the site", () => {
  it.each(ESCAPES.map((p) => [JSON.stringify(p).slice(0, 60), p]))("falls back for %s", (_label, payload) => {
    expect(() => safeReturnPath(payload)).not.toThrow();
    expect(safeReturnPath(payload)).toBe("/policies");
  });

  it("the corpus holds more than 30 payloads", () => {
    expect(ESCAPES.length).toBeGreaterThan(30);
  });

  it.each(KEPT)("keeps the site path %s", (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });

  it("whatever it returns, a browser resolves it on this site (property over every payload and its variants)", () => {
    const variants = ESCAPES.flatMap((p) => [p, encodeURI(p), `/policies${p}`, `${p}?x=1`]);
    for (const v of variants) {
      const out = safeReturnPath(v);
      expect(out.startsWith("/") && !out.startsWith("//")).toBe(true);
      expect(new URL(out.replace(/[\t\n\r]/g, ""), "https://clairement.fr").origin).toBe("https://clairement.fr");
    }
  });

  it("non-strings fall back", () => {
    for (const v of [undefined, null, 42, ["/policies"], { toString: () => "/policies" }]) expect(safeReturnPath(v)).toBe("/policies");
  });
});
