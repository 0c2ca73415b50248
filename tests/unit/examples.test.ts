import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkCompliance, zAnswers } from "@/lib/policy";
import { FIXTURES } from "@/lib/policy/fixtures";

// The README's CLI examples (examples/*.json) are the engine's fixtures, kept identical.
describe("examples/*.json", () => {
  const files = readdirSync(path.resolve("examples")).filter((f) => f.endsWith(".json"));

  it("there is one example per fixture business, and no other", () => {
    expect(files.map((f) => f.replace(/\.json$/, "")).sort()).toEqual(Object.keys(FIXTURES).sort());
  });

  for (const file of files) {
    it(`${file} is identical to its fixture, valid, and free of blocking findings`, () => {
      const example = JSON.parse(readFileSync(path.resolve("examples", file), "utf8"));
      expect(example).toEqual(FIXTURES[file.replace(/\.json$/, "")]);
      expect(zAnswers.safeParse(example).success).toBe(true);
      expect(checkCompliance(example).findings.filter((f) => f.severity === "blocking")).toEqual([]);
    });
  }
});
