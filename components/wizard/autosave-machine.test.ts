import { describe, expect, it } from "vitest";
import { autosaveReducer as reduce, canStart, hasUnsavedChanges, initialAutosave, retriesByItself, retryDelay, serverHasEverything, type TAutosaveState, type TAutosaveEvent } from "./autosave-machine";

const run = (events: TAutosaveEvent[], from: TAutosaveState = initialAutosave(3)) => events.reduce(reduce, from);
const saved = (seq: number, revision: number) => ({ type: "result", seq, outcome: { ok: true, revision, savedAt: "2026-11-21T14:32:00Z" } }) as const;

describe("autosave", () => {
  it("a change makes the draft dirty and pending; a successful save makes it clean and saved with the new revision", () => {
    let s = run([{ type: "change" }]);
    expect(s).toMatchObject({ status: "pending", dirty: true, changeSeq: 1 });
    expect(hasUnsavedChanges(s)).toBe(true);
    s = run([{ type: "start" }, saved(1, 4)], s);
    expect(s).toMatchObject({ status: "saved", dirty: false, revision: 4, savedAt: "2026-11-21T14:32:00Z", inFlight: null });
    expect(hasUnsavedChanges(s)).toBe(false);
  });

  it("changes typed during a save are not marked saved: another save follows", () => {
    const s = run([{ type: "change" }, { type: "start" }, { type: "change" }, saved(1, 4)]);
    expect(s).toMatchObject({ status: "pending", dirty: true, revision: 4 });
    expect(canStart(s)).toBe(true);
    const next = run([{ type: "start" }, saved(2, 5)], s);
    expect(next).toMatchObject({ status: "saved", dirty: false, revision: 5 });
  });

  it("only one save runs at a time", () => {
    const s = run([{ type: "change" }, { type: "start" }, { type: "change" }]);
    expect(s.inFlight).toBe(1);
    expect(canStart(s)).toBe(false);
    expect(run([{ type: "start" }], s).inFlight).toBe(1);
  });

  it("a network failure keeps the input, shows the error state, and the next attempt saves it", () => {
    let s = run([{ type: "change" }, { type: "start" }, { type: "result", seq: 1, outcome: { ok: false, code: "network" } }]);
    expect(s).toMatchObject({ status: "retrying", dirty: true, failures: 1 });
    expect(retriesByItself(s)).toBe(true);
    expect(hasUnsavedChanges(s)).toBe(true);
    expect(canStart(s)).toBe(true);
    s = run([{ type: "start" }, saved(1, 4)], s);
    expect(s).toMatchObject({ status: "saved", dirty: false, failures: 0 });
  });

  it("retries back off from 2 s up to 10 s", () => {
    expect([1, 2, 3, 4, 5, 6].map(retryDelay)).toEqual([2000, 4000, 8000, 10000, 10000, 10000]);
  });

  it("a conflict (someone saved a newer revision) stops autosave: nothing is sent until the user reloads", () => {
    let s = run([{ type: "change" }, { type: "start" }, { type: "result", seq: 1, outcome: { ok: false, code: "conflict", message: "Modifié ailleurs." } }]);
    expect(s).toMatchObject({ status: "conflict", dirty: true, revision: 3 });
    expect(canStart(s)).toBe(false);
    s = run([{ type: "change" }], s);
    expect(s.status).toBe("conflict");
    expect(canStart(s)).toBe(false);
    s = run([{ type: "reloaded", revision: 9 }], s);
    expect(s).toMatchObject({ status: "idle", dirty: false, revision: 9 });
  });

  it("an invalid draft is not saved: the issues are kept and the draft stays dirty", () => {
    const issues = [{ path: "controller.email", message: "Adresse e-mail invalide." }];
    const s = run([{ type: "change" }, { type: "start" }, { type: "result", seq: 1, outcome: { ok: false, code: "invalid", message: "Corrigez.", issues } }]);
    expect(s).toMatchObject({ status: "invalid", dirty: true, issues });
    expect(run([{ type: "change" }], s).status).toBe("pending");
  });

  it("a stale answer for an older save is ignored", () => {
    const s = run([{ type: "change" }, { type: "start" }]);
    expect(run([saved(7, 99)], s)).toEqual(s);
  });

  it("a policy that disappeared (deleted, or not ours) stops autosave for good", () => {
    const s = run([{ type: "change" }, { type: "start" }, { type: "result", seq: 1, outcome: { ok: false, code: "not_found", message: "Introuvable." } }]);
    expect(s.status).toBe("gone");
    expect(canStart(run([{ type: "change" }], s))).toBe(false);
  });

  it("an unavailable database is transient, never « gone »: the input is kept and retried by itself until saved", () => {
    const down = { type: "result", seq: 1, outcome: { ok: false, code: "unavailable", message: "Service momentanément indisponible." } } as const;
    let s = run([{ type: "change" }, { type: "start" }, down]);
    expect(s).toMatchObject({ status: "retrying", dirty: true, failures: 1 });
    expect(retriesByItself(s)).toBe(true);
    s = run([{ type: "start" }, { ...down, seq: 1 }, { type: "start" }, { ...down, seq: 1 }], s);
    expect(s).toMatchObject({ status: "retrying", failures: 3 });
    expect(retryDelay(s.failures)).toBe(8000);
    s = run([{ type: "start" }, saved(1, 4)], s);
    expect(s).toMatchObject({ status: "saved", dirty: false, failures: 0, message: null });
  });

  it("an expired session keeps the input and keeps retrying (a sign-in in another tab resumes the saves)", () => {
    let s = run([{ type: "change" }, { type: "start" }, { type: "result", seq: 1, outcome: { ok: false, code: "unauthenticated", message: "Session expirée." } }]);
    expect(s).toMatchObject({ status: "signed_out", dirty: true });
    expect(retriesByItself(s)).toBe(true);
    s = run([{ type: "start" }, saved(1, 4)], s);
    expect(s.status).toBe("saved");
  });

  it("a server bug is shown with its reference and not retried in a loop, but the next change or « Réessayer » saves again", () => {
    const s = run([{ type: "change" }, { type: "start" }, { type: "result", seq: 1, outcome: { ok: false, code: "error", message: "Erreur (référence ab12cd34)." } }]);
    expect(s).toMatchObject({ status: "error", dirty: true, message: "Erreur (référence ab12cd34)." });
    expect(retriesByItself(s)).toBe(false);
    expect(canStart(s)).toBe(true);
    expect(run([{ type: "change" }], s).status).toBe("pending");
  });

  it("typing during an outage keeps it visible and keeps retrying by itself (no « pending » that would hide it or restart the back-off)", () => {
    const down = { type: "result", seq: 1, outcome: { ok: false, code: "unavailable", message: "Indisponible." } } as const;
    let s = run([{ type: "change" }, { type: "start" }, down, { type: "change" }, { type: "change" }]);
    expect(s).toMatchObject({ status: "retrying", dirty: true, failures: 1, changeSeq: 3, message: "Indisponible." });
    expect(retriesByItself(s)).toBe(true);
    s = run([{ type: "start" }, { type: "result", seq: 3, outcome: { ok: false, code: "network" } }], s);
    expect(s).toMatchObject({ status: "retrying", failures: 2 });
    const out = run([{ type: "change" }, { type: "start" }, { type: "result", seq: 4, outcome: { ok: false, code: "unauthenticated", message: "Session expirée." } }, { type: "change" }], s);
    expect(out).toMatchObject({ status: "signed_out", failures: 3 });
    expect(retriesByItself(out)).toBe(true);
    expect(run([{ type: "start" }, saved(5, 4)], out)).toMatchObject({ status: "saved", dirty: false, failures: 0 });
  });

  it("no transient failure is terminal: after any run of unavailable, network and unauthenticated answers, the machine still retries by itself, then saves", () => {
    const transient = [{ ok: false, code: "network" }, { ok: false, code: "unavailable", message: "…" }, { ok: false, code: "unauthenticated", message: "…" }] as const;
    let seed = 11;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let round = 0; round < 100; round++) {
      let s = run([{ type: "change" }]);
      for (let i = 0; i < 20; i++) {
        if (rand(2)) s = reduce(s, { type: "change" });
        s = reduce(s, { type: "start" });
        expect(s.inFlight).not.toBeNull();
        s = reduce(s, { type: "result", seq: s.inFlight!, outcome: transient[rand(3)]! });
        expect(retriesByItself(s)).toBe(true);
        expect(canStart(s)).toBe(true);
        expect(serverHasEverything(s)).toBe(false);
      }
      s = run([{ type: "start" }, saved(s.changeSeq, 9)], s);
      expect(serverHasEverything(s)).toBe(true);
    }
  });

  it("whatever the outcomes, a change is never marked saved before a save that covers it succeeded (random runs)", () => {
    const outcomes = ["ok", "network", "unavailable", "unauthenticated", "error", "invalid"] as const;
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let round = 0; round < 200; round++) {
      let s = initialAutosave(1);
      let confirmed = 0;
      for (let step = 0; step < 30; step++) {
        const pick = rand(3);
        if (pick === 0) s = reduce(s, { type: "change" });
        else if (pick === 1) s = reduce(s, { type: "start" });
        else if (s.inFlight !== null) {
          const code = outcomes[rand(outcomes.length)]!;
          const seq = s.inFlight;
          s = reduce(s, { type: "result", seq, outcome: code === "ok" ? { ok: true, revision: s.revision + 1, savedAt: "2026-11-29T10:00:00Z" } : code === "network" ? { ok: false, code } : { ok: false, code, message: "…" } });
          if (code === "ok") confirmed = seq;
        }
        if (!hasUnsavedChanges(s)) expect(confirmed).toBe(s.changeSeq);
        if (s.status === "saved") expect(s.dirty).toBe(false);
      }
    }
  });
});
