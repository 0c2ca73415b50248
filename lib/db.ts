import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { isUnavailable, UnavailableError } from "@/lib/server/errors";

/**
 * Bounds on every wait for the database (issue 12, faults): no request hangs while PostgreSQL is down or frozen.
 * - connecting (and waiting for a free connection of the pool) gives up after CONNECT_TIMEOUT_MS;
 * - the server cancels a statement after STATEMENT_TIMEOUT_MS (statement_timeout), and a session idle in a
 *   transaction after IDLE_IN_TRANSACTION_MS;
 * - the client stops waiting for an answer after QUERY_TIMEOUT_MS (a frozen server cannot cancel anything);
 * - TCP keepalive notices a dead peer; an idle connection is closed after a while and reopened when needed.
 * A broken connection is discarded by the pool, so the app reconnects on its own once PostgreSQL is back.
 */
export const DB_TIMEOUTS = {
  CONNECT_TIMEOUT_MS: 3_000,
  STATEMENT_TIMEOUT_MS: 8_000,
  QUERY_TIMEOUT_MS: 10_000,
  IDLE_IN_TRANSACTION_MS: 15_000,
} as const;

export function poolConfig(connectionString: string, t: { [K in keyof typeof DB_TIMEOUTS]: number } = DB_TIMEOUTS) {
  return {
    connectionString,
    max: 10,
    connectionTimeoutMillis: t.CONNECT_TIMEOUT_MS,
    statement_timeout: t.STATEMENT_TIMEOUT_MS,
    query_timeout: t.QUERY_TIMEOUT_MS,
    idle_in_transaction_session_timeout: t.IDLE_IN_TRANSACTION_MS,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
  };
}

/**
 * Every query of the app goes through here: an error that means « the database cannot answer now » leaves as one
 * UnavailableError, whatever layer raised it (the pg driver, the adapter, Prisma), so that pages, actions and hosted
 * routes tell it apart from « introuvable » and from a bug with one `instanceof`.
 */
function createClient() {
  return new PrismaClient({ adapter: new PrismaPg(poolConfig(env().databaseUrl)) }).$extends({
    name: "indisponible",
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (error) {
          throw isUnavailable(error) ? new UnavailableError(error) : error;
        }
      },
    },
  });
}

export type TDb = ReturnType<typeof createClient>;

// One client per server process (and per hot reload in development).
const globalForDb = globalThis as unknown as { db?: TDb };

export function db(): TDb {
  globalForDb.db ??= createClient();
  return globalForDb.db;
}
