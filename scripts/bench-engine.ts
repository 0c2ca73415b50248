// Engine benchmark (not a timed test): median time to render the largest fixture to HTML, and the gzipped
// size of the engine bundled for the browser (lib/policy/index.ts, minified, built with esbuild's JS API).
// Targets: render median < 5 ms, bundle < 150 kB gzipped. `--strict` exits 1 when a target is missed.
//   npx tsx scripts/bench-engine.ts [--runs 500] [--strict]
import { gzipSync } from "node:zlib";
import { performance } from "node:perf_hooks";
import path from "node:path";
import { build } from "esbuild";
import { buildDocument, renderHtmlFragment } from "../lib/policy";
import { FIXTURES } from "../lib/policy/fixtures";

const TARGET_MS = 5;
const TARGET_KB = 150;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function benchRender(runs: number) {
  const [name, answers] = Object.entries(FIXTURES)
    .map(([n, a]) => [n, a, renderHtmlFragment(buildDocument(a)).length] as const)
    .sort((x, y) => y[2] - x[2])[0]!;
  for (let i = 0; i < 50; i++) renderHtmlFragment(buildDocument(answers));
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    renderHtmlFragment(buildDocument(answers));
    times.push(performance.now() - t0);
  }
  return { name, median: median(times), p95: [...times].sort((a, b) => a - b)[Math.floor(times.length * 0.95)]! };
}

async function benchBundle() {
  const root = path.resolve(import.meta.dirname, "..");
  const result = await build({
    entryPoints: [path.join(root, "lib/policy/index.ts")],
    bundle: true, minify: true, format: "esm", platform: "browser", target: "es2020", write: false, logLevel: "silent",
    alias: { "@": root },
  });
  const code = result.outputFiles[0]!.contents;
  return { raw: code.byteLength / 1000, gz: gzipSync(code, { level: 9 }).byteLength / 1000 };
}

const args = process.argv.slice(2);
const runsArg = args.indexOf("--runs");
const runs = runsArg === -1 ? 500 : Number(args[runsArg + 1]);
const render = benchRender(runs);
const bundle = await benchBundle();
const ok = (v: boolean) => (v ? "OK" : "DÉPASSÉ");
console.log(`Rendu HTML de la plus grande fixture (${render.name}), ${runs} passages : médiane ${render.median.toFixed(2)} ms, p95 ${render.p95.toFixed(2)} ms — cible < ${TARGET_MS} ms : ${ok(render.median < TARGET_MS)}`);
console.log(`Moteur pour le navigateur (lib/policy, minifié) : ${bundle.raw.toFixed(1)} kB, ${bundle.gz.toFixed(1)} kB gzip — cible < ${TARGET_KB} kB : ${ok(bundle.gz < TARGET_KB)}`);
if (args.includes("--strict") && (render.median >= TARGET_MS || bundle.gz >= TARGET_KB)) process.exitCode = 1;
