// Issue 12, defect 7: HSTS exactly when the public URL is HTTPS.
import { describe, expect, it } from "vitest";
import { hstsFor } from "../../scripts/lib/hsts.mjs";

describe("HSTS", () => {
  it("is sent for an HTTPS public URL", () => expect(hstsFor("https://politiques.exemple.fr")).toBe("max-age=31536000; includeSubDomains"));
  it.each(["http://localhost:3000", "http://exemple.fr", "", undefined, "pas une adresse"])("is not sent for %s", (u) => expect(hstsFor(u)).toBeNull());
});
