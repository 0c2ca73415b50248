// Rewrites French prose in .ts/.tsx files to French typography, touching only string literals and
// JSX text (never code): U+00A0 before « : » and inside « », U+202F before « ; ! ? », ’ for '.
// Usage: node scripts/fix-typography.mjs <file or folder>…   (tests/unit/ui-typography.test.ts checks the result)
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const FRENCH = /[a-zà-ÿ]{2,} [a-zà-ÿ]{2,}/i;

function fixProse(text) {
  return text
    .replace(/([^\s\u00a0\u202f]) :(?=\s|$|\\)/g, "$1\u00a0:")
    .replace(/([^\s\u00a0\u202f]) ([;!?])(?=\s|$|[»")])/g, "$1\u202f$2")
    .replace(/« /g, "«\u00a0")
    .replace(/ »/g, "\u00a0»")
    .replace(/([A-Za-zÀ-ÿ])'([A-Za-zÀ-ÿ])/g, "$1’$2");
}

function fixFile(file) {
  const original = readFileSync(file, "utf8");
  const source = ts.createSourceFile(file, original, ts.ScriptTarget.Latest, true);
  const edits = [];
  const visit = (node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isTaggedTemplateExpression(node)) return;
    const literal = ts.isJsxText(node) || ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node);
    if (literal) {
      const start = node.getStart(source);
      const raw = original.slice(start, node.getEnd());
      if (FRENCH.test(raw) && !raw.startsWith("'")) {
        const fixed = fixProse(raw);
        if (fixed !== raw) edits.push({ start, end: node.getEnd(), fixed });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!edits.length) return false;
  let out = original;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.fixed + out.slice(e.end);
  writeFileSync(file, out);
  return true;
}

function walk(p) {
  if (statSync(p).isFile()) return /\.(ts|tsx|mjs)$/.test(p) ? [p] : [];
  return readdirSync(p, { withFileTypes: true }).flatMap((e) => (e.name === "node_modules" || e.name === "generated" ? [] : walk(path.join(p, e.name))));
}

for (const target of process.argv.slice(2)) for (const f of walk(target)) if (fixFile(f)) console.log(`corrigé : ${f}`);
