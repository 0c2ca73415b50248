import type { TActionResult } from "@/lib/action-result";

// The autosave logic as a pure reducer (unit-tested in autosave-machine.test.ts); use-autosave.ts
// wires it to timers, the server action and the page's « leave this page? » warning.
//
// Invariants: every change is saved eventually or stays visibly unsaved (status ≠ saved, dirty);
// a save never overwrites someone else's newer save (the server compares revisions: « conflict »);
// one save at a time; changes made during a save are saved by the next one; a transient failure (database, network,
// session) is never terminal: retried by itself until saved, and typing during the outage neither hides it nor
// shortens the back-off (use-autosave.ts waits for the later of the debounce and the retry).

export type TIssue = { path: string; message: string };

/**
 * What one save attempt came back with: the server action's result (lib/action-result.ts), or « network » when the
 * request itself failed (offline, the server unreachable or restarting).
 */
export type TSaveOutcome = TActionResult<{ revision: number; savedAt: string }> | { ok: false; code: "network" };

/**
 * - retrying: the database or the network is unavailable; saved again by itself with back-off (never terminal);
 * - signed_out: the session expired; retried with back-off too, so a sign-in in another tab resumes the saves;
 * - error: a bug on the server; retried only when asked or at the next change (the same request would fail again);
 * - invalid, conflict: wait for the founder; gone: the policy was deleted.
 */
export type TAutosaveStatus = "idle" | "pending" | "saving" | "saved" | "retrying" | "signed_out" | "error" | "invalid" | "conflict" | "gone";

export type TAutosaveState = {
  status: TAutosaveStatus;
  /** The server revision our local copy is based on. */
  revision: number;
  /** Local changes not yet confirmed by the server. */
  dirty: boolean;
  /** Counts local changes; a save covers changes up to the seq it started with. */
  changeSeq: number;
  /** The change seq of the save in flight, or null. */
  inFlight: number | null;
  savedAt: string | null;
  issues: TIssue[];
  /** Consecutive transient failures (drives the retry delay). */
  failures: number;
  /** The server's message of the last failure (with its reference for a bug). */
  message: string | null;
};

export type TAutosaveEvent =
  | { type: "change" }
  | { type: "start" }
  | { type: "result"; seq: number; outcome: TSaveOutcome }
  | { type: "reloaded"; revision: number };

export const DEBOUNCE_MS = 1000;
/** However fast and long the typing, a save starts at most this long after the first unsent change. */
export const MAX_WAIT_MS = 5000;

export function initialAutosave(revision: number): TAutosaveState {
  return { status: "idle", revision, dirty: false, changeSeq: 0, inFlight: null, savedAt: null, issues: [], failures: 0, message: null };
}

/** Whether a save should start now (the hook calls this when its debounce or retry timer fires). */
export function canStart(s: TAutosaveState): boolean {
  return s.dirty && s.inFlight === null && s.status !== "conflict" && s.status !== "gone";
}

/** Whether the hook retries by itself after `retryDelay(failures)`. */
export function retriesByItself(s: TAutosaveState): boolean {
  return s.inFlight === null && s.dirty && (s.status === "retrying" || s.status === "signed_out");
}

/**
 * Delay before retrying after `failures` consecutive transient failures: 2 s, 4 s, 8 s, then every 10 s. While the
 * database is down the server answers « indisponible » at once (its circuit breaker), so a retry costs it nothing;
 * a longer cap only delayed « Enregistré » after the database was back (17 s in the founder walk).
 */
export function retryDelay(failures: number): number {
  return Math.min(10_000, 1000 * 2 ** Math.max(1, failures));
}

/**
 * Whether the server has everything typed on this page: a save was confirmed and nothing changed since. Only then may
 * the browser's copy of the edits go (local-draft.ts); « idle » does not count (nothing was saved here).
 */
export function serverHasEverything(s: TAutosaveState): boolean {
  return s.status === "saved" && !s.dirty && s.inFlight === null;
}

/** Whether the service is down for now (database, network, session): the next attempt waits for the back-off. */
export function inOutage(s: TAutosaveState): boolean {
  return s.status === "retrying" || s.status === "signed_out";
}

/** Whether leaving the page would lose something. */
export function hasUnsavedChanges(s: TAutosaveState): boolean {
  return s.dirty || s.inFlight !== null;
}

export function autosaveReducer(s: TAutosaveState, e: TAutosaveEvent): TAutosaveState {
  switch (e.type) {
    case "change": {
      // Frozen states wait for the founder; during an outage the status stays (and the retry keeps its back-off).
      const kept = s.status === "conflict" || s.status === "gone" || (inOutage(s) && s.inFlight === null);
      const status = kept ? s.status : s.inFlight !== null ? "saving" : "pending";
      return { ...s, dirty: true, changeSeq: s.changeSeq + 1, status };
    }
    case "start":
      if (!canStart(s)) return s;
      return { ...s, inFlight: s.changeSeq, status: "saving" };
    case "result": {
      if (s.inFlight !== e.seq) return s; // a stale answer: ignore
      const base = { ...s, inFlight: null };
      const outcome = e.outcome;
      if (outcome.ok) {
        const upToDate = e.seq === s.changeSeq;
        return {
          ...base, revision: outcome.revision, savedAt: outcome.savedAt, issues: [], failures: 0, message: null,
          dirty: !upToDate, status: upToDate ? "saved" : "pending",
        };
      }
      const failed = { ...base, message: "message" in outcome ? outcome.message : null };
      switch (outcome.code) {
        case "conflict":
          return { ...failed, status: "conflict", failures: 0 };
        case "invalid":
          return { ...failed, status: "invalid", issues: outcome.issues ?? [], failures: 0 };
        case "not_found":
          return { ...failed, status: "gone" };
        case "unauthenticated":
          return { ...failed, status: "signed_out", failures: s.failures + 1 };
        case "error":
          return { ...failed, status: "error", failures: s.failures + 1 };
        case "unavailable":
        case "network":
          return { ...failed, status: "retrying", failures: s.failures + 1 };
      }
    }
    case "reloaded":
      return initialAutosave(e.revision);
  }
}
