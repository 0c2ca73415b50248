// Issue 12, faults: the embedded PostgreSQL is supervised. Real processes, real faults: each test starts its own
// cluster in a temp dir, then kills it (SIGKILL on the postmaster), freezes it (SIGSTOP on every process of it) or
// holds its postmaster in a ptrace stop (which SIGCONT does not end).
// After kill -9 it comes back on the same port with its data, and pools opened before reconnect by themselves;
// stop() returns within a few seconds whatever the state, and leaves no process of the cluster behind.
// (`npm start` exiting on Ctrl-C with a dead or frozen PostgreSQL needs a production build, which vitest does not
// have: `npm test` builds .next-test after it. That check belongs to the end-to-end stage.)
import { execFileSync, spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { answers } from "@/lib/pg-probe.mjs";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { poolConfig } from "@/lib/db";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../../scripts/lib/embedded-pg.mjs";

const base = mkdtempSync(path.join(tmpdir(), "clairement-pgsup-"));
// Run as root, PostgreSQL runs as « postgres », who must reach the data folders.
chmodSync(base, 0o755);
afterAll(() => rmSync(base, { recursive: true, force: true }));

const started: EmbeddedPostgres[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((db) => db.stop()));
});

const notes: string[] = [];
let count = 0;
async function cluster(persistent = false) {
  const dir = path.join(base, `pg${++count}`);
  const db = await startEmbeddedPostgres({ dir, persistent, notify: (line) => notes.push(line) });
  started.push(db);
  return { db, dir };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Alive and not a zombie. */
function alive(pid: number) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return !stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z");
  } catch {
    return false;
  }
}

/** The postmaster and the processes it forked (pgrep -P). */
function processesOf(postmaster: number): [number, ...number[]] {
  let children: number[] = [];
  try {
    children = execFileSync("pgrep", ["-P", String(postmaster)], { encoding: "utf8" }).split("\n").filter(Boolean).map(Number);
  } catch {
    // pgrep exits with 1 when there is none.
  }
  return [postmaster, ...children];
}


/** Milliseconds until `check` is true; throws after `ms`. */
async function within(ms: number, check: () => boolean | Promise<boolean>) {
  const since = Date.now();
  while (!(await check())) {
    if (Date.now() - since > ms) throw new Error(`toujours faux après ${ms} ms`);
    await sleep(50);
  }
  return Date.now() - since;
}

async function timed(work: () => Promise<unknown>) {
  const since = Date.now();
  await work();
  return Date.now() - since;
}

function postmasterPidFile(dir: string) {
  return Number(readFileSync(path.join(dir, "postmaster.pid"), "utf8").split("\n")[0]);
}

describe("the embedded PostgreSQL is restarted when it dies", () => {
  it("after kill -9 of the postmaster, a new one accepts connections on the same port within 10 s, with the data written before, and pools opened before (pg and the app’s Prisma client) serve again without being recreated", async () => {
    const { db, dir } = await cluster(true);
    const pool = new pg.Pool(poolConfig(db.url));
    // A broken idle connection is reported here, then discarded by the pool.
    pool.on("error", () => {});
    const prisma = new PrismaClient({ adapter: new PrismaPg(poolConfig(db.url)) });
    try {
      await pool.query("CREATE TABLE kept (note text)");
      await pool.query("INSERT INTO kept VALUES ('écrit avant la panne')");
      expect(await prisma.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);
      const before = db.pid()!;
      expect(postmasterPidFile(dir)).toBe(before);

      process.kill(before, "SIGKILL");
      const ms = await within(10_000, () => answers(db.url));
      console.log(`pg-supervision : redémarré et joignable ${ms} ms après kill -9`);

      const after = db.pid()!;
      expect(after).not.toBe(before);
      expect(postmasterPidFile(dir)).toBe(after);
      expect(db.restarts).toBe(1);
      expect(new URL(db.url).port).toBe(String(db.port));
      // The pools created before the kill: their first query after the restart may meet a dead connection.
      await within(5_000, () => pool.query("SELECT note FROM kept").then(() => true, () => false));
      expect((await pool.query("SELECT note FROM kept")).rows).toEqual([{ note: "écrit avant la panne" }]);
      await within(5_000, () => prisma.$queryRaw`SELECT 1`.then(() => true, () => false));
      expect(await prisma.$queryRaw`SELECT note FROM kept`).toEqual([{ note: "écrit avant la panne" }]);
      expect(notes).toContain("PostgreSQL intégré s’est arrêté (signal SIGKILL)\u00a0: redémarrage…");
      expect(notes.some((line) => /^PostgreSQL intégré redémarré \(\d+,\d\u00a0s\)\.$/.test(line))).toBe(true);
    } finally {
      await pool.end();
      await prisma.$disconnect();
    }
  }, 60_000);

  it("killed three times in a row, each time once it answered again: restarted three times", async () => {
    const { db } = await cluster();
    for (let round = 1; round <= 3; round++) {
      const before = db.pid()!;
      process.kill(before, "SIGKILL");
      const ms = await within(15_000, async () => db.pid() !== null && db.pid() !== before && (await answers(db.url)));
      console.log(`pg-supervision : kill -9 n° ${round}, joignable après ${ms} ms`);
    }
    expect(db.restarts).toBe(3);
  }, 60_000);

  it("killed again while it restarts (the new postmaster as soon as it exists, twice): it still comes back", async () => {
    const { db } = await cluster();
    let target = db.pid()!;
    for (let round = 1; round <= 2; round++) {
      process.kill(target, "SIGKILL");
      const previous = target;
      await within(15_000, () => db.pid() !== null && db.pid() !== previous);
      target = db.pid()!;
    }
    process.kill(target, "SIGKILL");
    const ms = await within(20_000, async () => db.pid() !== null && db.pid() !== target && (await answers(db.url)));
    console.log(`pg-supervision : joignable ${ms} ms après le dernier de trois kill -9 rapprochés`);
  }, 60_000);
});

describe("stop() returns within a few seconds whatever the state of PostgreSQL, and leaves none of its processes", () => {
  it("running: stopped within 6 s, no process left, the throwaway folder deleted", async () => {
    const { db, dir } = await cluster();
    const pids = processesOf(db.pid()!);
    const ms = await timed(() => db.stop());
    console.log(`pg-supervision : stop() en marche, ${ms} ms`);
    expect(ms).toBeLessThan(6_000);
    expect(pids.filter(alive)).toEqual([]);
    expect(existsSync(dir)).toBe(false);
  });

  it("just killed (kill -9, supervision about to restart it): stopped within 6 s, not restarted, no process left", async () => {
    const { db, dir } = await cluster();
    const pids = processesOf(db.pid()!);
    process.kill(pids[0], "SIGKILL");
    const ms = await timed(() => db.stop());
    console.log(`pg-supervision : stop() juste après kill -9, ${ms} ms`);
    expect(ms).toBeLessThan(6_000);
    await sleep(1_500);
    expect(pids.filter(alive)).toEqual([]);
    expect(db.pid()).toBeNull();
    expect(db.restarts).toBe(0);
    expect(existsSync(dir)).toBe(false);
  });

  it("killed and in the middle of its restart: stopped within 6 s, the new postmaster included", async () => {
    const { db } = await cluster();
    const first = db.pid()!;
    const pids = processesOf(first);
    process.kill(first, "SIGKILL");
    await within(10_000, () => db.pid() !== null && db.pid() !== first);
    pids.push(...processesOf(db.pid()!));
    const ms = await timed(() => db.stop());
    console.log(`pg-supervision : stop() pendant le redémarrage, ${ms} ms`);
    expect(ms).toBeLessThan(6_000);
    await sleep(1_500);
    expect(pids.filter(alive)).toEqual([]);
    expect(db.pid()).toBeNull();
  });

  it("frozen (SIGSTOP on the postmaster and all its children): stopped within 6 s, no process left", async () => {
    const { db } = await cluster();
    const pids = processesOf(db.pid()!);
    expect(pids.length).toBeGreaterThan(1);
    for (const pid of pids) process.kill(pid, "SIGSTOP");
    const ms = await timed(() => db.stop());
    console.log(`pg-supervision : stop() figé, ${ms} ms`);
    expect(ms).toBeLessThan(6_000);
    expect(pids.filter(alive)).toEqual([]);
  });

  it("unresponsive (the postmaster held in a ptrace stop, which neither SIGCONT nor SIGINT ends): SIGKILL after 5 s, stopped within 7 s, no process left", async () => {
    const { db } = await cluster();
    const pids = processesOf(db.pid()!);
    // perl is part of every Debian system (perl-base); ptrace(PTRACE_ATTACH) by syscall number (x86-64, arm64).
    const ptrace = process.arch === "arm64" ? 117 : 101;
    const tracer = spawn("perl", ["-e", `$p = 0 + shift; syscall(${ptrace}, 16, $p, 0, 0) == 0 or die "ptrace: $!\\n"; $| = 1; print "attached\\n"; 1 while waitpid($p, 0x40000000) > 0;`, String(pids[0])], { stdio: ["ignore", "pipe", "inherit"] });
    try {
      await new Promise<void>((resolve, reject) => {
        tracer.stdout.once("data", () => resolve());
        tracer.once("exit", (code) => reject(new Error(`perl ptrace : code ${code}`)));
      });
      await within(2_000, () => readFileSync(`/proc/${pids[0]}/status`, "utf8").includes("State:\tt"));
      const ms = await timed(() => db.stop());
      console.log(`pg-supervision : stop() sans réponse, ${ms} ms`);
      expect(ms).toBeGreaterThanOrEqual(5_000);
      expect(ms).toBeLessThan(7_000);
      expect(notes).toContain("PostgreSQL intégré ne s’est pas arrêté en 5,0\u00a0s\u00a0: arrêt forcé.");
      await within(2_000, () => pids.filter(alive).length === 0);
    } finally {
      tracer.kill("SIGKILL");
    }
  }, 30_000);

  it("frozen after a kill -9 left orphans (backends of the dead postmaster frozen too): stopped at once, the orphans killed", async () => {
    const { db } = await cluster();
    const pids = processesOf(db.pid()!);
    for (const pid of pids) process.kill(pid, "SIGSTOP");
    process.kill(pids[0], "SIGKILL");
    const ms = await timed(() => db.stop());
    console.log(`pg-supervision : stop() mort avec orphelins figés, ${ms} ms`);
    expect(ms).toBeLessThan(6_000);
    await within(2_000, () => pids.filter(alive).length === 0);
  });
});
