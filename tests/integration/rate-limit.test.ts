// Sign-in rate limits against a real PostgreSQL (issue 12, defect 2): counters shared by every process and kept
// across restarts, exact under concurrency, and enforced whatever the request body's content type.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createAppDatabase } from "./db";

let prisma: PrismaClient;
let hit: typeof import("@/lib/server/rate-limit").hit;
let POST: typeof import("@/app/api/auth/[...nextauth]/route").POST;

beforeAll(async () => {
  ({ prisma } = await createAppDatabase());
  ({ hit } = await import("@/lib/server/rate-limit"));
  ({ POST } = await import("@/app/api/auth/[...nextauth]/route"));
});
afterAll(async () => {
  await prisma.$disconnect();
});

const ctx = { params: Promise.resolve({ nextauth: ["signin", "email"] }) };

describe("rate limits in PostgreSQL", () => {
  it("allows max hits in the window, refuses the next, and allows again once the window has passed", async () => {
    const limit = { max: 3, windowMs: 60_000 };
    const key = `test:${Math.random()}`;
    const at = (ms: number) => new Date(1_800_000_000_000 + ms);
    const first = [];
    for (const s of [0, 1, 2]) first.push(await hit(key, limit, at(s)));
    expect(first).toEqual([true, true, true]);
    expect(await hit(key, limit, at(10))).toBe(false);
    expect(await hit(key, limit, at(61_001))).toBe(true);
    expect(await prisma.rateLimitEvent.count({ where: { key } })).toBe(4);
  });

  it("20 concurrent requests on one key: exactly max are allowed", async () => {
    const limit = { max: 5, windowMs: 60_000 };
    const key = `concurrence:${Math.random()}`;
    const results = await Promise.all(Array.from({ length: 20 }, () => hit(key, limit)));
    expect(results.filter(Boolean)).toHaveLength(5);
  });

  it("the sign-in route counts the address whatever the content type: form, JSON, text/plain, multipart", async () => {
    const email = `limite-${Math.random().toString(36).slice(2)}@exemple.fr`;
    const bodies: [string, BodyInit][] = [
      ["application/x-www-form-urlencoded", new URLSearchParams({ email, json: "true" }).toString()],
      ["application/json", JSON.stringify({ email, json: "true" })],
      ["text/plain", `email=${encodeURIComponent(email)}&json=true`],
      ["application/json", JSON.stringify({ email, json: true })],
    ];
    // The limit per address is 3 (SIGNIN_LIMIT_PER_ADDRESS): three events are recorded, then every type is refused.
    await prisma.rateLimitEvent.createMany({ data: [1, 2, 3].map(() => ({ key: `adresse:${email}` })) });
    for (const [type, body] of bodies) {
      const res = await POST(new Request("http://localhost/api/auth/signin/email", { method: "POST", headers: { "content-type": type }, body }), ctx);
      expect(res.status, type).toBe(200);
      expect((await res.json()) as { url: string }, type).toEqual({ url: "http://localhost/connexion/erreur?error=TropDeDemandes" });
    }
    const form = new FormData();
    form.set("email", email);
    const multipart = await POST(new Request("http://localhost/api/auth/signin/email", { method: "POST", body: form }), ctx);
    expect(multipart.status).toBe(302);
    expect(multipart.headers.get("location")).toBe("http://localhost/connexion/erreur?error=TropDeDemandes");
    expect(await prisma.outboxMail.count({ where: { to: email } })).toBe(0);
  });

  it("a body with no valid address is refused, never passed to next-auth", async () => {
    for (const body of ["", "{}", "email=pas-une-adresse", JSON.stringify({ email: ["a@b.fr"] })]) {
      const res = await POST(new Request("http://localhost/api/auth/signin/email", { method: "POST", headers: { "content-type": "text/plain" }, body }), ctx);
      expect(res.status, body).toBe(302);
      expect(res.headers.get("location"), body).toBe("http://localhost/connexion/erreur?error=EmailSignin");
    }
  });
});
