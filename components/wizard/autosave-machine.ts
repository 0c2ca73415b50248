// The autosave logic as a pure reducer (unit-tested in autosave-machine.test.ts); use-autosave.ts
// wires it to timers, the server action and the page's « leave this page? » warning.
//
// Invariants: every change is saved eventually or stays visibly unsaved (status ≠ saved, dirty);
// a save never overwrites someone else's newer save (the server compares revisions: « conflict »);
// one save at a time; changes made during a save are saved by the next one.

export type TIssue = { path: string; message: string };

export type TSaveOutcome =
  | { kind: "saved"; revision: number; savedAt: string }
  | { kind: "conflict"; revision: number }
  | { kind: "invalid"; issues: TIssue[] }
  | { kind: "not_found" }
  | { kind: "network" };

export type TAutosaveStatus = "idle" | "pending" | "saving" | "saved" | "error" | "invalid" | "conflict" | "gone";

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
  /** Consecutive network failures (drives the retry delay). */
  failures: number;
};

export type TAutosaveEvent =
  | { type: "change" }
  | { type: "start" }
  | { type: "result"; seq: number; outcome: TSaveOutcome }
  | { type: "reloaded"; revision: number };

export const DEBOUNCE_MS = 1000;

export function initialAutosave(revision: number): TAutosaveState {
  return { status: "idle", revision, dirty: false, changeSeq: 0, inFlight: null, savedAt: null, issues: [], failures: 0 };
}

/** Whether a save should start now (the hook calls this when its debounce or retry timer fires). */
export function canStart(s: TAutosaveState): boolean {
  return s.dirty && s.inFlight === null && s.status !== "conflict" && s.status !== "gone";
}

/** Delay before retrying after `failures` consecutive network failures: 2 s, 4 s, 8 s… capped at 30 s. */
export function retryDelay(failures: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(1, failures));
}

/** Whether leaving the page would lose something. */
export function hasUnsavedChanges(s: TAutosaveState): boolean {
  return s.dirty || s.inFlight !== null;
}

export function autosaveReducer(s: TAutosaveState, e: TAutosaveEvent): TAutosaveState {
  switch (e.type) {
    case "change": {
      const frozen = s.status === "conflict" || s.status === "gone";
      const status = frozen ? s.status : s.inFlight !== null ? "saving" : "pending";
      return { ...s, dirty: true, changeSeq: s.changeSeq + 1, status };
    }
    case "start":
      if (!canStart(s)) return s;
      return { ...s, inFlight: s.changeSeq, status: "saving" };
    case "result": {
      if (s.inFlight !== e.seq) return s; // a stale answer: ignore
      const base = { ...s, inFlight: null };
      switch (e.outcome.kind) {
        case "saved": {
          const upToDate = e.seq === s.changeSeq;
          return {
            ...base, revision: e.outcome.revision, savedAt: e.outcome.savedAt, issues: [], failures: 0,
            dirty: !upToDate, status: upToDate ? "saved" : "pending",
          };
        }
        case "conflict":
          return { ...base, status: "conflict", failures: 0 };
        case "invalid":
          return { ...base, status: "invalid", issues: e.outcome.issues, failures: 0 };
        case "not_found":
          return { ...base, status: "gone" };
        case "network":
          return { ...base, status: "error", failures: s.failures + 1 };
      }
      return base;
    }
    case "reloaded":
      return initialAutosave(e.revision);
  }
}
