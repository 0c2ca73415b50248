// The browser's copy of the edits the server does not have yet (issue 12: « the editor keeps unsaved edits in the
// browser until the server has them, survives a reload or a crash of the tab, and offers to restore them »).
//
// Why localStorage and not IndexedDB: the copy must be written while the tab is closing (pagehide, beforeunload,
// visibilitychange hidden), when only synchronous work is guaranteed to finish; IndexedDB's transactions are
// asynchronous and may never commit then. A draft is small (at most 200 ko of JSON, MAX_DRAFT_BYTES), far below the
// few megabytes localStorage grants an origin, and one entry per policy is enough.
//
// Every function takes the Storage as a parameter (the unit tests give an in-memory one) and never throws: a browser
// in private mode, with storage disabled or full, only loses the local copy, and the caller says so.

/** One entry per policy: `clairement:brouillon:<policyId>`. */
export const LOCAL_DRAFT_PREFIX = "clairement:brouillon:";
/** Entries older than this are removed (a draft abandoned a month ago is not worth offering, nor keeping). */
export const LOCAL_DRAFT_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

export type TLocalDraft = {
  /** Format of the entry (a future format ignores and replaces older ones). */
  v: 1;
  policyId: string;
  /** The server revision these values were typed on. */
  baseRevision: number;
  /** The form's values. */
  values: unknown;
  /** When they were written (ISO 8601), i.e. typed: the copy is written within a few hundred milliseconds. */
  writtenAt: string;
  /** The page (one load of the editor) that wrote them. */
  writer: string;
};

export function localDraftKey(policyId: string): string {
  return LOCAL_DRAFT_PREFIX + policyId;
}

/** The browser's localStorage, or null where reading it throws (storage disabled, some private modes) or on the server. */
export function browserStorage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Writes the copy of one policy's values. False when the storage refused (quota, private mode, disabled): the caller
 * tells the founder nothing can be kept in this browser. On a full storage, stale entries are removed and the write
 * is tried once more.
 */
export function writeLocalDraft(
  storage: Storage | null,
  entry: { policyId: string; baseRevision: number; values: unknown; writer: string },
  now: Date = new Date(),
): boolean {
  if (!storage) return false;
  let text: string;
  try {
    const full: TLocalDraft = { v: 1, policyId: entry.policyId, baseRevision: entry.baseRevision, values: entry.values, writtenAt: now.toISOString(), writer: entry.writer };
    text = JSON.stringify(full);
  } catch {
    return false;
  }
  const key = localDraftKey(entry.policyId);
  try {
    storage.setItem(key, text);
    return true;
  } catch {
    // Most likely the quota: make room by removing what is stale, then try once more.
    if (pruneLocalDrafts(storage, now).length === 0) return false;
    try {
      storage.setItem(key, text);
      return true;
    } catch {
      return false;
    }
  }
}

/** The copy kept for this policy, or null (none, unreadable, another format, or not this policy's). */
export function readLocalDraft(storage: Storage | null, policyId: string): TLocalDraft | null {
  if (!storage) return null;
  try {
    const entry = parse(storage.getItem(localDraftKey(policyId)));
    return entry && entry.policyId === policyId ? entry : null;
  } catch {
    return null;
  }
}

/** Removes this policy's copy; with `only`, just when the stored entry passes it. True when an entry was removed. */
export function removeLocalDraft(storage: Storage | null, policyId: string, only?: (entry: TLocalDraft) => boolean): boolean {
  if (!storage) return false;
  try {
    const key = localDraftKey(policyId);
    if (storage.getItem(key) === null) return false;
    if (only) {
      const entry = readLocalDraft(storage, policyId);
      if (!entry || !only(entry)) return false;
    }
    storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

/**
 * The covers-everything rule: called once the server confirmed a save and nothing was typed since (autosave status
 * « saved », not dirty), with the values that save sent. The copy goes only when that save covers it: it was written
 * by this same page (whose every edit the save includes), or it holds exactly the saved values. A copy written by
 * another tab, with other values, stays: those edits are not on the server.
 */
export function removeLocalDraftIfCovered(storage: Storage | null, policyId: string, saved: { values: unknown; writer: string }): boolean {
  return removeLocalDraft(storage, policyId, (entry) => entry.writer === saved.writer || sameDraftValues(entry.values, saved.values));
}

/**
 * Removes the entries older than `maxAgeMs` (and unreadable ones) under the prefix, whatever the policy: never a
 * fresh entry, never another key. Returns the keys removed.
 */
export function pruneLocalDrafts(storage: Storage | null, now: Date = new Date(), maxAgeMs = LOCAL_DRAFT_MAX_AGE_MS): string[] {
  if (!storage) return [];
  const removed: string[] = [];
  try {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(LOCAL_DRAFT_PREFIX)) keys.push(key);
    }
    for (const key of keys) {
      const entry = parse(storage.getItem(key));
      const written = entry ? Date.parse(entry.writtenAt) : NaN;
      if (!entry || key !== localDraftKey(entry.policyId) || !(now.getTime() - written <= maxAgeMs)) {
        storage.removeItem(key);
        removed.push(key);
      }
    }
  } catch {
    // Storage unreadable: nothing to clean.
  }
  return removed;
}

/**
 * Whether two sets of form values hold the same answers. Key order does not count, nor empty values ("", null,
 * undefined) as object members: a field registered in the form adds them where the saved draft has nothing, and an
 * empty answer reads the same as a missing one. Array items are compared in place.
 */
export function sameDraftValues(a: unknown, b: unknown): boolean {
  try {
    return canonical(a) === canonical(b);
  } catch {
    return false;
  }
}

function canonical(value: unknown): string {
  const replacer = (_key: string, v: unknown): unknown => {
    if (!v || typeof v !== "object" || Array.isArray(v)) return v;
    const kept = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== "" && x !== null && x !== undefined);
    return Object.fromEntries(kept.sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
  };
  return JSON.stringify(value, replacer) ?? "undefined";
}

function parse(text: string | null): TLocalDraft | null {
  if (text === null) return null;
  try {
    const e = JSON.parse(text) as Partial<TLocalDraft> | null;
    if (!e || typeof e !== "object" || e.v !== 1) return null;
    if (typeof e.policyId !== "string" || typeof e.baseRevision !== "number" || typeof e.writtenAt !== "string" || typeof e.writer !== "string") return null;
    if (!("values" in e) || Number.isNaN(Date.parse(e.writtenAt))) return null;
    return e as TLocalDraft;
  } catch {
    return null;
  }
}
