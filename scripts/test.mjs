// `npm test`: install what is missing (dependencies, Debian's Chromium), then run every test —
// typecheck, lint, unit, integration (throwaway PostgreSQL), end-to-end (production build in
// .next-test, real Chromium) — and end with one line « N passed, N failed[, N skipped] ».
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { ROOT, checkNode, ensureBuild, ensureChromium, ensureDependencies, ensurePrismaClient, say } from "./lib/bootstrap.mjs";

checkNode();
// What git says of the tree before anything runs: installing, building and testing must leave it as found (a fresh
// clone stays clean; issue 12, defect 9). Null outside a git checkout.
const gitStatus = () => {
  const r = spawnSync("git", ["status", "--porcelain", "--untracked-files=all"], { cwd: ROOT, encoding: "utf8" });
  return r.status === 0 ? r.stdout : null;
};
const treeBefore = gitStatus();
ensureDependencies();
ensureChromium();
ensurePrismaClient();
mkdirSync(path.join(ROOT, ".cache"), { recursive: true });

const bin = (name) => path.join(ROOT, "node_modules/.bin", name);
const totals = { passed: 0, failed: 0, skipped: 0 };
const stages = [];

function exec(cmd, args, env = {}) {
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
  return { ok: r.status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) };
}

/** A check that is one test: it passes or fails as a whole. */
function single(name, cmd, args) {
  say(name);
  const { ok, seconds } = exec(cmd, args);
  totals[ok ? "passed" : "failed"] += 1;
  stages.push(`${name} : ${ok ? "réussi" : "ÉCHEC"} (${seconds} s)`);
}

/** A runner whose JSON report gives the counts; a crash with no report counts as one failure. */
function counted(name, cmd, args, report, read, env) {
  say(name);
  rmSync(report, { force: true });
  const { ok, seconds } = exec(cmd, args, env);
  let counts = null;
  if (existsSync(report)) {
    try {
      counts = read(JSON.parse(readFileSync(report, "utf8")));
    } catch {
      counts = null;
    }
  }
  if (!counts) counts = { passed: 0, failed: 1, skipped: 0 };
  else if (!ok && counts.failed === 0) counts.failed = 1; // the runner failed outside any test
  for (const k of Object.keys(totals)) totals[k] += counts[k];
  stages.push(`${name} : ${counts.passed} réussis, ${counts.failed} en échec${counts.skipped ? `, ${counts.skipped} ignorés` : ""} (${seconds} s)`);
}

single("Vérification des types (tsc)", bin("tsc"), ["--noEmit"]);
single("Analyse statique (eslint)", bin("eslint"), [".", "--max-warnings=0"]);

const vitestReport = path.join(ROOT, ".cache/vitest.json");
counted("Tests unitaires et d’intégration (vitest)", bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestReport}`], vitestReport, (r) => ({
  passed: r.numPassedTests,
  failed: r.numFailedTests + (r.numFailedTestSuites && !r.numFailedTests ? 1 : 0),
  skipped: r.numPendingTests + r.numTodoTests,
}));

say("Construction de l’application pour les tests de bout en bout");
if (!ensureBuild(".next-test", { exitOnFailure: false })) {
  totals.failed += 1;
  stages.push("Construction pour les tests de bout en bout : ÉCHEC");
} else {
const pwReport = path.join(ROOT, ".cache/playwright.json");
counted("Tests de bout en bout (Playwright, Chromium)", bin("playwright"), ["test"], pwReport, (r) => ({
  passed: r.stats.expected + r.stats.flaky,
  failed: r.stats.unexpected + (r.errors?.length && !r.stats.unexpected ? 1 : 0),
  skipped: r.stats.skipped,
}));
}

if (treeBefore !== null) {
  const after = gitStatus();
  const changed = after === treeBefore ? [] : (after ?? "").split("\n").filter((l) => l && !treeBefore.split("\n").includes(l));
  totals[changed.length ? "failed" : "passed"] += 1;
  stages.push(changed.length
    ? `Arbre de travail inchangé : ÉCHEC, les tests ont modifié ou créé ${changed.map((l) => l.slice(3)).join(", ")}`
    : "Arbre de travail inchangé (git status) : réussi");
}

process.stdout.write(`\n${stages.map((s) => `  ${s}`).join("\n")}\n\n`);
const line = `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`;
process.stdout.write(`${line}\n`);
process.exit(totals.failed > 0 ? 1 : 0);
