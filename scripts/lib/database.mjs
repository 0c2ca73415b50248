// The database for `npm start`: DATABASE_URL when set (checked, with a clear message when
// unreachable), otherwise an embedded PostgreSQL kept under .data/pg, supervised (restarted when it
// dies, scripts/lib/embedded-pg.mjs). Then pending migrations.
import path from "node:path";
import { ROOT, fail } from "./bootstrap.mjs";
import { startEmbeddedPostgres } from "./embedded-pg.mjs";
import { migrate } from "./migrate.mjs";

/** postgresql://user@host:port/db — the URL without its password, for messages. */
export function describeUrl(url) {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.username ? `${decodeURIComponent(u.username)}@` : ""}${u.host}${u.pathname}`;
  } catch {
    return "(DATABASE_URL illisible)";
  }
}

async function checkReachable(url) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } finally {
    await client.end().catch(() => {});
  }
}

export async function connectDatabase({ dataDir, log }) {
  let url = process.env.DATABASE_URL;
  let stop = async () => {};
  let unsupervise = () => {};
  let kill = () => {};
  if (url) {
    try {
      await checkReachable(url);
    } catch (error) {
      fail(`Base de données injoignable : ${describeUrl(url)} — ${error?.message || error?.code || error}. Vérifiez DATABASE_URL et que PostgreSQL est démarré.`);
    }
    log(`Base de données : ${describeUrl(url)}`);
  } else {
    try {
      const embedded = await startEmbeddedPostgres({ dir: dataDir, persistent: true, notify: log });
      url = embedded.url;
      stop = embedded.stop;
      unsupervise = embedded.unsupervise;
      kill = embedded.kill;
    } catch (error) {
      fail(String(error?.message || error));
    }
    log(`PostgreSQL intégré démarré (${describeUrl(url)}, données dans ${path.relative(ROOT, dataDir) || dataDir})`);
  }
  try {
    const applied = await migrate(url, { log });
    if (!applied.length) log("Base de données à jour : aucune migration en attente.");
  } catch (error) {
    await stop();
    fail(`Migration impossible sur ${describeUrl(url)} : ${error?.message || error}`);
  }
  return { url, stop, unsupervise, kill };
}
