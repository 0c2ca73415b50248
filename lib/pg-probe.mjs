// Does PostgreSQL answer now? One short-lived connection with bounded waits, for the app's circuit breaker
// (lib/server/db-breaker.ts), the embedded cluster's supervisor (scripts/lib/embedded-pg.mjs) and the tests.
import pg from "pg";

/**
 * True when a new connection to `connectionString` runs `SELECT 1` within `timeoutMs` (connect and answer each);
 * false on any failure. A frozen server's goodbye is never awaited: the socket is dropped.
 * @param {string} connectionString @param {number} [timeoutMs]
 */
export async function answers(connectionString, timeoutMs = 1000) {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    client.connection?.stream?.destroy();
  }
}
