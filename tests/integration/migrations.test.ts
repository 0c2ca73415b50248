import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MIGRATIONS_DIR, MigrationError, migrate, readMigrations } from "../../scripts/lib/migrate.mjs";
import { createEmptyDatabase, query } from "./db";

async function tables(url: string): Promise<string[]> {
  const { rows } = await query<{ table_name: string }>(
    url,
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
  );
  return rows.map((r) => r.table_name);
}

function copyMigrations(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), "migrations-")), "migrations");
  cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

describe("migration applier", () => {
  it("applies every migration to an empty database and records each one as Prisma does", async () => {
    const url = await createEmptyDatabase();
    const onDisk = await readMigrations();
    const applied = await migrate(url);
    expect(applied).toEqual(onDisk.map((m) => m.name));
    const { rows } = await query(url, `SELECT migration_name, checksum, finished_at, applied_steps_count, rolled_back_at FROM "_prisma_migrations" ORDER BY migration_name`);
    expect(rows).toHaveLength(onDisk.length);
    for (const [i, row] of rows.entries()) {
      const m = onDisk[i]!;
      expect(row.migration_name).toBe(m.name);
      expect(row.checksum).toBe(createHash("sha256").update(m.sql).digest("hex"));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
      expect(row.rolled_back_at).toBeNull();
    }
    expect(await tables(url)).toEqual(
      ["Account", "OutboxMail", "Policy", "PolicySlugRedirect", "PolicyVersion", "RateLimitEvent", "Session", "User", "VerificationToken", "_prisma_migrations"].sort(),
    );
  });

  it("a second run applies nothing and changes nothing", async () => {
    const url = await createEmptyDatabase();
    await migrate(url);
    const before = await query(url, `SELECT id, finished_at FROM "_prisma_migrations" ORDER BY id`);
    expect(await migrate(url)).toEqual([]);
    const after = await query(url, `SELECT id, finished_at FROM "_prisma_migrations" ORDER BY id`);
    expect(after.rows).toEqual(before.rows);
  });

  it("a failing migration leaves the database as it was and is not recorded", async () => {
    const dir = copyMigrations();
    const url = await createEmptyDatabase();
    await migrate(url, { dir });
    const tablesBefore = await tables(url);
    mkdirSync(path.join(dir, "99990101000000_broken"));
    writeFileSync(
      path.join(dir, "99990101000000_broken", "migration.sql"),
      `CREATE TABLE "Half" ("id" TEXT PRIMARY KEY);\nALTER TABLE "Policy" ADD COLUMN "extra" TEXT;\nSELECT * FROM "NoSuchTable";\n`,
    );
    await expect(migrate(url, { dir })).rejects.toBeInstanceOf(MigrationError);
    await expect(migrate(url, { dir })).rejects.toThrow(/99990101000000_broken a échoué et n’a rien modifié/);
    expect(await tables(url)).toEqual(tablesBefore);
    const columns = await query(url, `SELECT 1 FROM information_schema.columns WHERE table_name = 'Policy' AND column_name = 'extra'`);
    expect(columns.rowCount).toBe(0);
    const recorded = await query(url, `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '99990101000000_broken'`);
    expect(recorded.rowCount).toBe(0);
  });

  it("refuses to go on when an applied migration was edited afterwards", async () => {
    const dir = copyMigrations();
    const url = await createEmptyDatabase();
    await migrate(url, { dir });
    const [first] = await readMigrations(dir);
    writeFileSync(path.join(dir, first!.name, "migration.sql"), first!.sql + "\n-- edited\n");
    await expect(migrate(url, { dir })).rejects.toThrow(/a été modifiée après avoir été appliquée/);
  });
});
