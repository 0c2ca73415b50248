// PDF benchmark (not a timed test): median and p95 of renderPdf for the largest fixture (by text length),
// after a warm-up (fonts read and patched, JIT), and the size of the PDF. Target: median < 500 ms.
// `--strict` exits 1 when the target is missed.
//   npx tsx scripts/bench-pdf.ts [--runs 30] [--strict]
import { performance } from "node:perf_hooks";
import { buildDocument, renderText } from "../lib/policy";
import { FIXTURES } from "../lib/policy/fixtures";
import { renderPdf } from "../lib/pdf/render";

const TARGET_MS = 500;
const args = process.argv.slice(2);
const runsArg = args.indexOf("--runs");
const runs = runsArg >= 0 ? Number(args[runsArg + 1]) : 30;
if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs attend un entier positif.");

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * q))] as number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

const [name, doc] = Object.entries(FIXTURES)
  .map(([n, a]) => [n, buildDocument(a, { now: "2026-11-21" })] as const)
  .sort((x, y) => renderText(y[1]).length - renderText(x[1]).length)[0] as [string, ReturnType<typeof buildDocument>];
const meta = { company: doc.subtitle, version: 3, publishedOn: "21\u00a0novembre\u00a02026", author: doc.subtitle };

const t0 = performance.now();
let pdf = await renderPdf(doc, meta);
const first = performance.now() - t0;
for (let i = 0; i < 5; i++) await renderPdf(doc, meta);

const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  pdf = await renderPdf(doc, meta);
  times.push(performance.now() - t);
}
const med = median(times);
console.log(`renderPdf « ${name} » (${runs} runs after warm-up)`);
console.log(`  first call (fonts loaded): ${first.toFixed(1)} ms`);
console.log(`  median ${med.toFixed(1)} ms, p95 ${quantile(times, 0.95).toFixed(1)} ms, min ${Math.min(...times).toFixed(1)} ms (target < ${TARGET_MS} ms)`);
console.log(`  size ${(pdf.length / 1024).toFixed(1)} kB`);
if (args.includes("--strict") && med >= TARGET_MS) {
  console.error(`Objectif manqué : médiane ${med.toFixed(1)} ms ≥ ${TARGET_MS} ms.`);
  process.exit(1);
}
