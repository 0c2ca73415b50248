"use client";

import { useCallback, useEffect, useLayoutEffect, useReducer, useRef, useState } from "react";
import {
  DEBOUNCE_MS, MAX_WAIT_MS, autosaveReducer, canStart, hasUnsavedChanges, initialAutosave, retriesByItself, retryDelay, serverHasEverything,
  type TAutosaveState, type TSaveOutcome,
} from "./autosave-machine";
import {
  browserStorage, localDraftKey, pruneLocalDrafts, readLocalDraft, removeLocalDraft, removeLocalDraftIfCovered, sameDraftValues, writeLocalDraft,
  type TLocalDraft,
} from "./local-draft";

type TSave = (revision: number, values: unknown) => Promise<TSaveOutcome>;

/** The longest `flush()` waits (« Publier »): past it, it answers « not saved » and the autosave carries on by itself. */
export const FLUSH_TIMEOUT_MS = 15_000;

/**
 * Saves about 1 s after typing stops, one save at a time, retries transient failures with back-off (typing during an
 * outage waits for the back-off too: no request per keystroke), stops on a conflict, and warns before leaving while
 * anything is unsaved.
 */
export function useAutosave({ revision, save, getValues }: { revision: number; save: TSave; getValues: () => unknown }) {
  const [state, dispatch] = useReducer(autosaveReducer, revision, initialAutosave);
  const stateRef = useRef(state);
  useLayoutEffect(() => {
    stateRef.current = state;
  }, [state]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** When the retry after the last transient failure is due (0: no back-off running). */
  const backoffUntil = useRef(0);
  /** When the first change not yet sent was typed (null: none): the debounce never defers a save past MAX_WAIT_MS. */
  const unsentSince = useRef<number | null>(null);

  const start = useCallback(async (): Promise<TSaveOutcome | null> => {
    const s = stateRef.current;
    if (!canStart(s)) return null;
    const seq = s.changeSeq;
    unsentSince.current = null;
    dispatch({ type: "start" });
    let outcome: TSaveOutcome;
    try {
      outcome = await save(s.revision, getValues());
    } catch {
      outcome = { ok: false, code: "network" };
    }
    dispatch({ type: "result", seq, outcome });
    return outcome;
  }, [save, getValues]);

  const schedule = useCallback(
    (delay: number) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void start(), delay);
    },
    [start],
  );

  const notifyChange = useCallback(() => {
    dispatch({ type: "change" });
    const now = Date.now();
    unsentSince.current ??= now;
    // The debounce, but never past MAX_WAIT_MS after the first unsent change (a founder typing without a pause
    // still reaches the server); and never before the running back-off: typing never brings a retry forward.
    const debounce = Math.min(DEBOUNCE_MS, Math.max(0, unsentSince.current + MAX_WAIT_MS - now));
    schedule(Math.max(debounce, backoffUntil.current - now));
  }, [schedule]);

  // After a result: save again what was typed meanwhile, or retry a transient failure later (by itself, until saved).
  // Changes typed during an outage leave these fields as they are, so they do not restart the back-off.
  const { inFlight, status, failures } = state;
  const autoRetry = retriesByItself(state);
  useEffect(() => {
    if (inFlight !== null) return;
    if (autoRetry) {
      const delay = retryDelay(failures);
      backoffUntil.current = Date.now() + delay;
      schedule(delay);
      return;
    }
    backoffUntil.current = 0;
    if (status === "pending") schedule(DEBOUNCE_MS);
  }, [inFlight, status, failures, autoRetry, schedule]);

  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (!hasUnsavedChanges(stateRef.current)) return;
      e.preventDefault();
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => {
      window.removeEventListener("beforeunload", warn);
      clearTimeout(timer.current);
    };
  }, []);

  const retryNow = useCallback(() => {
    clearTimeout(timer.current);
    void start();
  }, [start]);

  /**
   * Saves now whatever is unsaved; true when the server has everything typed so far. Never waits more than
   * FLUSH_TIMEOUT_MS: a save still running then goes on, and its result is handled as usual.
   */
  const flush = useCallback(async (): Promise<boolean> => {
    const deadline = Date.now() + FLUSH_TIMEOUT_MS;
    const sleep = (ms: number) => new Promise<null>((r) => setTimeout(() => r(null), ms));
    while (stateRef.current.inFlight !== null && Date.now() < deadline) await sleep(100);
    const s = stateRef.current;
    if (s.inFlight !== null) return false;
    if (!s.dirty) return true;
    clearTimeout(timer.current);
    const outcome = await Promise.race([start(), sleep(Math.max(0, deadline - Date.now()))]);
    return outcome?.ok === true;
  }, [start]);

  return { state, notifyChange, retryNow, flush };
}

/** How often, at most, the browser's copy is rewritten while typing. */
export const LOCAL_WRITE_THROTTLE_MS = 300;

export type TLocalCopy = {
  /** A copy found on opening that differs from the server's draft, until the founder restores or ignores it. */
  recovered: TLocalDraft | null;
  /** The last write of the copy failed (storage full, disabled, private mode): nothing is kept in this browser. */
  failed: boolean;
  /** Call on every change of the form's values. */
  noteChange: () => void;
  /** The founder decided: the banner goes; with `forget`, the recovered copy is deleted too (unless replaced since). */
  dismiss: (forget: boolean) => void;
};

/**
 * The browser's copy of the edits the server does not have yet (local-draft.ts), for one policy:
 * - on opening, a copy that differs from the server's draft is offered (`recovered`); one equal to it is deleted;
 * - written at most every LOCAL_WRITE_THROTTLE_MS while anything is unsaved, with the server revision the edits are
 *   based on (rewritten when a save moves it), and synchronously when the page is hidden or closed;
 * - removed once the server confirmed a save that covers everything typed (serverHasEverything), and only then.
 */
export function useLocalDraft({ policyId, state, getValues }: { policyId: string; state: TAutosaveState; getValues: () => unknown }): TLocalCopy {
  const [recovered, setRecovered] = useState<TLocalDraft | null>(null);
  const [failed, setFailed] = useState(false);
  const stateRef = useRef(state);
  const recoveredRef = useRef(recovered);
  useLayoutEffect(() => {
    stateRef.current = state;
    recoveredRef.current = recovered;
  }, [state, recovered]);
  const ready = useRef(false);
  const writer = useRef("");
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** A change not yet written (the state that says « dirty » may not have rendered yet when the page closes). */
  const changed = useRef(false);
  /** What this page wrote last, so that closing the page does not rewrite (and redate) the same copy. */
  const last = useRef<{ json: string; revision: number } | null>(null);

  const writeNow = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const s = stateRef.current;
    if (!ready.current || (!changed.current && !hasUnsavedChanges(s))) return;
    changed.current = false;
    const values = getValues();
    let json: string;
    try {
      json = JSON.stringify(values);
    } catch {
      return;
    }
    const storage = browserStorage();
    // Unchanged and still there: nothing to write (closing the page must not redate the copy). Another tab may have
    // removed or replaced it meanwhile: then this page's edits are written again.
    if (last.current?.json === json && last.current.revision === s.revision && readLocalDraft(storage, policyId)?.writer === writer.current) return;
    const ok = writeLocalDraft(storage, { policyId, baseRevision: s.revision, values, writer: writer.current });
    last.current = ok ? { json, revision: s.revision } : null;
    setFailed(!ok);
  }, [policyId, getValues]);

  const noteChange = useCallback(() => {
    changed.current = true;
    if (timer.current === undefined) timer.current = setTimeout(writeNow, LOCAL_WRITE_THROTTLE_MS);
  }, [writeNow]);

  // On opening: clean what is stale, offer this policy's copy if it holds something the server does not.
  useEffect(() => {
    writer.current = typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`;
    const storage = browserStorage();
    pruneLocalDrafts(storage);
    const entry = readLocalDraft(storage, policyId);
    ready.current = true;
    if (!entry) return;
    // The form's values now are the server's draft (and what its fields add when they register).
    if (sameDraftValues(entry.values, getValues())) removeLocalDraft(storage, policyId, (e) => e.writer === entry.writer && e.writtenAt === entry.writtenAt);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- localStorage exists only in the browser, after hydration: one more render, once
    else setRecovered(entry);
  }, [policyId, getValues]);

  // Closing or hiding the page: write now what the throttle has not written yet (localStorage is synchronous).
  // Another tab that saved its own edits of this policy removes the copy: this page's unsaved edits go back in.
  useEffect(() => {
    const onHide = () => writeNow();
    const onVisibility = () => {
      if (document.visibilityState === "hidden") writeNow();
    };
    const onStorage = (e: StorageEvent) => {
      if (e.key === localDraftKey(policyId) && e.newValue === null) writeNow();
    };
    window.addEventListener("pagehide", onHide);
    window.addEventListener("beforeunload", onHide);
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("storage", onStorage);
    return () => {
      window.removeEventListener("pagehide", onHide);
      window.removeEventListener("beforeunload", onHide);
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("storage", onStorage);
      clearTimeout(timer.current);
      timer.current = undefined;
    };
  }, [writeNow, policyId]);

  // A save confirmed part of the edits: the copy's base revision follows, so it never claims a newer save is someone else's.
  const unsaved = hasUnsavedChanges(state);
  useEffect(() => {
    if (unsaved && last.current && last.current.revision !== state.revision) writeNow();
  }, [state.revision, unsaved, writeNow]);

  // The server has everything typed here: the copy goes (removeLocalDraftIfCovered keeps another tab's other edits).
  const everything = serverHasEverything(state);
  useEffect(() => {
    if (!everything || !ready.current) return;
    clearTimeout(timer.current);
    timer.current = undefined;
    changed.current = false;
    last.current = null;
    removeLocalDraftIfCovered(browserStorage(), policyId, { values: getValues(), writer: writer.current });
    setFailed(false);
  }, [everything, state.revision, policyId, getValues]);

  const dismiss = useCallback(
    (forget: boolean) => {
      const entry = recoveredRef.current;
      // Only the copy that was offered: if this page has written its own since, that one is not the founder's to lose.
      if (entry && forget) removeLocalDraft(browserStorage(), policyId, (e) => e.writer === entry.writer && e.writtenAt === entry.writtenAt);
      setRecovered(null);
    },
    [policyId],
  );

  return { recovered, failed, noteChange, dismiss };
}
