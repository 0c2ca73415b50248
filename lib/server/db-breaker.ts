import "server-only";

/**
 * A circuit breaker in front of the database (issue 12, faults). While PostgreSQL cannot answer (dead, restarting,
 * frozen), every query would otherwise wait out its own timeouts — several seconds each, one after the other within a
 * request (the session, then the work) — and requests would pile up. After one query fails for want of a database,
 * the breaker opens: queries fail at once with « indisponible » while a single probe asks the database every
 * PROBE_INTERVAL_MS, with short timeouts; the first answer closes it. A statement cancelled by statement_timeout does
 * not open it (the database is there, that query was slow).
 */
export type TBreaker = {
  readonly open: boolean;
  /** Opens the breaker (if closed) and starts probing. */
  trip: () => void;
  /** Stops probing (tests). */
  dispose: () => void;
};

export const PROBE_INTERVAL_MS = 500;

export function createBreaker(probe: () => Promise<void>, intervalMs = PROBE_INTERVAL_MS, log: (line: string) => void = console.warn): TBreaker {
  let open = false;
  let disposed = false;
  let openedAt = 0;
  async function probeUntilUp() {
    while (open && !disposed) {
      await new Promise((r) => setTimeout(r, intervalMs));
      try {
        await probe();
        open = false;
        log(`[base de données] de nouveau disponible après ${((Date.now() - openedAt) / 1000).toFixed(1)} s`);
      } catch {
        // still down: next probe
      }
    }
  }
  return {
    get open() {
      return open;
    },
    trip() {
      if (open || disposed) return;
      open = true;
      openedAt = Date.now();
      log("[base de données] indisponible : les requêtes échouent aussitôt jusqu’à son retour");
      void probeUntilUp();
    },
    dispose() {
      disposed = true;
      open = false;
    },
  };
}

/** Whether an error (already known to mean « unavailable ») says the database is gone, rather than one slow statement. */
export function opensBreaker(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 6; depth++) {
    const o = e as { code?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
    if (o.code === "57014" || (typeof o.message === "string" && /statement timeout/i.test(o.message))) return false;
    e = o.cause ?? o.meta?.driverAdapterError;
  }
  return true;
}
