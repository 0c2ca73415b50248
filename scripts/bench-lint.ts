// Scan time of the E-patterns on the longest fixture, as the live panel pays it: the rendered text
// (lintRenderedText's scan) and the answers field by field (the checker's scan). Run in a fresh process, so
// the first call includes compiling the patterns.
//   npx tsx scripts/bench-lint.ts [--runs 300]
import { buildDocument, renderText } from "../lib/policy";
import { scanText } from "../lib/policy/compliance/patterns";
import { scanAnswersText } from "../lib/policy/compliance/scan-answers";
import { FIXTURES } from "../lib/policy/fixtures";

const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 300;
const docs = Object.entries(FIXTURES).map(([name, answers]) => ({ name, answers, text: renderText(buildDocument(answers)) }))
  .sort((x, y) => y.text.length - x.text.length);
const { name, answers, text } = docs[0]!;

const time = (f: () => void) => { const s = performance.now(); f(); return performance.now() - s; };
const stats = (f: () => void) => {
  const first = time(f);
  for (let i = 0; i < 50; i++) f();
  const xs = Array.from({ length: runs }, () => time(f)).sort((a, b) => a - b);
  return `premier appel ${first.toFixed(1)} ms, médiane ${xs[runs >> 1]!.toFixed(2)} ms, 95e centile ${xs[Math.floor(runs * 0.95)]!.toFixed(2)} ms`;
};
console.log(`${name} : ${text.length} caractères`);
console.log(`texte rendu (scanText)          : ${stats(() => scanText(text))}`);
console.log(`réponses champ par champ        : ${stats(() => scanAnswersText(answers))}`);
