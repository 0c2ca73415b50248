import { afterEach, describe, expect, it } from "vitest";
import { clientIp, hit } from "@/lib/server/rate-limit";

describe("rate limits", () => {
  afterEach(() => {
    delete process.env.TRUST_PROXY;
  });

  it("allows max hits in the window, refuses the next, and allows again once the window has passed", () => {
    const limit = { max: 3, windowMs: 60_000 };
    const key = `test:${Math.random()}`;
    expect([0, 1, 2].map((s) => hit(key, limit, 1_000 + s))).toEqual([true, true, true]);
    expect(hit(key, limit, 1_010)).toBe(false);
    expect(hit(key, limit, 61_001)).toBe(true);
  });

  it("keys are independent", () => {
    const limit = { max: 1, windowMs: 60_000 };
    expect(hit(`a:${Math.random()}`, limit)).toBe(true);
    expect(hit(`b:${Math.random()}`, limit)).toBe(true);
  });

  it("the client IP comes from X-Forwarded-For only behind a trusted proxy", () => {
    const req = new Request("http://localhost/", { headers: { "x-forwarded-for": "203.0.113.9, 10.0.0.1" } });
    expect(clientIp(req)).toBeNull();
    process.env.TRUST_PROXY = "1";
    expect(clientIp(req)).toBe("203.0.113.9");
    expect(clientIp(new Request("http://localhost/"))).toBeNull();
    expect(clientIp(new Request("http://localhost/", { headers: { "x-forwarded-for": "127.0.0.1" } }))).toBeNull();
    expect(clientIp(new Request("http://localhost/", { headers: { "x-forwarded-for": "::1" } }))).toBeNull();
  });
});
