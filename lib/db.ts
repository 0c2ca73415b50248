import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { answers } from "@/lib/pg-probe.mjs";
import { createBreaker, opensBreaker, type TBreaker } from "@/lib/server/db-breaker";
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
  STATEMENT_TIMEOUT_MS: 5_000,
  QUERY_TIMEOUT_MS: 6_000,
  IDLE_IN_TRANSACTION_MS: 10_000,
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
function createClient(breaker: TBreaker) {
  return new PrismaClient({ adapter: new PrismaPg(poolConfig(env().databaseUrl)) }).$extends({
    name: "indisponible",
    query: {
      async $allOperations({ args, query }) {
        if (breaker.open) throw new UnavailableError(new Error("base de données indisponible (disjoncteur ouvert)"));
        try {
          return await query(args);
        } catch (error) {
          if (!isUnavailable(error)) throw error;
          if (opensBreaker(error)) breaker.trip();
          throw new UnavailableError(error);
        }
      },
    },
  });
}

/** Throws unless the database answers now (one connection, one-second bounds). */
async function probe(): Promise<void> {
  if (!(await answers(env().databaseUrl, 1000))) throw new Error("base de données toujours indisponible");
}

export type TDb = ReturnType<typeof createClient>;

// One client per server process (and per hot reload in development).
const globalForDb = globalThis as unknown as { db?: TDb };

export function db(): TDb {
  globalForDb.db ??= createClient(createBreaker(probe));
  return globalForDb.db;
}
