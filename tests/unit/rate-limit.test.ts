import { afterEach, describe, expect, it } from "vitest";
import { clientIp } from "@/lib/server/rate-limit";

describe("rate limits", () => {
  afterEach(() => {
    delete process.env.TRUST_PROXY;
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
