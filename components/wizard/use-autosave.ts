"use client";

import { useCallback, useEffect, useLayoutEffect, useReducer, useRef } from "react";
import {
  DEBOUNCE_MS, autosaveReducer, canStart, hasUnsavedChanges, initialAutosave, retriesByItself, retryDelay, type TSaveOutcome,
} from "./autosave-machine";

type TSave = (revision: number, values: unknown) => Promise<TSaveOutcome>;

/**
 * Saves about 1 s after typing stops, one save at a time, retries transient failures with back-off,
 * stops on a conflict, and warns before leaving while anything is unsaved.
 */
export function useAutosave({ revision, save, getValues }: { revision: number; save: TSave; getValues: () => unknown }) {
  const [state, dispatch] = useReducer(autosaveReducer, revision, initialAutosave);
  const stateRef = useRef(state);
  useLayoutEffect(() => {
    stateRef.current = state;
  }, [state]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const start = useCallback(async (): Promise<TSaveOutcome | null> => {
    const s = stateRef.current;
    if (!canStart(s)) return null;
    const seq = s.changeSeq;
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
    schedule(DEBOUNCE_MS);
  }, [schedule]);

  // After a result: save again what was typed meanwhile, or retry a transient failure later.
  useEffect(() => {
    if (state.inFlight !== null) return;
    if (state.status === "pending") schedule(DEBOUNCE_MS);
    else if (retriesByItself(state)) schedule(retryDelay(state.failures));
  }, [state, schedule]);

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

  /** Saves now whatever is unsaved; true when the server has everything typed so far. */
  const flush = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    for (let waited = 0; stateRef.current.inFlight !== null && waited < 10_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    const s = stateRef.current;
    if (!s.dirty) return s.inFlight === null;
    const outcome = await start();
    return outcome?.ok === true;
  }, [start]);

  return { state, notifyChange, retryNow, flush };
}
