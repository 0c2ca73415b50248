// Applies the SQL migrations of prisma/migrations without Prisma's schema engine (it cannot be
// downloaded here, see ../shared/STACK.md) and records them in `_prisma_migrations` exactly as
// `prisma migrate deploy` does, so that command keeps working wherever the engine is available.
// Each migration runs in its own transaction together with its record: it applies whole or not at all.
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");

// Prisma's own advisory lock key, so our applier and `prisma migrate deploy` never run at once.
const PRISMA_LOCK_KEY = 72707369;

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export class MigrationError extends Error {
  /** @param {string} message @param {string} [migration] */
  constructor(message, migration) {
    super(message);
    this.name = "MigrationError";
    this.migration = migration;
  }
}

/**
 * The migrations on disk, oldest first.
 * @param {string} [dir]
 * @returns {Promise<{ name: string, sql: string, checksum: string }[]>}
 */
export async function readMigrations(dir = MIGRATIONS_DIR) {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

/**
 * Applies every pending migration. Returns the names applied (empty when the database is up to date).
 * @param {string} databaseUrl
 * @param {{ dir?: string, log?: (line: string) => void }} [options]
 * @returns {Promise<string[]>}
 */
export async function migrate(databaseUrl, { dir = MIGRATIONS_DIR, log = () => {} } = {}) {
  const migrations = await readMigrations(dir);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_LOCK_KEY]);
    await client.query(CREATE_TABLE);
    const { rows } = await client.query(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const applied = new Map(rows.map((r) => [r.migration_name, r]));
    for (const row of rows) {
      if (!row.finished_at) {
        throw new MigrationError(
          `La migration ${row.migration_name} a échoué lors d’une exécution précédente ; corrigez la base puis marquez-la comme annulée.`,
          row.migration_name,
        );
      }
    }
    const done = [];
    for (const m of migrations) {
      const previous = applied.get(m.name);
      if (previous) {
        if (previous.checksum !== m.checksum) {
          throw new MigrationError(
            `La migration ${m.name} a été modifiée après avoir été appliquée (somme de contrôle différente). Ne modifiez jamais une migration appliquée : créez-en une nouvelle.`,
            m.name,
          );
        }
        continue;
      }
      await client.query("BEGIN");
      try {
        const started = new Date();
        await client.query(m.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, $4, now(), 1)`,
          [randomUUID(), m.checksum, m.name, started],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new MigrationError(
          `La migration ${m.name} a échoué et n’a rien modifié : ${error instanceof Error ? error.message : String(error)}`,
          m.name,
        );
      }
      log(`migration appliquée : ${m.name}`);
      done.push(m.name);
    }
    return done;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}
