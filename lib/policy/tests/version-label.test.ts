// The history lists introduce each version by its grade and the founder's note, never saying the same thing twice.
import { describe, expect, it } from "vitest";
import { versionLabel, versionLine } from "..";

const first = { first: true, grade: "substantial" } as const;
const minor = { first: false, grade: "minor" } as const;

describe("versionLine", () => {
  it("a note that starts with the grade is shown alone: never « Première version — Première version publiée… »", () => {
    expect(versionLine(first, "Première version publiée sur notre site.")).toBe("Première version publiée sur notre site.");
    expect(versionLine(first, "  première\u00a0version ")).toBe("première\u00a0version");
    expect(versionLine(minor, "Modification mineure : correction du téléphone")).toBe("Modification mineure : correction du téléphone");
    expect(versionLabel(first, "Première version publiée")).toEqual({ label: null, note: "Première version publiée" });
  });

  it("another note follows the grade; no note, the grade alone", () => {
    expect(versionLine(minor, "Correction du téléphone")).toBe("Modification mineure — Correction du téléphone");
    expect(versionLine(first, null)).toBe("Première version");
    expect(versionLine({ first: false, grade: "substantial" }, "  ")).toBe("Modification substantielle");
  });
});
