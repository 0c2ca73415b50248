import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createMigratedDatabase, query } from "./db";

// schema.prisma and the SQL migrations are kept in step by hand (Prisma's schema engine cannot run
// here). This file proves they agree: same tables and columns, same nullability, and every model
// round-trips through the generated client on a freshly migrated database.

type TField = { name: string; type: string; optional: boolean };
const SCALARS = new Set(["String", "Int", "DateTime", "Json", "Boolean", "BigInt", "Float", "Decimal", "Bytes"]);

function parseSchema(): Map<string, TField[]> {
  const text = readFileSync(path.resolve("prisma/schema.prisma"), "utf8");
  const models = new Map<string, TField[]>();
  for (const [, name, body] of text.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    const fields: TField[] = [];
    for (const line of body!.split("\n")) {
      const m = /^\s+(\w+)\s+(\w+)(\?|\[\])?/.exec(line);
      if (m && SCALARS.has(m[2]!) && m[3] !== "[]") fields.push({ name: m[1]!, type: m[2]!, optional: m[3] === "?" });
    }
    models.set(name!, fields);
  }
  return models;
}

let prisma: PrismaClient;
let url: string;
beforeAll(async () => {
  ({ prisma, url } = await createMigratedDatabase());
});
afterAll(async () => {
  await prisma.$disconnect();
});

describe("schema.prisma and the migrations agree", () => {
  it("every model is a table with exactly its scalar fields as columns, with the same nullability", async () => {
    const models = parseSchema();
    expect(models.size).toBeGreaterThanOrEqual(7);
    const { rows } = await query<{ table_name: string; column_name: string; is_nullable: string }>(
      url,
      `SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    );
    const columns = new Map<string, Map<string, boolean>>();
    for (const r of rows) {
      if (!columns.has(r.table_name)) columns.set(r.table_name, new Map());
      columns.get(r.table_name)!.set(r.column_name, r.is_nullable === "YES");
    }
    expect([...columns.keys()].sort()).toEqual([...models.keys()].sort());
    for (const [model, fields] of models) {
      const cols = columns.get(model)!;
      expect([...cols.keys()].sort(), model).toEqual(fields.map((f) => f.name).sort());
      for (const f of fields) expect(cols.get(f.name), `${model}.${f.name}`).toBe(f.optional);
    }
  });

  it("every model round-trips through the generated Prisma client", async () => {
    const user = await prisma.user.create({ data: { email: "ada@example.fr", name: "Ada", emailVerified: new Date("2026-11-21T10:00:00Z"), image: "https://example.fr/a.png" } });
    expect(await prisma.user.findUniqueOrThrow({ where: { email: "ada@example.fr" } })).toEqual(user);

    const account = await prisma.account.create({
      data: {
        userId: user.id, type: "oauth", provider: "github", providerAccountId: "42", refresh_token: "r", access_token: "a",
        expires_at: 1_900_000_000, token_type: "bearer", scope: "read:user", id_token: "i", session_state: "s",
      },
    });
    expect(await prisma.account.findUniqueOrThrow({ where: { provider_providerAccountId: { provider: "github", providerAccountId: "42" } } })).toEqual(account);

    const session = await prisma.session.create({ data: { sessionToken: "tok", userId: user.id, expires: new Date("2026-12-21T10:00:00Z") } });
    expect(await prisma.session.findUniqueOrThrow({ where: { sessionToken: "tok" } })).toEqual(session);

    const vt = await prisma.verificationToken.create({ data: { identifier: "ada@example.fr", token: "v", expires: new Date("2026-11-21T11:00:00Z") } });
    expect(await prisma.verificationToken.findUniqueOrThrow({ where: { identifier_token: { identifier: "ada@example.fr", token: "v" } } })).toEqual(vt);

    const mail = await prisma.outboxMail.create({ data: { to: "ada@example.fr", subject: "Lien", text: "Bonjour", url: "http://localhost/x" } });
    expect(await prisma.outboxMail.findUniqueOrThrow({ where: { id: mail.id } })).toEqual(mail);

    const draft = { controller: { name: "Acme « SAS »" }, list: [1, 2, { deep: true }] };
    const policy = await prisma.policy.create({ data: { ownerId: user.id, title: "Politique", slug: "politique-acme", draft } });
    const readPolicy = await prisma.policy.findUniqueOrThrow({ where: { slug: "politique-acme" } });
    expect(readPolicy).toEqual(policy);
    expect(readPolicy.draft).toEqual(draft);
    expect(readPolicy.revision).toBe(0);
    expect(readPolicy.deletedAt).toBeNull();

    const version = await prisma.policyVersion.create({
      data: {
        policyId: policy.id, number: 1, answers: draft, rendered: { html: "<p>x</p>", md: "x" }, sha256: "a".repeat(64),
        effectiveDate: new Date("2026-11-21T00:00:00Z"), changeSummary: { substantial: true, changes: [] }, note: "Première version",
      },
    });
    const redirect = await prisma.policySlugRedirect.create({ data: { slug: "ancienne-adresse", policyId: policy.id } });
    expect(await prisma.policySlugRedirect.findUniqueOrThrow({ where: { slug: "ancienne-adresse" } })).toEqual(redirect);
    const withdrawn = await prisma.policy.update({ where: { id: policy.id }, data: { withdrawnAt: new Date("2026-11-22T08:00:00Z") } });
    expect(withdrawn.withdrawnAt?.toISOString()).toBe("2026-11-22T08:00:00.000Z");

    const readVersion = await prisma.policyVersion.findUniqueOrThrow({ where: { policyId_number: { policyId: policy.id, number: 1 } } });
    expect(readVersion).toEqual(version);
    expect(readVersion.effectiveDate.toISOString()).toBe("2026-11-21T00:00:00.000Z");
  });

  it("the database refuses to update, delete or truncate a published version", async () => {
    const user = await prisma.user.create({ data: { email: "immuable@example.fr" } });
    const policy = await prisma.policy.create({ data: { ownerId: user.id, title: "P", slug: "politique-immuable", draft: {} } });
    const version = await prisma.policyVersion.create({
      data: { policyId: policy.id, number: 1, answers: {}, rendered: {}, sha256: "b".repeat(64), effectiveDate: new Date("2026-11-21"), changeSummary: {} },
    });
    await expect(prisma.policyVersion.update({ where: { id: version.id }, data: { note: "changée" } })).rejects.toThrow(/immuable/);
    await expect(prisma.policyVersion.delete({ where: { id: version.id } })).rejects.toThrow(/immuable/);
    await expect(query(url, `TRUNCATE "PolicyVersion" CASCADE`)).rejects.toThrow(/immuable/);
    await expect(query(url, `UPDATE "PolicyVersion" SET "sha256" = $1`, ["c".repeat(64)])).rejects.toThrow(/immuable/);
    expect(await prisma.policyVersion.findUniqueOrThrow({ where: { id: version.id } })).toEqual(version);
  });
});
