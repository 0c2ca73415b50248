// lib/server/action.ts: every server action answers in one vocabulary. The session is stubbed here (it needs a
// request); the errors are the real classes the domain and the database layer throw.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

const session = vi.hoisted(() => ({ user: null as null | { id: string; email: string; name: null }, error: null as unknown }));
vi.mock("@/lib/server/current-user", () => ({
  getCurrentUser: async () => {
    if (session.error) throw session.error;
    return session.user;
  },
}));

const { action, fail, formAction } = await import("@/lib/server/action");
const { NotFoundError, UnavailableError } = await import("@/lib/server/errors");
const { redirect } = await import("next/navigation");

const zInput = z.object({ id: z.string().regex(/^[a-z0-9]+$/), title: z.string().min(1, { error: "Indiquez un titre." }) });
const ok = { id: "abc123", title: "Titre" };

beforeEach(() => {
  session.user = { id: "u1", email: "a@exemple.fr", name: null };
  session.error = null;
  vi.spyOn(console, "info").mockImplementation(() => {});
  vi.spyOn(console, "warn").mockImplementation(() => {});
  vi.spyOn(console, "error").mockImplementation(() => {});
});

describe("action(schema, handler): one typed result for every outcome", () => {
  it("ok: the handler's result, for the signed-in user", async () => {
    const run = action(zInput, async (input, ctx) => ({ ok: true, who: ctx.userId, title: input.title }));
    expect(await run(ok)).toEqual({ ok: true, who: "u1", title: "Titre" });
  });

  it("unauthenticated: no session, the handler never runs", async () => {
    session.user = null;
    const handler = vi.fn();
    const r = await action(zInput, handler)(ok);
    expect(r).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(handler).not.toHaveBeenCalled();
  });

  it("not_found: a malformed id, and NotFoundError (another user's object) from the domain", async () => {
    expect(await action(zInput, async () => ({ ok: true }))({ id: "../x", title: "" })).toMatchObject({ code: "not_found" });
    expect(await action(zInput, async () => { throw new NotFoundError("Politique"); })(ok)).toMatchObject({ code: "not_found", message: "Cette politique est introuvable." });
  });

  it("invalid: the schema's French message and the field", async () => {
    const r = await action(zInput, async () => ({ ok: true }))({ id: "abc", title: "" });
    expect(r).toMatchObject({ ok: false, code: "invalid", message: "Indiquez un titre.", field: "title" });
  });

  it("conflict and invalid returned by the handler pass through, with a request id", async () => {
    const r = await action(zInput, async () => fail("conflict", "Adresse prise.", { reason: "taken", field: "slug" }))(ok);
    expect(r).toMatchObject({ ok: false, code: "conflict", reason: "taken", field: "slug" });
    expect(r.ok ? "" : r.ref).toMatch(/^[0-9a-f]{8}$/);
  });

  it("unavailable: a database that cannot answer, in the handler or in the session lookup — never not_found", async () => {
    const down = await action(zInput, async () => { throw new UnavailableError(new Error("Query read timeout")); })(ok);
    expect(down).toMatchObject({ code: "unavailable", message: expect.stringContaining("momentanément indisponible") });
    const raw = await action(zInput, async () => { throw Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }); })(ok);
    expect(raw.ok ? "" : raw.code).toBe("unavailable");
    session.error = new UnavailableError();
    expect(await action(zInput, async () => ({ ok: true }))(ok)).toMatchObject({ code: "unavailable" });
  });

  it("error: a bug is logged with the reference the founder sees, and says nothing was changed", async () => {
    const r = await action(zInput, async () => { throw new TypeError("undefined is not a function"); }, "renommer")(ok);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe("error");
    expect(r.message).toContain(r.ref!);
    expect(vi.mocked(console.error).mock.calls[0]![0]).toContain(`[action renommer ${r.ref}] error`);
  });

  it("Next.js's redirect passes through (it is how an action navigates)", async () => {
    await expect(action(zInput, async () => redirect("/policies/abc/edit"))(ok)).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") });
  });

  it("formAction: the form's fields are validated as an object, and the result is the form's state", async () => {
    const run = formAction(z.object({ confirmation: z.literal("oui", { error: "Cochez la case." }) }), async () => ({ ok: true, sent: 1 }));
    const form = new FormData();
    expect(await run(null, form)).toMatchObject({ code: "invalid", message: "Cochez la case." });
    form.set("confirmation", "oui");
    expect(await run(null, form)).toEqual({ ok: true, sent: 1 });
  });
});
