// lib/server/db-breaker.ts: while the database cannot answer, queries fail at once instead of each waiting out its
// timeouts; one probe at a time asks the database, and the first answer closes the breaker.
import { describe, expect, it } from "vitest";
import { createBreaker, opensBreaker } from "@/lib/server/db-breaker";

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("database circuit breaker", () => {
  it("opens on a trip and stays open while the probe fails, closes at the first successful probe", async () => {
    let probes = 0;
    const b = createBreaker(async () => {
      probes += 1;
      if (probes < 3) throw new Error("ECONNREFUSED");
    }, 10, () => {});
    expect(b.open).toBe(false);
    b.trip();
    expect(b.open).toBe(true);
    await wait(15);
    expect(b.open).toBe(true);
    for (let i = 0; i < 50 && b.open; i++) await wait(10);
    expect(b.open).toBe(false);
    expect(probes).toBe(3);
    b.dispose();
  });

  it("a trip while open starts no second probe: one probe at a time, however many requests fail", async () => {
    let running = 0;
    let most = 0;
    const b = createBreaker(async () => {
      running += 1;
      most = Math.max(most, running);
      await wait(5);
      running -= 1;
      throw new Error("down");
    }, 5, () => {});
    for (let i = 0; i < 20; i++) b.trip();
    await wait(80);
    for (let i = 0; i < 20; i++) b.trip();
    await wait(40);
    expect(most).toBe(1);
    b.dispose();
    expect(b.open).toBe(false);
  });

  it("a statement cancelled by statement_timeout does not open it; a lost, refused or frozen connection does", () => {
    expect(opensBreaker({ code: "P2010", meta: { driverAdapterError: { cause: { code: "57014", message: "canceling statement due to statement timeout" } } } })).toBe(false);
    expect(opensBreaker(new Error("x", { cause: { code: "57014" } }))).toBe(false);
    expect(opensBreaker(new Error("Query read timeout"))).toBe(true);
    expect(opensBreaker({ code: "P1001", meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } } })).toBe(true);
    expect(opensBreaker(new Error("Connection terminated unexpectedly"))).toBe(true);
  });
});
