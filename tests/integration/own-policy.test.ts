import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { TAnswers } from "@/lib/policy";
import { createAppDatabase, createMigratedDatabase } from "./db";

// Clairement's own privacy policy goes through the real publishing pipeline (publishVersion) and is
// served at /confidentialite exactly like a hosted page.
let prisma: PrismaClient;
let m: {
  publishOwnPolicy: typeof import("@/lib/server/publish-own-policy").publishOwnPolicy;
  SYSTEM_USER_ID: string;
  changeSlug: typeof import("@/lib/server/change-slug").changeSlug;
  createPolicy: typeof import("@/lib/server/create-policy").createPolicy;
  own: typeof import("@/app/confidentialite/route").GET;
};
const answers = JSON.parse(readFileSync("content/confidentialite.json", "utf8")) as TAnswers;

beforeAll(async () => {
  ({ prisma } = await createAppDatabase());
  m = {
    ...(await import("@/lib/server/publish-own-policy")),
    ...(await import("@/lib/server/change-slug")),
    ...(await import("@/lib/server/create-policy")),
    own: (await import("@/app/confidentialite/route")).GET,
  };
});
afterAll(async () => {
  await prisma.$disconnect();
});

const page = () => m.own(new Request("http://localhost/confidentialite"));

describe("/confidentialite", () => {
  it("the first request publishes content/confidentialite.json as version 1 of the system user's policy and serves it as a hosted page", async () => {
    const res = await page();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("content-security-policy")).toContain("script-src 'none'");
    const html = await res.text();
    expect(html).toContain("<h1");
    expect(html).toContain("Clairement SAS · Version 1");
    expect(html).toContain("__Secure-next-auth.session-token");
    expect(html).not.toContain("<script");
    const policy = await prisma.policy.findUniqueOrThrow({ where: { slug: "confidentialite" }, include: { owner: true, versions: true } });
    expect(policy.owner).toMatchObject({ id: m.SYSTEM_USER_ID, email: null, name: "Clairement" });
    expect(policy.versions.map((v) => v.number)).toEqual([1]);
  });

  it("republishing unchanged answers is « aucune modification »; a minor change makes version 2, served at once", async () => {
    expect(await m.publishOwnPolicy(answers)).toMatchObject({ status: "unchanged" });
    const changed = structuredClone(answers);
    changed.controller.registration = "RCS Paris 987654321";
    expect(await m.publishOwnPolicy(changed)).toMatchObject({ status: "published", number: 2 });
    expect(await m.publishOwnPolicy(changed)).toMatchObject({ status: "unchanged" });
    const html = await (await page()).text();
    expect(html).toContain("Clairement SAS · Version 2");
    expect(html).toContain("RCS Paris 987654321");
  });

  it("a substantial change to our own policy waits for the notice it promises: version 3 is published, version 2 stays in force", async () => {
    const changed = structuredClone(answers);
    changed.controller.registration = "RCS Paris 987654321";
    changed.contact.privacyEmail = "vie-privee@clairement.fr";
    expect(await m.publishOwnPolicy(changed)).toMatchObject({ status: "published", number: 3 });
    const v3 = await prisma.policyVersion.findFirstOrThrow({ where: { policy: { slug: "confidentialite" }, number: 3 } });
    expect(v3.effectiveDate.toISOString().slice(0, 10) > new Date().toISOString().slice(0, 10)).toBe(true);
    const html = await (await page()).text();
    expect(html).toContain("Clairement SAS · Version 2");
    expect(html).not.toContain("vie-privee@clairement.fr");
  });

  it("blocking answers are refused by the same rules as our users' policies", async () => {
    const broken = structuredClone(answers) as unknown as { contact: { privacyEmail: string } };
    broken.contact.privacyEmail = "";
    const before = await prisma.policyVersion.count({ where: { policy: { slug: "confidentialite" } } });
    expect((await m.publishOwnPolicy(broken)).status).toBe("blocked");
    expect(await prisma.policyVersion.count({ where: { policy: { slug: "confidentialite" } } })).toBe(before);
  });

  it("no user can take the address « confidentialite », and a user's policy holding it is never overwritten", async () => {
    const user = await prisma.user.create({ data: { email: "squatteur@exemple.fr" } });
    const { id } = await m.createPolicy({ ownerId: user.id, title: "La mienne" });
    expect(await m.changeSlug(user.id, id, "confidentialite")).toEqual({ status: "taken" });
    await prisma.policy.update({ where: { slug: "confidentialite" }, data: { slug: "confidentialite-systeme" } });
    await prisma.policy.update({ where: { id }, data: { slug: "confidentialite" } });
    await expect(m.publishOwnPolicy(answers)).rejects.toThrow(/déjà utilisée par la politique/);
    expect((await prisma.policy.findUniqueOrThrow({ where: { id } })).draft).toEqual({});
    // A new server process: /confidentialite refuses to present that user's policy as ours.
    delete (globalThis as { __clairementOwnPolicy?: { pending?: unknown } }).__clairementOwnPolicy!.pending;
    expect((await page()).status).toBe(404);
  });
});

describe("scripts/publish-own-policy.ts", () => {
  it("publishes from the command line through the same code, with one French line", { timeout: 90_000 }, async () => {
    const db2 = await createMigratedDatabase();
    const run = () =>
      spawnSync(path.resolve("node_modules/.bin/tsx"), ["--conditions", "react-server", "scripts/publish-own-policy.ts"], {
        encoding: "utf8",
        env: { ...process.env, DATABASE_URL: db2.url, NEXTAUTH_SECRET: "test" },
      });
    const first = run();
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^Politique de confidentialité de Clairement\s: version 1 publiée à \/confidentialite\.$/m);
    const second = run();
    expect(second.status).toBe(0);
    expect(second.stdout).toContain("à jour (aucune modification");
    await db2.prisma.$disconnect();
  });
});
