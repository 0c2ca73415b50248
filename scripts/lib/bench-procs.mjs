// Child processes of `npm run bench` and `npm run audit` (scripts/bench.mjs, scripts/audit.mjs). Each child
// leads its own process group, so stopping it (by its id) also stops what it started (next, PostgreSQL,
// Chromium). Every wait is bounded.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { ROOT, ensureBuild, fail, say } from "./bootstrap.mjs";

const children = new Set();
/** Async clean-ups run last-in first-out by cleanup() (the throwaway database, the temp folder). */
export const cleanups = [];
export const sleep = (t) => new Promise((r) => setTimeout(r, t));

/** The environment without anything that would reach a real mailbox, OAuth provider or the user's database. */
export function cleanEnv() {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  for (const key of Object.keys(env)) {
    if (/^(SMTP_|GITHUB_|GOOGLE_)|^(DATABASE_URL|NEXTAUTH_URL|NEXTAUTH_SECRET|AUTH_SECRET|PUBLIC_URL|PORT|NEXT_DIST_DIR)$/.test(key)) delete env[key];
  }
  return env;
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    /* already gone */
  }
}

function groupAlive(child) {
  try {
    process.kill(-child.pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM to the child's group, then SIGKILL after `graceMs` if anything of it is still there. */
export async function stopChild(child, graceMs = 15_000) {
  if (!children.has(child)) return;
  signalGroup(child, "SIGTERM");
  const deadline = Date.now() + graceMs;
  while (groupAlive(child) && Date.now() < deadline) await sleep(100);
  if (groupAlive(child)) signalGroup(child, "SIGKILL");
  children.delete(child);
}

/**
 * Starts a child in its own group; `done` resolves { code, out } (stdout and stderr when captured).
 * @param {string} cmd @param {string[]} args
 * @param {{ env?: NodeJS.ProcessEnv, capture?: boolean, timeoutMs?: number }} [options]
 */
export function start(cmd, args, { env = cleanEnv(), capture = true, timeoutMs = 0 } = {}) {
  const child = spawn(cmd, args, { cwd: ROOT, env, detached: true, stdio: ["ignore", capture ? "pipe" : "inherit", capture ? "pipe" : "inherit"] });
  children.add(child);
  let out = "";
  child.stdout?.on("data", (c) => (out += c));
  child.stderr?.on("data", (c) => (out += c));
  const timer = timeoutMs ? setTimeout(() => void stopChild(child, 5000), timeoutMs) : null;
  const done = new Promise((resolve) => {
    child.on("close", (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code: code ?? (signal ? 128 : 1), out });
    });
    child.on("error", (error) => resolve({ code: 1, out: out + String(error) }));
  });
  return { child, done };
}

/** Runs a child to its end (bounded by timeoutMs), then stops anything it left in its group. */
export async function exec(cmd, args, options) {
  const { child, done } = start(cmd, args, options);
  const result = await done;
  await stopChild(child, 2000);
  return result;
}

let cleaning = null;
/** Stops every child and runs the clean-ups, once; each step bounded. */
export function cleanup() {
  // Signals first, synchronously: even if the process is cut short, every child has been told to stop.
  for (const child of children) signalGroup(child, "SIGTERM");
  cleaning ??= (async () => {
    await Promise.all([...children].map((c) => stopChild(c)));
    while (cleanups.length) await Promise.race([cleanups.pop()().catch(() => {}), sleep(15_000)]);
  })();
  return cleaning;
}

/** The production build in `dist` (built if stale); waits (bounded) while another build holds its lock. */
export async function ensureBuildWaiting(dist) {
  for (let attempt = 1; attempt <= 6; attempt++) {
    if (ensureBuild(dist, { exitOnFailure: false })) return;
    say(`Construction impossible (une autre construction de ${dist} est peut-être en cours) : nouvel essai dans 20 s…`);
    await sleep(20_000);
  }
  fail(`La construction de l’application (${dist}) a échoué.`);
}

/** Resolves true at the first HTTP 200 on `url`, false after `timeoutMs`. */
export async function waitOk(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const status = await fetch(url, { redirect: "manual" }).then((r) => (void r.body?.cancel(), r.status), () => 0);
    if (status === 200) return true;
    await sleep(50);
  }
  return false;
}

/** CPU time (user + system, ms) a process has used so far, from /proc (Linux). */
export function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return NaN;
  }
}

/**
 * The production server as `npm start` runs it (scripts/serve.mjs: Next.js behind the hosted pages'
 * response cache), serving the build in `dist` on `host:port` against a seeded database.
 * @param {{ port: number, host: string, dist: string, db: { url: string, secret: string }, env?: NodeJS.ProcessEnv }} options
 */
export function startServer({ port, host, dist, db, env = {} }) {
  return start(process.execPath, ["scripts/serve.mjs"], {
    env: { ...cleanEnv(), PORT: String(port), CLAIREMENT_HOST: host, NEXT_DIST_DIR: dist, DATABASE_URL: db.url, NEXTAUTH_SECRET: db.secret, NEXTAUTH_URL: `http://${host}:${port}`, ...env },
  });
}

/** Ctrl-C or SIGTERM: everything started is stopped and the clean-ups run before exiting. */
export function stopEverythingOnSignals() {
  process.on("SIGINT", () => void cleanup().then(() => process.exit(130)));
  process.on("SIGTERM", () => void cleanup().then(() => process.exit(143)));
}

/** Prints `detail`, stops everything, then fails with `message`. */
export async function abort(message, detail = "") {
  process.stderr.write(detail);
  await cleanup();
  fail(message);
}
