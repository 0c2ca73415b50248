import { describe, expect, it } from "vitest";
import { autosaveReducer as reduce, initialAutosave, serverHasEverything, type TAutosaveEvent, type TAutosaveState } from "./autosave-machine";
import {
  LOCAL_DRAFT_MAX_AGE_MS, localDraftKey, pruneLocalDrafts, readLocalDraft, removeLocalDraft, removeLocalDraftIfCovered, sameDraftValues,
  writeLocalDraft,
} from "./local-draft";

/** An in-memory Storage; `quota` (in characters of keys and values) makes setItem throw as browsers do when full. */
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  constructor(private quota = Infinity) {}
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    const used = [...this.items].reduce((n, [key, value]) => n + (key === k ? 0 : key.length + value.length), 0);
    if (used + k.length + v.length > this.quota) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    this.items.set(k, String(v));
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
  clear() {
    this.items.clear();
  }
}

/** A storage that refuses everything, as Safari's old private mode or a disabled storage does. */
class RefusingStorage extends MemoryStorage {
  override setItem(): void {
    throw new DOMException("The operation is insecure.", "SecurityError");
  }
  override getItem(): string | null {
    throw new DOMException("The operation is insecure.", "SecurityError");
  }
}

const NOW = new Date("2026-11-29T14:32:00Z");
const values = { schemaVersion: 3, company: { name: "Atelier Lumen SARL", city: "Nantes" } };
const entry = (over: Partial<{ policyId: string; baseRevision: number; values: unknown; writer: string }> = {}) => ({
  policyId: "pol_a", baseRevision: 4, values, writer: "page-1", ...over,
});

describe("local copy of unsaved edits", () => {
  it("writes, reads and removes one policy's copy under clairement:brouillon:<id>, with its base revision and time", () => {
    const storage = new MemoryStorage();
    expect(writeLocalDraft(storage, entry(), NOW)).toBe(true);
    expect(storage.getItem("clairement:brouillon:pol_a")).not.toBeNull();
    expect(readLocalDraft(storage, "pol_a")).toEqual({ v: 1, policyId: "pol_a", baseRevision: 4, values, writtenAt: NOW.toISOString(), writer: "page-1" });
    expect(readLocalDraft(storage, "pol_b")).toBeNull();
    expect(removeLocalDraft(storage, "pol_a")).toBe(true);
    expect(readLocalDraft(storage, "pol_a")).toBeNull();
    expect(storage.length).toBe(0);
  });

  it("another policy's copy is never read, overwritten or removed through this one", () => {
    const storage = new MemoryStorage();
    writeLocalDraft(storage, entry({ policyId: "pol_b", values: { other: true } }), NOW);
    writeLocalDraft(storage, entry(), NOW);
    removeLocalDraft(storage, "pol_a");
    removeLocalDraftIfCovered(storage, "pol_a", { values, writer: "page-1" });
    expect(readLocalDraft(storage, "pol_b")?.values).toEqual({ other: true });
    // An entry stored under a key that is not its policy's is not taken for it.
    storage.setItem(localDraftKey("pol_c"), JSON.stringify({ ...readLocalDraft(storage, "pol_b"), policyId: "pol_b" }));
    expect(readLocalDraft(storage, "pol_c")).toBeNull();
  });

  it("covers-everything rule: a confirmed save removes the copy written by the same page, or one holding exactly the saved values, and nothing else", () => {
    const storage = new MemoryStorage();
    writeLocalDraft(storage, entry(), NOW);
    // Another tab saved other values: the edits of this copy are not on the server, it stays.
    expect(removeLocalDraftIfCovered(storage, "pol_a", { values: { company: { name: "Autre" } }, writer: "page-2" })).toBe(false);
    expect(readLocalDraft(storage, "pol_a")).not.toBeNull();
    // The same values, saved from anywhere: covered.
    expect(removeLocalDraftIfCovered(storage, "pol_a", { values: { company: { city: "Nantes", name: "Atelier Lumen SARL" }, schemaVersion: 3 }, writer: "page-2" })).toBe(true);
    // The page that wrote it saved everything it typed since: covered too.
    writeLocalDraft(storage, entry(), NOW);
    expect(removeLocalDraftIfCovered(storage, "pol_a", { values: { company: { name: "Atelier Lumen SARL (typed since)" } }, writer: "page-1" })).toBe(true);
    expect(readLocalDraft(storage, "pol_a")).toBeNull();
  });

  it("the machine lets the copy go only once a save covering every change is confirmed: never idle, pending, saving, retrying or after a partial save", () => {
    const ok = (seq: number, revision: number): TAutosaveEvent => ({ type: "result", seq, outcome: { ok: true, revision, savedAt: NOW.toISOString() } });
    const steps: [TAutosaveEvent, boolean][] = [
      [{ type: "change" }, false],
      [{ type: "start" }, false],
      [{ type: "change" }, false], // typed during the save
      [ok(1, 5), false], // covers change 1 only
      [{ type: "start" }, false],
      [{ type: "result", seq: 2, outcome: { ok: false, code: "unavailable", message: "Indisponible." } }, false],
      [{ type: "change" }, false],
      [{ type: "start" }, false],
      [ok(3, 6), true],
    ];
    let s: TAutosaveState = initialAutosave(4);
    expect(serverHasEverything(s)).toBe(false);
    for (const [event, expected] of steps) {
      s = reduce(s, event);
      expect(serverHasEverything(s), `${event.type} → ${s.status}`).toBe(expected);
    }
  });

  it("a full storage: stale entries are removed to make room, and when that is not enough the write reports false without throwing", () => {
    const old = new Date(NOW.getTime() - LOCAL_DRAFT_MAX_AGE_MS - 1);
    const storage = new MemoryStorage(600);
    expect(writeLocalDraft(storage, entry({ policyId: "pol_old", values: { text: "x".repeat(200) } }), old)).toBe(true);
    expect(writeLocalDraft(storage, entry({ values: { text: "y".repeat(250) } }), NOW)).toBe(true);
    expect(readLocalDraft(storage, "pol_old")).toBeNull();
    expect(readLocalDraft(storage, "pol_a")).not.toBeNull();
    expect(writeLocalDraft(storage, entry({ policyId: "pol_b", values: { text: "z".repeat(400) } }), NOW)).toBe(false);
    expect(readLocalDraft(storage, "pol_a")?.values).toEqual({ text: "y".repeat(250) });
  });

  it("a storage that throws on every call (private mode, disabled) or none at all: no exception, nothing kept", () => {
    for (const storage of [new RefusingStorage(), null]) {
      expect(writeLocalDraft(storage, entry(), NOW)).toBe(false);
      expect(readLocalDraft(storage, "pol_a")).toBeNull();
      expect(removeLocalDraft(storage, "pol_a")).toBe(false);
      expect(removeLocalDraftIfCovered(storage, "pol_a", { values, writer: "page-1" })).toBe(false);
      expect(pruneLocalDrafts(storage, NOW)).toEqual([]);
    }
    expect(writeLocalDraft(new MemoryStorage(), entry({ values: { loop: 1n } }), NOW)).toBe(false);
  });

  it("entries older than 30 days and unreadable ones are cleaned, whatever their policy; fresh ones and other keys are not", () => {
    const storage = new MemoryStorage();
    writeLocalDraft(storage, entry({ policyId: "pol_old" }), new Date(NOW.getTime() - LOCAL_DRAFT_MAX_AGE_MS - 60_000));
    writeLocalDraft(storage, entry({ policyId: "pol_recent" }), new Date(NOW.getTime() - LOCAL_DRAFT_MAX_AGE_MS + 60_000));
    writeLocalDraft(storage, entry({ policyId: "pol_b" }), NOW);
    storage.setItem("clairement:brouillon:pol_broken", "{not json");
    storage.setItem("clairement:brouillon:pol_future", JSON.stringify({ v: 2 }));
    storage.setItem("autre-application", "garder");
    expect(pruneLocalDrafts(storage, NOW).sort()).toEqual(["clairement:brouillon:pol_broken", "clairement:brouillon:pol_future", "clairement:brouillon:pol_old"]);
    expect(readLocalDraft(storage, "pol_recent")).not.toBeNull();
    expect(readLocalDraft(storage, "pol_b")).not.toBeNull();
    expect(storage.getItem("autre-application")).toBe("garder");
  });

  it("the same answers compare equal whatever the key order and the empty values a registered field adds; any real edit differs", () => {
    expect(sameDraftValues({ a: 1, b: { c: "x", d: "" } }, { b: { c: "x" }, a: 1 })).toBe(true);
    expect(sameDraftValues({ a: null, b: undefined, c: [1, 2] }, { c: [1, 2] })).toBe(true);
    expect(sameDraftValues({ a: "x" }, { a: "" })).toBe(false);
    expect(sameDraftValues({ list: ["x", ""] }, { list: ["x"] })).toBe(false);
    expect(sameDraftValues({ ok: false }, { ok: true })).toBe(false);
    expect(sameDraftValues({ n: 1 }, { n: "1" })).toBe(false);
  });
});
