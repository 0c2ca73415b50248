import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { templateAnswers, type TAnswers } from "@/lib/policy";
import { FIXTURES } from "@/lib/policy/fixtures";
import { findService } from "@/lib/policy/catalogue";
import { recipientFromCatalogue } from "@/lib/policy";
import { createAppDatabase, query } from "./db";

// Publishing against a real PostgreSQL, and the hosted pages' HTTP behaviour through their route handlers.
let prisma: PrismaClient;
let url: string;
let owner: string;
let m: {
  publishVersion: typeof import("@/lib/server/publish-version").publishVersion;
  saveDraft: typeof import("@/lib/server/save-draft").saveDraft;
  changeSlug: typeof import("@/lib/server/change-slug").changeSlug;
  setPublicationWithdrawn: typeof import("@/lib/server/withdraw-publication").setPublicationWithdrawn;
  deletePolicy: typeof import("@/lib/server/delete-policy").deletePolicy;
  createPolicy: typeof import("@/lib/server/create-policy").createPolicy;
  publicQueryCount: typeof import("@/lib/server/public/cache").publicQueryCount;
  current: typeof import("@/app/p/[slug]/route").GET;
  version: typeof import("@/app/p/[slug]/v/[n]/route").GET;
  api: typeof import("@/app/api/p/[slug]/route").GET;
  history: typeof import("@/app/p/[slug]/historique/route").GET;
  atom: typeof import("@/app/p/[slug]/atom/route").GET;
  diff: typeof import("@/app/p/[slug]/diff/[a]/[b]/route").GET;
};

beforeAll(async () => {
  ({ prisma, url } = await createAppDatabase());
  m = {
    ...(await import("@/lib/server/publish-version")),
    ...(await import("@/lib/server/save-draft")),
    ...(await import("@/lib/server/change-slug")),
    ...(await import("@/lib/server/withdraw-publication")),
    ...(await import("@/lib/server/delete-policy")),
    ...(await import("@/lib/server/create-policy")),
    ...(await import("@/lib/server/public/cache")),
    current: (await import("@/app/p/[slug]/route")).GET,
    version: (await import("@/app/p/[slug]/v/[n]/route")).GET,
    api: (await import("@/app/api/p/[slug]/route")).GET,
    history: (await import("@/app/p/[slug]/historique/route")).GET,
    atom: (await import("@/app/p/[slug]/atom/route")).GET,
    diff: (await import("@/app/p/[slug]/diff/[a]/[b]/route")).GET,
  };
  owner = (await prisma.user.create({ data: { email: "editrice@exemple.fr" } })).id;
});
afterAll(async () => {
  await prisma.$disconnect();
});

// Versions of these tests are published « on » 21 November 2026 (publishVersion's clock), whatever the real date.
const ON_21_NOVEMBER = new Date("2026-11-21T09:00:00Z");

async function published(answers: TAnswers = FIXTURES.ecommerce!) {
  const { id, slug } = await m.createPolicy({ ownerId: owner, title: "Boutique", draft: answers });
  const r = await m.publishVersion(owner, { id, effectiveDate: "2026-11-21" }, ON_21_NOVEMBER);
  expect(r.status).toBe("published");
  return { id, slug };
}

const get = (handler: (r: Request, c: never) => Promise<Response>, path: string, params: Record<string, string>, headers: Record<string, string> = {}) =>
  handler(new Request(`http://localhost${path}`, { headers }), { params: Promise.resolve(params) } as never);

describe("publishing", () => {
  it("is refused while blocking findings exist, with the reasons, and writes nothing", async () => {
    const { id } = await m.createPolicy({ ownerId: owner, title: "Incomplète", draft: templateAnswers("saas") });
    const r = await m.publishVersion(owner, { id });
    expect(r.status).toBe("blocked");
    if (r.status === "blocked") expect(r.reasons.length).toBeGreaterThan(0);
    expect(await prisma.policyVersion.count({ where: { policyId: id } })).toBe(0);
  });

  it("freezes version 1 with its hash, outputs and date; « aucune modification » when nothing changed; v2 records a new recipient as substantial", async () => {
    const { id } = await published();
    const v1 = await prisma.policyVersion.findUniqueOrThrow({ where: { policyId_number: { policyId: id, number: 1 } } });
    expect(v1.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(v1.effectiveDate.toISOString().slice(0, 10)).toBe("2026-11-21");
    expect(Object.keys(v1.rendered as object).sort()).toEqual(["document", "fragment", "json", "md", "txt"]);
    expect(await m.publishVersion(owner, { id })).toEqual({ status: "unchanged", number: 1 });

    const next = structuredClone(FIXTURES.ecommerce!);
    next.recipients.push(recipientFromCatalogue(findService("mailchimp")!));
    expect((await m.saveDraft(owner, { id, revision: 0, draft: next })).status).toBe("saved");
    const r = await m.publishVersion(owner, { id, effectiveDate: "2026-12-21", note: "Ajout de Mailchimp" }, ON_21_NOVEMBER);
    expect(r).toMatchObject({ status: "published", number: 2 });
    const v2 = await prisma.policyVersion.findUniqueOrThrow({ where: { policyId_number: { policyId: id, number: 2 } } });
    const summary = v2.changeSummary as { grade: string; changes: { message: string }[] };
    expect(summary.grade).toBe("substantial");
    expect(summary.changes.map((c) => c.message)).toContainEqual(expect.stringMatching(/^Nouveau destinataire\u00a0: Mailchimp/));
    expect(v2.note).toBe("Ajout de Mailchimp");
  });

  it("two concurrent publishes of one policy yield N+1 and N+2, never a duplicate and never a lost version", async () => {
    const { id } = await published();
    const results = await Promise.all([
      m.publishVersion(owner, { id, effectiveDate: "2027-01-01" }),
      m.publishVersion(owner, { id, effectiveDate: "2027-02-01" }),
    ]);
    expect(results.map((r) => (r.status === "published" ? r.number : r.status)).sort()).toEqual([2, 3]);
    const numbers = (await prisma.policyVersion.findMany({ where: { policyId: id }, select: { number: true } })).map((v) => v.number).sort();
    expect(numbers).toEqual([1, 2, 3]);
  });

  it("no code path can alter a version: the database refuses UPDATE and DELETE", async () => {
    const { id } = await published();
    await expect(query(url, `UPDATE "PolicyVersion" SET "note" = 'x' WHERE "policyId" = $1`, [id])).rejects.toThrow(/immuable/);
    await expect(query(url, `DELETE FROM "PolicyVersion" WHERE "policyId" = $1`, [id])).rejects.toThrow(/immuable/);
  });
});

describe("effective date (RULES §8)", () => {
  it("the edit page's last published answers: null before the first version, the latest version's after, « introuvable » for another user", async () => {
    const { getPublishedAnswers } = await import("@/lib/server/get-published-answers");
    const { NotFoundError } = await import("@/lib/server/errors");
    const { id } = await m.createPolicy({ ownerId: owner, title: "Boutique", draft: FIXTURES.ecommerce! });
    expect(await getPublishedAnswers(owner, id)).toBeNull();
    expect((await m.publishVersion(owner, { id })).status).toBe("published");
    expect((await getPublishedAnswers(owner, id))?.controller.legalName).toBe(FIXTURES.ecommerce!.controller.legalName);
    const stranger = (await prisma.user.create({ data: { email: "curieuse@exemple.fr" } })).id;
    await expect(getPublishedAnswers(stranger, id)).rejects.toBeInstanceOf(NotFoundError);
  });

  const withMailchimp = () => {
    const next = structuredClone(FIXTURES.ecommerce!);
    next.recipients.push(recipientFromCatalogue(findService("mailchimp")!));
    return next;
  };
  const versions = (id: string) => prisma.policyVersion.count({ where: { policyId: id } });

  it("a date before the day of publication is refused with a French message, and nothing is written", async () => {
    const { id } = await m.createPolicy({ ownerId: owner, title: "Boutique", draft: FIXTURES.ecommerce! });
    const r = await m.publishVersion(owner, { id, effectiveDate: "2026-11-20" }, ON_21_NOVEMBER);
    expect(r).toMatchObject({ status: "too_early", reason: "past", earliest: "2026-11-21" });
    if (r.status === "too_early") expect(r.message).toBe("Une version ne peut pas entrer en vigueur avant le jour de sa publication\u00a0: choisissez le 21\u00a0novembre\u00a02026 ou une date ultérieure.");
    expect(await versions(id)).toBe(0);
  });

  it("a substantial change (a US recipient) taking effect today is refused: the policy promises a month's notice; nothing is written", async () => {
    const { id } = await published();
    expect((await m.saveDraft(owner, { id, revision: 0, draft: withMailchimp() })).status).toBe("saved");
    const r = await m.publishVersion(owner, { id, effectiveDate: "2026-11-21" }, ON_21_NOVEMBER);
    expect(r).toMatchObject({ status: "too_early", reason: "notice", earliest: "2026-12-21" });
    if (r.status === "too_early") {
      expect(r.message).toMatch(/^Modification substantielle \(nouveau destinataire\u00a0: Mailchimp/);
      expect(r.message).toContain("un préavis d’un mois\u202f; entrée en vigueur au plus tôt le 21\u00a0décembre\u00a02026.");
    }
    expect(await m.publishVersion(owner, { id, effectiveDate: "2026-12-20" }, ON_21_NOVEMBER)).toMatchObject({ status: "too_early", reason: "notice" });
    expect(await versions(id)).toBe(1);
  });

  it("a substantial change is published from the end of the notice, or earlier only with the founder's explicit confirmation, recorded in the change summary", async () => {
    const { id } = await published();
    expect((await m.saveDraft(owner, { id, revision: 0, draft: withMailchimp() })).status).toBe("saved");
    expect(await m.publishVersion(owner, { id, effectiveDate: "2026-12-21" }, ON_21_NOVEMBER)).toMatchObject({ status: "published", number: 2 });

    const other = await published();
    expect((await m.saveDraft(owner, { id: other.id, revision: 0, draft: withMailchimp() })).status).toBe("saved");
    expect(await m.publishVersion(owner, { id: other.id, effectiveDate: "2026-11-21", shortNotice: true }, ON_21_NOVEMBER)).toMatchObject({ status: "published", number: 2 });
    const v2 = await prisma.policyVersion.findUniqueOrThrow({ where: { policyId_number: { policyId: other.id, number: 2 } } });
    expect(v2.changeSummary).toMatchObject({ grade: "substantial", shortNotice: true });
    // The confirmation never allows a date before the day of publication.
    expect((await m.publishVersion(owner, { id: other.id, effectiveDate: "2026-11-20", shortNotice: true }, ON_21_NOVEMBER)).status).toBe("too_early");
  });

  it("without a date, a substantial change takes effect at the end of the notice, a minor one today", async () => {
    const { id } = await published();
    expect((await m.saveDraft(owner, { id, revision: 0, draft: withMailchimp() })).status).toBe("saved");
    expect(await m.publishVersion(owner, { id }, ON_21_NOVEMBER)).toMatchObject({ status: "published", number: 2 });
    const v2 = await prisma.policyVersion.findUniqueOrThrow({ where: { policyId_number: { policyId: id, number: 2 } } });
    expect(v2.effectiveDate.toISOString().slice(0, 10)).toBe("2026-12-21");

    const minor = withMailchimp();
    minor.controller.phone = "02 99 00 00 01";
    expect((await m.saveDraft(owner, { id, revision: 1, draft: minor })).status).toBe("saved");
    expect(await m.publishVersion(owner, { id }, ON_21_NOVEMBER)).toMatchObject({ status: "published", number: 3 });
    const v3 = await prisma.policyVersion.findUniqueOrThrow({ where: { policyId_number: { policyId: id, number: 3 } } });
    expect(v3.effectiveDate.toISOString().slice(0, 10)).toBe("2026-11-21");
  });
});

describe("hosted pages over HTTP", () => {
  it("the JSON API answers JSON errors in French (404 unknown or malformed, 410 withdrawn) and an absolute url from the configured public address, whatever the Host header", async () => {
    const { env } = await import("@/lib/env");
    for (const slug of ["inconnue", "Pas_Valide"]) {
      const res = await get(m.api, `/api/p/${slug}`, { slug });
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
      expect(res.headers.get("access-control-allow-origin")).toBe("*");
      expect(await res.json()).toEqual({ error: "Aucune politique publiée à cette adresse. Vérifiez l’adresse du lien." });
    }
    const { id, slug } = await published();
    const ok = await get(m.api, `/api/p/${slug}`, { slug }, { host: "pirate.example", "x-forwarded-host": "pirate.example" });
    const body = (await ok.json()) as { url: string };
    expect(body.url).toBe(`${env().publicUrl}/p/${slug}/v/1`);
    expect(body.url).toMatch(/^https?:\/\//);
    expect(await m.changeSlug(owner, id, `${slug}-nouvelle`)).toMatchObject({ status: "changed" });
    const moved = await get(m.api, `/api/p/${slug}`, { slug });
    expect(moved.status).toBe(301);
    expect(moved.headers.get("location")).toBe(`${env().publicUrl}/api/p/${slug}-nouvelle`);
    await m.setPublicationWithdrawn(owner, id, true);
    const gone = await get(m.api, `/api/p/${slug}-nouvelle`, { slug: `${slug}-nouvelle` });
    expect(gone.status).toBe(410);
    expect(gone.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect((await gone.json()) as { error: string }).toEqual({ error: expect.stringMatching(/^Son éditeur a retiré cette politique/) });
  });

  it("the text diff shows list items as list items, never a Markdown « - » or « * » as text", async () => {
    const { id, slug } = await published();
    const next = structuredClone(FIXTURES.ecommerce!);
    next.security.measures = next.security.measures.slice(1);
    next.recipients.push(recipientFromCatalogue(findService("mailchimp")!));
    expect((await m.saveDraft(owner, { id, revision: 0, draft: next })).status).toBe("saved");
    expect((await m.publishVersion(owner, { id, effectiveDate: "2026-12-21" }, ON_21_NOVEMBER)).status).toBe("published");
    const res = await get(m.diff, `/p/${slug}/diff/1/2`, { slug, a: "1", b: "2" });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/<ul class="diff-list"><li><del><span aria-hidden="true">− <\/span><span class="sr">Supprimé\u00a0: <\/span>chiffrement des échanges/);
    expect(html).toMatch(/<li class="same">accès aux données limité/);
    expect(html).not.toMatch(/(<\/span>|<p class="same">|<li[^>]*>)[-*] /);
  });

  it("the history and the Atom feed never repeat the grade when the note already says it (« Première version — Première version publiée… »)", async () => {
    const { id, slug } = await m.createPolicy({ ownerId: owner, title: "Boutique", draft: FIXTURES.ecommerce! });
    expect((await m.publishVersion(owner, { id, note: "Première version publiée pour l’ouverture" })).status).toBe("published");
    const html = await (await get(m.history, `/p/${slug}/historique`, { slug })).text();
    expect(html).toContain("Note de l’éditeur\u00a0: Première version publiée pour l’ouverture");
    expect(html.match(/Première version/g)).toHaveLength(1);
    const atom = await (await get(m.atom, `/p/${slug}/atom`, { slug })).text();
    expect(atom.match(/Première version/g)).toHaveLength(1);
  });

  it("a versioned URL is immutable with a strong ETag, the current alias short-lived, and both answer 304 to If-None-Match", async () => {
    const { slug } = await published();
    const page = await get(m.version, `/p/${slug}/v/1.md`, { slug, n: "1.md" });
    expect(page.status).toBe(200);
    expect(page.headers.get("cache-control")).toBe("public, max-age=31536000, immutable, stale-if-error=86400");
    const etag = page.headers.get("etag")!;
    expect(etag).toMatch(/^"[0-9a-f]{64}\.md"$/);
    expect(page.headers.get("content-disposition")).toMatch(/attachment; filename="politique-confidentialite-[a-z0-9-]+-v1\.md"/);
    expect((await get(m.version, `/p/${slug}/v/1.md`, { slug, n: "1.md" }, { "if-none-match": etag })).status).toBe(304);

    const alias = await get(m.current, `/p/${slug}`, { slug });
    expect(alias.status).toBe(200);
    expect(alias.headers.get("cache-control")).toBe("public, max-age=60, stale-while-revalidate=600, stale-if-error=86400");
    const html = await alias.text();
    expect(html).toContain("Dernière mise à jour");
    expect(html).toContain("Version 1");
    expect((await get(m.current, `/p/${slug}`, { slug }, { "if-none-match": alias.headers.get("etag")! })).status).toBe(304);
  });

  it("the database is hit once per version per process, whatever the number of requests", async () => {
    const { slug } = await published();
    const before = m.publicQueryCount();
    await Promise.all(Array.from({ length: 200 }, () => get(m.current, `/p/${slug}`, { slug })));
    await Promise.all(Array.from({ length: 50 }, () => get(m.version, `/p/${slug}/v/1`, { slug, n: "1" })));
    expect(m.publicQueryCount() - before).toBe(2); // the slug's index, then version 1
  });

  it("withdrawal answers 410 in French, restoring brings the pages back", async () => {
    const { id, slug } = await published();
    await m.setPublicationWithdrawn(owner, id, true);
    const gone = await get(m.current, `/p/${slug}`, { slug });
    expect(gone.status).toBe(410);
    expect(await gone.text()).toContain("Politique retirée");
    expect((await get(m.version, `/p/${slug}/v/1.pdf`, { slug, n: "1.pdf" })).status).toBe(410);
    expect((await get(m.api, `/api/p/${slug}`, { slug })).status).toBe(410);
    await m.setPublicationWithdrawn(owner, id, false);
    expect((await get(m.current, `/p/${slug}`, { slug })).status).toBe(200);
  });

  it("every change to what a slug shows (publish, withdrawal, address change, deletion) reaches the response cache in front of Next.js", async () => {
    const calls: string[][] = [];
    const hook = globalThis as { __clairementFrontCache?: { invalidate(slugs: string[]): void } };
    hook.__clairementFrontCache = { invalidate: (slugs) => calls.push(slugs) };
    try {
      const { id, slug } = await published();
      expect(calls).toEqual([[slug]]);
      await m.setPublicationWithdrawn(owner, id, true);
      await m.setPublicationWithdrawn(owner, id, false);
      expect(await m.changeSlug(owner, id, `${slug}-bis`)).toEqual({ status: "changed", slug: `${slug}-bis` });
      await m.deletePolicy(owner, id);
      expect(calls.slice(1)).toEqual([[slug], [slug], [slug, `${slug}-bis`], [`${slug}-bis`, slug]]);
    } finally {
      delete hook.__clairementFrontCache;
    }
  });

  it("deleting a published policy takes its hosted pages down at once (410), though they were cached", async () => {
    const { id, slug } = await published();
    expect((await get(m.current, `/p/${slug}`, { slug })).status).toBe(200);
    await m.deletePolicy(owner, id);
    const gone = await get(m.current, `/p/${slug}`, { slug });
    expect(gone.status).toBe(410);
    expect((await get(m.api, `/api/p/${slug}`, { slug })).status).toBe(410);
  });

  it("after a slug change the old address answers 301 to the same page under the new one; a taken slug is refused", async () => {
    const { id, slug } = await published();
    const other = await published();
    expect(await m.changeSlug(owner, id, other.slug)).toEqual({ status: "taken" });
    expect(await m.changeSlug(owner, id, "ma-nouvelle-adresse")).toEqual({ status: "changed", slug: "ma-nouvelle-adresse" });
    const moved = await get(m.version, `/p/${slug}/v/1`, { slug, n: "1" });
    expect(moved.status).toBe(301);
    expect(moved.headers.get("location")).toBe("/p/ma-nouvelle-adresse/v/1");
    expect((await get(m.current, "/p/ma-nouvelle-adresse", { slug: "ma-nouvelle-adresse" })).status).toBe(200);
    expect(await m.changeSlug(owner, other.id, slug)).toEqual({ status: "taken" });
  });

  it("unknown slugs and versions are French 404s; the JSON API answers with CORS", async () => {
    const { slug } = await published();
    const missing = await get(m.current, "/p/inconnue", { slug: "inconnue" });
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain("Page introuvable");
    expect((await get(m.version, `/p/${slug}/v/9`, { slug, n: "9" })).status).toBe(404);
    expect((await get(m.version, `/p/${slug}/v/1.exe`, { slug, n: "1.exe" })).status).toBe(404);
    const api = await get(m.api, `/api/p/${slug}`, { slug });
    expect(api.headers.get("access-control-allow-origin")).toBe("*");
    const body = (await api.json()) as { html: string; version: number; hash: string; updatedAt: string };
    expect(body.version).toBe(1);
    expect(body.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(body.html).toContain("<article");
    expect(new Date(body.updatedAt).toString()).not.toBe("Invalid Date");
  });
});
