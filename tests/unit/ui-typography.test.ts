import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { typographyIssues } from "@/lib/typography";

// Every French string a user can read in the app (JSX text and string literals in app/, components/
// and lib/validation) follows French typography: non-breaking spaces before « : ; ! ? », guillemets, ’.
const ROOTS = ["app", "components", "lib/validation", "lib/auth.ts", "lib/mail.ts", "lib/server"];
const FRENCH = /[a-zà-ÿ]{2,} [a-zà-ÿ]{2,}/i; // looks like prose, not an identifier or a class list

function files(p: string): string[] {
  const abs = path.resolve(p);
  if (statSync(abs).isFile()) return [abs];
  return readdirSync(abs, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(p, e.name)) : /\.(ts|tsx)$/.test(e.name) && !e.name.endsWith(".test.ts") ? [path.resolve(p, e.name)] : [],
  );
}

function proseIn(file: string): { line: number; text: string }[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const out: { line: number; text: string }[] = [];
  const visit = (node: ts.Node) => {
    // Imports and tagged templates (SQL through $queryRaw) are code, not prose.
    if (ts.isImportDeclaration(node) || ts.isTaggedTemplateExpression(node)) return;
    let text: string | undefined;
    if (ts.isJsxText(node)) text = node.text.replace(/[ \t\r\n]+/g, " ");
    else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) text = node.text;
    if (text && FRENCH.test(text)) out.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe("French typography in the interface", () => {
  it("every user-facing string uses non-breaking spaces, guillemets and typographic apostrophes", () => {
    const problems = ROOTS.flatMap(files).flatMap((file) =>
      proseIn(file).flatMap(({ line, text }) =>
        typographyIssues(text).map((i) => `${path.relative(process.cwd(), file)}:${line} — ${i.rule} — « ${i.excerpt} »`),
      ),
    );
    expect(problems).toEqual([]);
  });

  it("the checker itself flags an ASCII space before a colon and accepts U+00A0", () => {
    expect(typographyIssues("Adresse : Paris").length).toBe(1);
    expect(typographyIssues("Adresse\u00a0: Paris")).toEqual([]);
    expect(typographyIssues("Vraiment ?").length).toBe(1);
    expect(typographyIssues("l'adresse").length).toBe(1);
  });
});
