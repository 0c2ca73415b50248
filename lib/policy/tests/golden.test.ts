// Golden Markdown outputs (lib/policy/fixtures/golden/*.md): wording changes show in review.
// Update them with: UPDATE_GOLDEN=1 npx vitest run --project unit lib/policy/tests/golden.test.ts
// node:fs is allowed in this one test file (never bundled): the purity rule of lib/policy targets the engine.
// eslint-disable-next-line no-restricted-imports -- test-side I/O to read and update the golden files
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildDocument, renderMarkdown } from "..";
import { FIXTURE_NAMES, fixture } from "./support";

const DIR = new URL("../fixtures/golden/", import.meta.url);
const UPDATE = (import.meta.env as unknown as Record<string, string | undefined>).UPDATE_GOLDEN === "1";

describe("golden Markdown outputs", () => {
  it.each(FIXTURE_NAMES.map((name) => ({ name })))("$name.md matches the rendered policy", ({ name }) => {
    const md = renderMarkdown(buildDocument(fixture(name)));
    const file = new URL(`${name}.md`, DIR);
    if (UPDATE || !existsSync(file)) {
      mkdirSync(DIR, { recursive: true });
      writeFileSync(file, md);
    }
    expect(md).toBe(readFileSync(file, "utf8"));
  });
});
