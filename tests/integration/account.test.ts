import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recipientFromCatalogue } from "@/lib/policy";
import { findService } from "@/lib/policy/catalogue";
import { FIXTURES } from "@/lib/policy/fixtures";
import { createAppDatabase, query } from "./db";

// Our own users' rights against a real PostgreSQL: the data export (only the user's own rows) and
// account deletion confirmed by an e-mailed single-use link (lib/server/delete-account.ts).
let prisma: PrismaClient;
let url: string;
let m: {
  createPolicy: typeof import("@/lib/server/create-policy").createPolicy;
  publishVersion: typeof import("@/lib/server/publish-version").publishVersion;
  saveDraft: typeof import("@/lib/server/save-draft").saveDraft;
  deletePolicy: typeof import("@/lib/server/delete-policy").deletePolicy;
  accountExportFiles: typeof import("@/lib/server/export-account").accountExportFiles;
  exportAccount: typeof import("@/lib/server/export-account").exportAccount;
  requestAccountDeletion: typeof import("@/lib/server/request-account-deletion").requestAccountDeletion;
  deleteAccount: typeof import("@/lib/server/delete-account").deleteAccount;
  isDeletionTokenValid: typeof import("@/lib/server/deletion-token").isDeletionTokenValid;
  prismaAuthAdapter: typeof import("@/lib/server/auth-adapter").prismaAuthAdapter;
  current: typeof import("@/app/p/[slug]/route").GET;
};

beforeAll(async () => {
  ({ prisma, url } = await createAppDatabase());
  process.env.NEXTAUTH_URL = "http://localhost:3999";
  for (const key of ["SMTP_URL", "SMTP_HOST"]) delete process.env[key]; // local outbox: the link is readable
  m = {
    ...(await import("@/lib/server/create-policy")),
    ...(await import("@/lib/server/publish-version")),
    ...(await import("@/lib/server/save-draft")),
    ...(await import("@/lib/server/delete-policy")),
    ...(await import("@/lib/server/export-account")),
    ...(await import("@/lib/server/request-account-deletion")),
    ...(await import("@/lib/server/delete-account")),
    ...(await import("@/lib/server/deletion-token")),
    ...(await import("@/lib/server/auth-adapter")),
    current: (await import("@/app/p/[slug]/route")).GET,
  };
});
afterAll(async () => {
  await prisma.$disconnect();
});

let counter = 0;
async function newUser(label: string) {
  counter += 1;
  const email = `${label}-${counter}@exemple.fr`;
  const user = await prisma.user.create({ data: { email, name: `Nom ${label}` } });
  await prisma.session.create({ data: { userId: user.id, sessionToken: `session-${label}-${counter}`, expires: new Date(Date.now() + 86_400_000) } });
  await prisma.account.create({
    data: { userId: user.id, type: "oauth", provider: "github", providerAccountId: `gh-${counter}`, access_token: `secret-access-${label}`, refresh_token: `secret-refresh-${label}` },
  });
  return { id: user.id, email };
}

// Published « on » 21 November 2026 (publishVersion's clock), whatever the real date.
const ON_21_NOVEMBER = new Date("2026-11-21T09:00:00Z");

/** A user's policies: a published one (v1, v2), a draft never published, and a published one deleted from the dashboard. */
async function withPolicies(ownerId: string, label: string) {
  const published = await m.createPolicy({ ownerId, title: `Boutique ${label}`, draft: FIXTURES.ecommerce });
  expect((await m.publishVersion(ownerId, { id: published.id, effectiveDate: "2026-11-21", note: "Première" }, ON_21_NOVEMBER)).status).toBe("published");
  const next = structuredClone(FIXTURES.ecommerce!);
  next.recipients.push(recipientFromCatalogue(findService("mailchimp")!));
  expect((await m.saveDraft(ownerId, { id: published.id, revision: 0, draft: next })).status).toBe("saved");
  expect((await m.publishVersion(ownerId, { id: published.id, effectiveDate: "2026-12-21" }, ON_21_NOVEMBER)).status).toBe("published");
  const draft = await m.createPolicy({ ownerId, title: `Brouillon ${label}`, draft: { service: { name: `Service ${label}` } } });
  const gone = await m.createPolicy({ ownerId, title: `Ancienne ${label}`, draft: FIXTURES.brochure });
  expect((await m.publishVersion(ownerId, { id: gone.id, effectiveDate: "2026-11-21" }, ON_21_NOVEMBER)).status).toBe("published");
  await m.deletePolicy(ownerId, gone.id);
  return { published, draft, gone };
}

const get = (slug: string) => m.current(new Request(`http://localhost/p/${slug}`), { params: Promise.resolve({ slug }) } as never);

async function linkFor(user: { id: string; email: string }, now?: Date): Promise<string> {
  const r = await m.requestAccountDeletion(user.id, now);
  expect(r).toEqual({ status: "sent", email: user.email });
  const mail = await prisma.outboxMail.findFirstOrThrow({ where: { to: user.email, url: { contains: "/compte/suppression?jeton=" } }, orderBy: { createdAt: "desc" } });
  expect(mail.subject).toBe("Confirmez la suppression de votre compte Clairement");
  expect(mail.url).toMatch(/^http:\/\/localhost:3999\/compte\/suppression\?jeton=[A-Za-z0-9_-]{43}$/);
  return new URL(mail.url!).searchParams.get("jeton")!;
}

async function snapshot(userId: string) {
  const [user, sessions, accounts, policies, versions] = await Promise.all([
    prisma.user.findUniqueOrThrow({ where: { id: userId } }),
    prisma.session.count({ where: { userId } }),
    prisma.account.count({ where: { userId } }),
    prisma.policy.findMany({ where: { ownerId: userId }, orderBy: { id: "asc" } }),
    prisma.policyVersion.findMany({ where: { policy: { ownerId: userId } }, orderBy: { id: "asc" } }),
  ]);
  return { user, sessions, accounts, policies, versions };
}

describe("data export", () => {
  it("holds exactly the user's account, drafts and versions (deleted policies flagged), no token, nothing of another user", async () => {
    const me = await newUser("export");
    const other = await newUser("autre");
    const mine = await withPolicies(me.id, "moi");
    const theirs = await withPolicies(other.id, "eux");
    const slugs = await prisma.policy.findMany({ where: { id: { in: [mine.published.id, mine.draft.id, mine.gone.id] } }, select: { id: true, slug: true } });
    const slug = (id: string) => slugs.find((s) => s.id === id)!.slug;

    const files = await m.accountExportFiles(me.id);
    expect(Object.keys(files).sort()).toEqual(
      [
        "LISEZMOI.txt", "compte.json",
        `politiques/${slug(mine.published.id)}/brouillon.json`,
        `politiques/${slug(mine.published.id)}/versions/v1.json`, `politiques/${slug(mine.published.id)}/versions/v1.md`,
        `politiques/${slug(mine.published.id)}/versions/v2.json`, `politiques/${slug(mine.published.id)}/versions/v2.md`,
        `politiques/${slug(mine.draft.id)}/brouillon.json`,
        `politiques/${slug(mine.gone.id)}/brouillon.json`,
        `politiques/${slug(mine.gone.id)}/versions/v1.json`, `politiques/${slug(mine.gone.id)}/versions/v1.md`,
      ].sort(),
    );
    const text = (path: string) => strFromU8(files[path]!);
    const account = JSON.parse(text("compte.json"));
    expect(account).toMatchObject({ email: me.email, nom: "Nom export", comptesLies: [{ fournisseur: "github", type: "oauth" }] });
    expect(account.sessions).toHaveLength(1);
    const gone = JSON.parse(text(`politiques/${slug(mine.gone.id)}/brouillon.json`));
    expect(gone).toMatchObject({ titre: "Ancienne moi", supprimee: true });
    const draft = JSON.parse(text(`politiques/${slug(mine.draft.id)}/brouillon.json`));
    expect(draft).toMatchObject({ titre: "Brouillon moi", supprimee: false, versionsPubliees: 0, brouillon: { service: { name: "Service moi" } } });
    const v2 = JSON.parse(text(`politiques/${slug(mine.published.id)}/versions/v2.json`));
    const stored = await prisma.policyVersion.findUniqueOrThrow({ where: { policyId_number: { policyId: mine.published.id, number: 2 } } });
    expect(v2).toMatchObject({ numero: 2, empreinteSha256: stored.sha256, enVigueurLe: "2026-12-21", resumeDesChangements: { grade: "substantial" } });
    expect(v2.reponses).toEqual(stored.answers);
    expect(text(`politiques/${slug(mine.published.id)}/versions/v2.md`)).toBe((stored.rendered as { md: string }).md);
    expect(text("LISEZMOI.txt")).toContain("politiques/<adresse>/versions/v<n>.json");

    const everything = Object.values(files).map((f) => strFromU8(f)).join("\n");
    for (const secret of ["secret-access", "secret-refresh", "session-export", other.email, "Boutique eux", "Brouillon eux", "Service eux"]) expect(everything).not.toContain(secret);
    const theirSlugs = await prisma.policy.findMany({ where: { ownerId: other.id }, select: { slug: true } });
    for (const s of theirSlugs) expect(everything).not.toContain(s.slug);
    expect(theirs.published.id).not.toBe(mine.published.id);

    // The ZIP holds the same files.
    const unzipped = unzipSync(await m.exportAccount(me.id));
    expect(Object.keys(unzipped).sort()).toEqual(Object.keys(files).sort());
    expect(strFromU8(unzipped["compte.json"]!)).toContain(me.email);
  });
});

describe("account deletion", () => {
  it("withdraws published policies (410), deletes never-published drafts, keeps versions immutable, signs out everywhere, removes personal data", async () => {
    const me = await newUser("partant");
    const { published, draft, gone } = await withPolicies(me.id, "partant");
    const { slug } = await prisma.policy.findUniqueOrThrow({ where: { id: published.id } });
    await prisma.verificationToken.create({ data: { identifier: me.email, token: "lien-de-connexion-en-attente", expires: new Date(Date.now() + 600_000) } });
    expect((await get(slug)).status).toBe(200);
    const versionsBefore = await prisma.policyVersion.findMany({ where: { policyId: { in: [published.id, gone.id] } }, orderBy: { id: "asc" } });

    const token = await linkFor(me);
    expect(await m.isDeletionTokenValid(me.id, token)).toBe(true);
    const stored = await prisma.verificationToken.findFirstOrThrow({ where: { identifier: `suppression:${me.id}` } });
    expect(stored.token).not.toBe(token); // only the hash is stored
    expect(stored.expires.getTime() - Date.now()).toBeGreaterThan(29 * 60_000);
    expect(stored.expires.getTime() - Date.now()).toBeLessThanOrEqual(30 * 60_000);

    const r = await m.deleteAccount(me.id, token);
    expect(r).toEqual({ status: "deleted", withdrawn: [slug], deletedDrafts: 1, keptPolicies: 2 });

    const gonePage = await get(slug);
    expect(gonePage.status).toBe(410);
    expect(await gonePage.text()).toContain("Politique retirée");
    expect(await prisma.policy.findUnique({ where: { id: draft.id } })).toBeNull();
    const kept = await prisma.policy.findUniqueOrThrow({ where: { id: published.id } });
    expect(kept).toMatchObject({ draft: {}, title: "Boutique partant", slug, ownerId: me.id });
    expect(kept.withdrawnAt).not.toBeNull();
    expect(kept.deletedAt).not.toBeNull();
    expect(await prisma.policyVersion.findMany({ where: { policyId: { in: [published.id, gone.id] } }, orderBy: { id: "asc" } })).toEqual(versionsBefore);
    await expect(query(url, `UPDATE "PolicyVersion" SET "note" = 'x' WHERE "policyId" = $1`, [published.id])).rejects.toThrow(/immuable/);

    const after = await snapshot(me.id);
    expect(after.user).toMatchObject({ email: null, name: null, image: null, emailVerified: null });
    expect(after.sessions).toBe(0);
    expect(after.accounts).toBe(0);
    expect(await prisma.verificationToken.count({ where: { identifier: { in: [me.email, `suppression:${me.id}`] } } })).toBe(0);
    expect(await prisma.outboxMail.count({ where: { to: me.email } })).toBe(0);
    // Signing in again with the same address finds no account: next-auth creates a new, empty one.
    const { db } = await import("@/lib/db");
    expect(await m.prismaAuthAdapter(db()).getUserByEmail!(me.email)).toBeNull();
  });

  it("an expired, used, forged or another user's link is refused and changes nothing", async () => {
    const me = await newUser("prudent");
    await withPolicies(me.id, "prudent");
    const other = await newUser("voisin");
    const before = await snapshot(me.id);

    // Expired: asked 31 minutes ago.
    const expired = await linkFor(me, new Date(Date.now() - 31 * 60_000));
    expect(await m.isDeletionTokenValid(me.id, expired)).toBe(false);
    expect(await m.deleteAccount(me.id, expired)).toEqual({ status: "invalid" });

    // Forged and malformed.
    for (const forged of ["A".repeat(43), "pas-un-jeton", "", null, expired.slice(0, 40)]) expect(await m.deleteAccount(me.id, forged)).toEqual({ status: "invalid" });

    // Someone else's: a live link of `me`, presented by `other`.
    const live = await linkFor(me);
    expect(await m.deleteAccount(other.id, live)).toEqual({ status: "invalid" });
    expect(await m.isDeletionTokenValid(me.id, live)).toBe(true);
    expect(await m.requestAccountDeletion(me.id)).toEqual({ status: "too_soon" });
    expect(await snapshot(me.id)).toEqual(before);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: other.id } })).email).toBe(other.email);

    // Used: the first confirmation deletes, the second is refused.
    expect((await m.deleteAccount(me.id, live)).status).toBe("deleted");
    expect(await m.deleteAccount(me.id, live)).toEqual({ status: "invalid" });
  });
});
