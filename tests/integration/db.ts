import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { migrate } from "../../scripts/lib/migrate.mjs";

/** A new, empty database on the throwaway cluster; returns its URL. */
export async function createEmptyDatabase(prefix = "t"): Promise<string> {
  const admin = new pg.Client({ connectionString: inject("pgAdminUrl") });
  await admin.connect();
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return inject("pgAdminUrl").replace(/\/postgres$/, `/${name}`);
}

/** A new database with every migration applied, and a Prisma client on it. */
export async function createMigratedDatabase() {
  const url = await createEmptyDatabase();
  await migrate(url);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  return { url, prisma };
}

/**
 * A migrated database that the app's own server code uses from now on (DATABASE_URL, a test
 * NEXTAUTH_SECRET): import lib/ and app/ modules after calling it.
 */
export async function createAppDatabase() {
  const created = await createMigratedDatabase();
  process.env.DATABASE_URL = created.url;
  process.env.NEXTAUTH_SECRET = "test";
  return created;
}

/** Runs one query on a short-lived connection. */
export async function query<T extends pg.QueryResultRow = pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query<T>(sql, params);
  } finally {
    await client.end();
  }
}
