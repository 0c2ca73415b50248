import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recipientFromCatalogue, templateAnswers } from "@/lib/policy";
import { findService } from "@/lib/policy/catalogue";
import { FIXTURES } from "@/lib/policy/fixtures";
import { createAppDatabase } from "./db";

// The data access layer against a real PostgreSQL: every verb is scoped to the owner (someone
// else's id is « introuvable », exactly like an id that does not exist), concurrent edits are
// detected by revision, and refused input writes nothing.
let prisma: PrismaClient;
let server: {
  saveDraft: typeof import("@/lib/server/save-draft").saveDraft;
  renamePolicy: typeof import("@/lib/server/rename-policy").renamePolicy;
  duplicatePolicy: typeof import("@/lib/server/duplicate-policy").duplicatePolicy;
  deletePolicy: typeof import("@/lib/server/delete-policy").deletePolicy;
  getPolicy: typeof import("@/lib/server/get-policy").getPolicy;
  listPolicies: typeof import("@/lib/server/list-policies").listPolicies;
  createPolicy: typeof import("@/lib/server/create-policy").createPolicy;
  publishVersion: typeof import("@/lib/server/publish-version").publishVersion;
  changeSlug: typeof import("@/lib/server/change-slug").changeSlug;
  NotFoundError: typeof import("@/lib/server/errors").NotFoundError;
};
let owner: string;
let other: string;

beforeAll(async () => {
  ({ prisma } = await createAppDatabase());
  server = {
    ...(await import("@/lib/server/save-draft")),
    ...(await import("@/lib/server/rename-policy")),
    ...(await import("@/lib/server/duplicate-policy")),
    ...(await import("@/lib/server/delete-policy")),
    ...(await import("@/lib/server/get-policy")),
    ...(await import("@/lib/server/list-policies")),
    ...(await import("@/lib/server/create-policy")),
    ...(await import("@/lib/server/publish-version")),
    ...(await import("@/lib/server/change-slug")),
    ...(await import("@/lib/server/errors")),
  };
  owner = (await prisma.user.create({ data: { email: "owner@exemple.fr" } })).id;
  other = (await prisma.user.create({ data: { email: "other@exemple.fr" } })).id;
});
afterAll(async () => {
  await prisma.$disconnect();
});

async function newPolicy() {
  return server.createPolicy({ ownerId: owner, title: "Ma politique", draft: templateAnswers("ai_tool") });
}

describe("policies data access", () => {
  it("another user's policy id is « introuvable » for read, save, rename, duplicate and delete, and nothing changes", async () => {
    const { id } = await newPolicy();
    const before = await prisma.policy.findUniqueOrThrow({ where: { id } });
    await expect(server.getPolicy(other, id)).rejects.toBeInstanceOf(server.NotFoundError);
    await expect(server.saveDraft(other, { id, revision: 0, draft: templateAnswers("saas") })).rejects.toBeInstanceOf(server.NotFoundError);
    await expect(server.renamePolicy(other, id, "Piratée")).rejects.toBeInstanceOf(server.NotFoundError);
    await expect(server.duplicatePolicy(other, id)).rejects.toBeInstanceOf(server.NotFoundError);
    await expect(server.deletePolicy(other, id)).rejects.toBeInstanceOf(server.NotFoundError);
    expect(await prisma.policy.findUniqueOrThrow({ where: { id } })).toEqual(before);
    expect(await prisma.policy.count({ where: { ownerId: other } })).toBe(0);
    await expect(server.getPolicy(owner, "nexistepas")).rejects.toBeInstanceOf(server.NotFoundError);
  });

  it("saving with the current revision saves and bumps it; a stale revision is a conflict that overwrites nothing", async () => {
    const { id } = await newPolicy();
    const first = templateAnswers("ai_tool");
    first.controller.legalName = "Pixel Rêve SAS";
    const saved = await server.saveDraft(owner, { id, revision: 0, draft: first });
    expect(saved).toMatchObject({ status: "saved", revision: 1 });

    const stale = templateAnswers("ai_tool");
    stale.controller.legalName = "Onglet périmé";
    expect(await server.saveDraft(owner, { id, revision: 0, draft: stale })).toEqual({ status: "conflict", revision: 1 });
    const row = await prisma.policy.findUniqueOrThrow({ where: { id } });
    expect((row.draft as { controller: { legalName: string } }).controller.legalName).toBe("Pixel Rêve SAS");
    expect(row.revision).toBe(1);
  });

  it("the same save sent again after its answer was lost (stale revision, identical draft, keys in another order) is saved, not a conflict; it writes nothing more", async () => {
    const { id } = await newPolicy();
    const draft = templateAnswers("ai_tool");
    draft.controller.legalName = "Réponse perdue SAS";
    const first = await server.saveDraft(owner, { id, revision: 0, draft });
    expect(first).toMatchObject({ status: "saved", revision: 1 });
    const reordered = Object.fromEntries(Object.entries(JSON.parse(JSON.stringify(draft)) as object).reverse());
    const again = await server.saveDraft(owner, { id, revision: 0, draft: reordered });
    expect(again).toMatchObject({ status: "saved", revision: 1 });
    expect((await prisma.policy.findUniqueOrThrow({ where: { id } })).revision).toBe(1);
    const changed = { ...draft, controller: { ...draft.controller, legalName: "Autre onglet SAS" } };
    expect(await server.saveDraft(owner, { id, revision: 0, draft: changed })).toEqual({ status: "conflict", revision: 1 });
  });

  it("two saves racing on the same revision: exactly one wins, the other gets the conflict", async () => {
    const { id } = await newPolicy();
    const a = templateAnswers("ai_tool");
    a.controller.legalName = "A";
    const b = templateAnswers("ai_tool");
    b.controller.legalName = "B";
    const results = await Promise.all([server.saveDraft(owner, { id, revision: 0, draft: a }), server.saveDraft(owner, { id, revision: 0, draft: b })]);
    expect(results.map((r) => r.status).sort()).toEqual(["conflict", "saved"]);
    expect((await prisma.policy.findUniqueOrThrow({ where: { id } })).revision).toBe(1);
  });

  it("an empty required field is saved as « to complete »; a malformed value, a javascript: URL or an oversized text is refused with a French message and writes nothing", async () => {
    const { id } = await newPolicy();
    const incomplete = templateAnswers("ai_tool");
    incomplete.controller.legalName = "";
    expect((await server.saveDraft(owner, { id, revision: 0, draft: incomplete })).status).toBe("saved");

    const cases: [string, (d: ReturnType<typeof templateAnswers>) => void, RegExp][] = [
      ["controller.email", (d) => { d.controller.email = "pas-une-adresse"; }, /e-mail/i],
      ["service.urls.0", (d) => { d.service.urls = ["javascript:alert(1)"]; }, /https?:\/\//],
      ["controller.tradeName", (d) => { d.controller.tradeName = "x".repeat(201); }, /caractères au maximum/],
    ];
    for (const [path, mutate, message] of cases) {
      const draft = templateAnswers("ai_tool");
      mutate(draft);
      const result = await server.saveDraft(owner, { id, revision: 1, draft });
      expect(result.status, path).toBe("invalid");
      if (result.status === "invalid") {
        expect(result.issues.map((i) => i.path)).toContain(path);
        expect(result.issues.find((i) => i.path === path)?.message).toMatch(message);
      }
    }
    const huge = templateAnswers("ai_tool");
    huge.purposes = Array.from({ length: 50 }, (_, i) => ({ ...huge.purposes[0]!, id: `p-${i}`, description: "é".repeat(1999) }));
    const tooBig = await server.saveDraft(owner, { id, revision: 1, draft: huge });
    expect(tooBig).toMatchObject({ status: "invalid", issues: [{ message: expect.stringMatching(/200\u00a0ko/) }] });
    expect((await prisma.policy.findUniqueOrThrow({ where: { id } })).revision).toBe(1);
  });

  it("unknown keys sent with a draft are not stored", async () => {
    const { id } = await newPolicy();
    const draft = { ...templateAnswers("saas"), injected: { evil: true } };
    expect((await server.saveDraft(owner, { id, revision: 0, draft })).status).toBe("saved");
    const row = await prisma.policy.findUniqueOrThrow({ where: { id } });
    expect(row.draft).not.toHaveProperty("injected");
  });

  it("rename, duplicate and soft delete work for the owner and show on the dashboard list", async () => {
    const { id } = await newPolicy();
    await server.renamePolicy(owner, id, "Politique renommée");
    const copy = await server.duplicatePolicy(owner, id);
    const original = await prisma.policy.findUniqueOrThrow({ where: { id } });
    const duplicated = await prisma.policy.findUniqueOrThrow({ where: { id: copy.id } });
    expect(duplicated.title).toBe("Copie de Politique renommée");
    expect(duplicated.draft).toEqual(original.draft);
    expect(duplicated.slug).not.toBe(original.slug);
    await server.deletePolicy(owner, id);
    expect((await prisma.policy.findUniqueOrThrow({ where: { id } })).deletedAt).toBeInstanceOf(Date);
    const list = await server.listPolicies(owner);
    expect(list.map((p) => p.id)).toContain(copy.id);
    expect(list.map((p) => p.id)).not.toContain(id);
    const item = list.find((p) => p.id === copy.id)!;
    expect(item.status).toEqual({ kind: "draft" });
    expect(item.score).toBeGreaterThan(0);
    await expect(server.deletePolicy(owner, id)).rejects.toBeInstanceOf(server.NotFoundError);
  });

  it("dashboard: a draft that says what the last version says is « publiée », even after adding then removing a vendor and with another effective date; a real change is « modifications non publiées »", async () => {
    const { id } = await server.createPolicy({ ownerId: owner, title: "Boutique", draft: FIXTURES.ecommerce! });
    expect(await server.publishVersion(owner, { id, effectiveDate: "2026-11-21" }, new Date("2026-11-21T09:00:00Z"))).toMatchObject({ status: "published" });
    const status = async () => (await server.listPolicies(owner)).find((p) => p.id === id)!.status;
    expect(await status()).toEqual({ kind: "published", version: 1 });

    const draft = structuredClone(FIXTURES.ecommerce!);
    draft.recipients.push(recipientFromCatalogue(findService("mailchimp")!));
    expect((await server.saveDraft(owner, { id, revision: 0, draft })).status).toBe("saved");
    expect(await status()).toEqual({ kind: "unpublished_changes", version: 1 });
    draft.recipients.pop();
    const edited = { ...draft, effectiveDate: "" };
    expect((await server.saveDraft(owner, { id, revision: 1, draft: edited })).status).toBe("saved");
    expect(await status()).toEqual({ kind: "published", version: 1 });
  });

  describe("title and address derived from the business's name", () => {
    const named = (service: string, tradeName = "", legalName = "") => {
      const a = templateAnswers("ai_tool");
      return { ...a, service: { ...a.service, name: service }, controller: { ...a.controller, tradeName, legalName } };
    };
    const row = (id: string) => prisma.policy.findUniqueOrThrow({ where: { id }, select: { title: true, slug: true } });
    const fromTemplate = () => server.createPolicy({ ownerId: owner, title: "Politique — Outil d’intelligence artificielle", draft: templateAnswers("ai_tool") });

    it("saving a never-published draft titles it « Politique de confidentialité — <nom> » at /p/<nom>, and follows the name as it changes", async () => {
      const { id, slug } = await fromTemplate();
      expect(slug).toMatch(/^politique-[a-z0-9]{8}$/);
      expect((await server.saveDraft(owner, { id, revision: 0, draft: named("", "", "Zéphyr Analytique SAS") })).status).toBe("saved");
      expect(await row(id)).toEqual({ title: "Politique de confidentialité — Zéphyr Analytique SAS", slug: "zephyr-analytique-sas" });
      expect((await server.saveDraft(owner, { id, revision: 1, draft: named("", "Zéphyr", "Zéphyr Analytique SAS") })).status).toBe("saved");
      expect(await row(id)).toEqual({ title: "Politique de confidentialité — Zéphyr", slug: "zephyr" });
      expect((await server.saveDraft(owner, { id, revision: 2, draft: named("Zéphyr Studio", "Zéphyr") })).status).toBe("saved");
      expect(await row(id)).toEqual({ title: "Politique de confidentialité — Zéphyr Studio", slug: "zephyr-studio" });
      // No name yet: the title and address stay as they are.
      const blank = await fromTemplate();
      expect((await server.saveDraft(owner, { id: blank.id, revision: 0, draft: named("") })).status).toBe("saved");
      expect(await row(blank.id)).toEqual({ title: "Politique — Outil d’intelligence artificielle", slug: blank.slug });
    });

    it("an address in use (by another policy, an old address, or the reserved « confidentialite ») gets -2, -3", async () => {
      const first = await fromTemplate();
      await server.saveDraft(owner, { id: first.id, revision: 0, draft: named("Boréal") });
      const second = await server.createPolicy({ ownerId: other, title: "x", draft: {} });
      await server.saveDraft(other, { id: second.id, revision: 0, draft: named("Boréal") });
      const third = await fromTemplate();
      await server.saveDraft(owner, { id: third.id, revision: 0, draft: named("BORÉAL") });
      expect([(await row(first.id)).slug, (await row(second.id)).slug, (await row(third.id)).slug]).toEqual(["boreal", "boreal-2", "boreal-3"]);
      // An old address keeps redirecting: never taken again.
      const moved = await fromTemplate();
      expect(await server.changeSlug(owner, moved.id, "nordique")).toMatchObject({ status: "changed" });
      expect(await server.changeSlug(owner, moved.id, "nordique-bis")).toMatchObject({ status: "changed" });
      const fourth = await fromTemplate();
      await server.saveDraft(owner, { id: fourth.id, revision: 0, draft: named("Nordique") });
      expect((await row(fourth.id)).slug).toBe("nordique-2");
      const ours = await fromTemplate();
      await server.saveDraft(owner, { id: ours.id, revision: 0, draft: named("Confidentialité") });
      expect((await row(ours.id)).slug).toBe("confidentialite-2");
    });

    it("a title or an address changed by hand, or a policy already published, is never changed by saving", async () => {
      const renamed = await fromTemplate();
      await server.renamePolicy(owner, renamed.id, "Ma politique à moi");
      expect(await server.changeSlug(owner, renamed.id, "mon-adresse")).toMatchObject({ status: "changed" });
      await server.saveDraft(owner, { id: renamed.id, revision: 0, draft: named("Solstice") });
      expect(await row(renamed.id)).toEqual({ title: "Ma politique à moi", slug: "mon-adresse" });

      const published = await server.createPolicy({ ownerId: owner, title: "Boutique", draft: FIXTURES.ecommerce! });
      expect((await server.publishVersion(owner, { id: published.id })).status).toBe("published");
      await server.saveDraft(owner, { id: published.id, revision: 0, draft: { ...FIXTURES.ecommerce!, service: { ...FIXTURES.ecommerce!.service, name: "Équinoxe" } } });
      expect(await row(published.id)).toEqual({ title: "Boutique", slug: published.slug });
    });
  });
});
