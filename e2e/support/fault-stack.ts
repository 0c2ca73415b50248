// A second copy of the product for the fault-injection suite (e2e/faults.spec.ts), started exactly as a founder
// starts it (`node scripts/start.mjs`: embedded PostgreSQL under its own data folder, migrations, the production
// build in .next-test, scripts/serve.mjs), so that its database can be killed and frozen without touching the
// server the other end-to-end tests share. Real processes, real signals.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

export type TFaultStack = {
  baseURL: string;
  /** The npm start process (the supervisor) and the app server it started. */
  start: ChildProcess;
  /** Everything the stack printed, for assertions on its messages. */
  log: () => string;
  /** The PostgreSQL postmaster's PID now (it changes when the supervisor restarts it). */
  postgresPid: () => number;
  /** Every process of the cluster: the postmaster and its children. */
  postgresProcesses: () => number[];
  /** A connection to the stack's database, for what only the database can tell (what was saved). */
  query: <T extends pg.QueryResultRow>(sql: string, params?: unknown[]) => Promise<T[]>;
  kill: () => number;
  freeze: () => void;
  thaw: () => void;
  /** Resolves once PostgreSQL accepts connections again (after a restart). */
  waitForDatabase: (timeoutMs?: number) => Promise<number>;
  /** Ctrl-C: SIGINT to npm start; resolves with the milliseconds it took to exit. */
  interrupt: () => Promise<number>;
  cleanup: () => void;
};

function postmasterFile(dataDir: string): string[] {
  return readFileSync(path.join(dataDir, "pg", "postmaster.pid"), "utf8").split("\n");
}

function children(pid: number): number[] {
  const r = spawnSync("pgrep", ["-P", String(pid)], { encoding: "utf8" });
  return r.stdout.split("\n").filter(Boolean).map(Number);
}

export async function startFaultStack(port: number, env: Record<string, string> = {}): Promise<TFaultStack> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "clairement-pannes-"));
  let output = "";
  const clean = { ...process.env };
  for (const key of Object.keys(clean)) if (/^(SMTP_|GITHUB_|GOOGLE_|DATABASE_URL|NEXTAUTH_|PUBLIC_URL)/.test(key)) delete clean[key];
  const start = spawn(process.execPath, ["scripts/start.mjs"], {
    cwd: process.cwd(),
    env: { ...clean, PORT: String(port), CLAIREMENT_HOST: "127.0.0.1", NEXTAUTH_URL: `http://localhost:${port}`, CLAIREMENT_DATA_DIR: dataDir, NEXT_DIST_DIR: ".next-test", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group: cleanup ends the app server and PostgreSQL with it, even if npm start itself was killed.
    detached: true,
  });
  start.stdout!.on("data", (c: Buffer) => (output += c.toString()));
  start.stderr!.on("data", (c: Buffer) => (output += c.toString()));
  const deadline = Date.now() + 120_000;
  while (!/Prêt/.test(output)) {
    if (start.exitCode !== null) throw new Error(`npm start s’est arrêté (code ${start.exitCode}) :\n${output}`);
    if (Date.now() > deadline) throw new Error(`npm start n’est pas prêt après 120 s :\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const password = readFileSync(path.join(dataDir, "pg.password"), "utf8").trim();
  const dbUrl = () => `postgresql://postgres:${password}@127.0.0.1:${postmasterFile(dataDir)[3]!.trim()}/app`;
  const postgresPid = () => Number(postmasterFile(dataDir)[0]);
  const postgresProcesses = () => {
    const pid = postgresPid();
    return [pid, ...children(pid)];
  };
  const stack: TFaultStack = {
    baseURL: `http://localhost:${port}`,
    start,
    log: () => output,
    postgresPid,
    postgresProcesses,
    async query(sql, params = []) {
      const client = new pg.Client({ connectionString: dbUrl(), connectionTimeoutMillis: 2000 });
      await client.connect();
      try {
        return (await client.query(sql, params)).rows;
      } finally {
        await client.end();
      }
    },
    kill() {
      const pid = postgresPid();
      process.kill(pid, "SIGKILL");
      return pid;
    },
    freeze() {
      for (const pid of postgresProcesses()) process.kill(pid, "SIGSTOP");
    },
    thaw() {
      const pid = postgresPid();
      for (const p of [pid, ...children(pid)]) process.kill(p, "SIGCONT");
    },
    async waitForDatabase(timeoutMs = 30_000) {
      const started = Date.now();
      while (Date.now() - started < timeoutMs) {
        try {
          await stack.query("SELECT 1");
          return Date.now() - started;
        } catch {
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      throw new Error(`PostgreSQL ne répond toujours pas après ${timeoutMs} ms :\n${output.slice(-2000)}`);
    },
    async interrupt() {
      const started = Date.now();
      if (start.exitCode !== null) return 0;
      const exited = new Promise((r) => start.once("exit", r));
      start.kill("SIGINT");
      await exited;
      return Date.now() - started;
    },
    cleanup() {
      try {
        process.kill(-start.pid!, "SIGKILL");
      } catch {
        // the group is already gone
      }
      if (existsSync(dataDir)) rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return stack;
}
