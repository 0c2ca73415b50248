import "server-only";
import { UNAVAILABLE_DIGEST } from "@/lib/action-result";

/** Thrown when an object does not exist OR belongs to someone else: both render as 404, so ids cannot be probed. */
export class NotFoundError extends Error {
  constructor(what = "Objet") {
    super(`${what} introuvable`);
    this.name = "NotFoundError";
  }
}

/**
 * The database cannot answer now (down, restarting, frozen past the timeouts, out of connections): a transient state,
 * never « introuvable » nor « déconnecté » (issue 12, faults). Pages render « service momentanément indisponible »
 * (503), actions answer `unavailable`, hosted pages keep serving their last good copy.
 */
export class UnavailableError extends Error {
  /** Kept by Next.js as the error's digest: the error page knows it is this, and says so. */
  readonly digest = UNAVAILABLE_DIGEST;
  constructor(cause?: unknown) {
    super("Service momentanément indisponible", { cause });
    this.name = "UnavailableError";
  }
}

// Node's socket errors, PostgreSQL's SQLSTATEs for a lost or refused connection (class 08), an administrator or
// crash shutdown (57P01–57P03), a statement cancelled by statement_timeout (57014) and too many connections (53300),
// Prisma's connection codes, and the driver adapter's kinds for the same.
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN"]);
const SQLSTATES = /^(?:08...|57P0[123]|57014|53300)$/;
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2037"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// node-postgres raises these as plain Errors, with no code.
const MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Query read timeout|connection timeout|Client has encountered a connection error|the database system is (?:starting up|shutting down|in recovery mode|not yet accepting connections)|terminating connection|canceling statement due to statement timeout|Can't reach database server/i;

function causes(error: unknown): unknown[] {
  const seen: unknown[] = [];
  const queue = [error];
  while (queue.length && seen.length < 10) {
    const e = queue.shift();
    if (!e || typeof e !== "object" || seen.includes(e)) continue;
    seen.push(e);
    const o = e as { cause?: unknown; meta?: { driverAdapterError?: unknown } };
    queue.push(o.cause, o.meta?.driverAdapterError);
  }
  return seen;
}

/** Whether an error means the database is unavailable now (rather than a bug or a refusal). */
export function isUnavailable(error: unknown): boolean {
  return causes(error).some((e) => {
    if (e instanceof UnavailableError || (e as Error).name === "UnavailableError") return true;
    const o = e as { code?: unknown; kind?: unknown; message?: unknown };
    const code = typeof o.code === "string" ? o.code : "";
    if (SOCKET_CODES.has(code) || SQLSTATES.test(code) || PRISMA_CODES.has(code)) return true;
    if (typeof o.kind === "string" && ADAPTER_KINDS.has(o.kind)) return true;
    return typeof o.message === "string" && MESSAGES.test(o.message);
  });
}

/** For pages: the object, or Next's 404 page when it is not found (or not the user's). */
export async function orNotFound<T>(pending: Promise<T>): Promise<T> {
  const { notFound } = await import("next/navigation");
  try {
    return await pending;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
