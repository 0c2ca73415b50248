import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { TAnswers } from "@/lib/policy";
import { FIXTURES } from "@/lib/policy/fixtures";
import { LIVE_MARKUP, XSS_CORPUS } from "../support/xss-corpus";
import { createAppDatabase } from "./db";

// Every hosted output of a policy whose every free-text answer (and version note) carries a payload
// of the corpus. Our own templates legitimately contain <meta>, <style>…, so each output is compared
// with the same output of a benign policy: the hostile one must not contain one more live tag.

let prisma: PrismaClient;
let routes: {
  current: typeof import("@/app/p/[slug]/route").GET;
  version: typeof import("@/app/p/[slug]/v/[n]/route").GET;
  history: typeof import("@/app/p/[slug]/historique/route").GET;
  atom: typeof import("@/app/p/[slug]/atom/route").GET;
  diff: typeof import("@/app/p/[slug]/diff/[a]/[b]/route").GET;
  embed: typeof import("@/app/p/[slug]/embed/route").GET;
  api: typeof import("@/app/api/p/[slug]/route").GET;
};
let renderAll: typeof import("@/lib/server/publish-version").renderAll;

function infect(base: TAnswers, offset: number): TAnswers {
  const a = structuredClone(base);
  let i = offset;
  const next = (max = 180) => XSS_CORPUS[i++ % XSS_CORPUS.length]!.slice(0, max);
  a.controller.legalName = `Société ${next()}`;
  a.service.name = `Service ${next()}`;
  a.service.description = next(2000);
  for (const p of a.purposes) {
    p.label = `Finalité ${next()}`;
    p.description = next(2000);
  }
  for (const r of a.recipients) {
    r.name = `Prestataire ${next()}`;
    r.description = next(2000);
  }
  for (const t of a.cookies.trackers) t.purpose = next(300);
  return a;
}

async function seed(slug: string, answers: [TAnswers, TAnswers], notes: [string, string]) {
  const user = await prisma.user.create({ data: { email: `${slug}@exemple.fr` } });
  const policy = await prisma.policy.create({ data: { ownerId: user.id, title: "P", slug, draft: answers[1] } });
  for (const [i, a] of answers.entries()) {
    await prisma.policyVersion.create({
      data: {
        policyId: policy.id, number: i + 1, answers: a, rendered: renderAll(a), sha256: String(i + 1).repeat(64),
        effectiveDate: new Date(`2026-11-2${i}T00:00:00Z`), note: notes[i], changeSummary: { grade: "minor", changes: [{ kind: "x", grade: "minor", message: notes[i], field: "" }], first: i === 0 },
      },
    });
  }
}

const call = async (handler: (r: Request, c: never) => Promise<Response>, url: string, params: Record<string, string>) => {
  const res = await handler(new Request(`http://localhost${url}`), { params: Promise.resolve(params) } as never);
  return { status: res.status, body: Buffer.from(await res.arrayBuffer()) };
};
const liveTags = (html: string) => (html.match(new RegExp(LIVE_MARKUP.source, "gi")) ?? []).length;

beforeAll(async () => {
  ({ prisma } = await createAppDatabase());
  ({ renderAll } = await import("@/lib/server/publish-version"));
  routes = {
    current: (await import("@/app/p/[slug]/route")).GET,
    version: (await import("@/app/p/[slug]/v/[n]/route")).GET,
    history: (await import("@/app/p/[slug]/historique/route")).GET,
    atom: (await import("@/app/p/[slug]/atom/route")).GET,
    diff: (await import("@/app/p/[slug]/diff/[a]/[b]/route")).GET,
    embed: (await import("@/app/p/[slug]/embed/route")).GET,
    api: (await import("@/app/api/p/[slug]/route")).GET,
  };
  const base = FIXTURES.ecommerce!;
  await seed("benigne", [base, base], ["Première version", "Deuxième version"]);
  await seed("hostile", [infect(base, 0), infect(base, 17)], [XSS_CORPUS[0]!, XSS_CORPUS[1]!]);
});
afterAll(async () => {
  await prisma.$disconnect();
});

describe("XSS corpus through every hosted output", () => {
  const outputs: [string, keyof typeof routes, string, Record<string, string>][] = [
    ["page en vigueur", "current", "", {}],
    ["version 1", "version", "/v/1", { n: "1" }],
    ["historique", "history", "/historique", {}],
    ["différences", "diff", "/diff/1/2", { a: "1", b: "2" }],
    ["iframe", "embed", "/embed", {}],
    ["téléchargement HTML", "version", "/v/2.html", { n: "2.html" }],
  ];
  for (const [label, route, suffix, params] of outputs) {
    it(`${label}: no live markup beyond what the benign policy's page has`, async () => {
      const benign = await call(routes[route], `/p/benigne${suffix}`, { slug: "benigne", ...params });
      const hostile = await call(routes[route], `/p/hostile${suffix}`, { slug: "hostile", ...params });
      expect(hostile.status).toBe(200);
      expect(liveTags(hostile.body.toString("utf8"))).toBe(liveTags(benign.body.toString("utf8")));
      expect(hostile.body.toString("utf8")).toContain("&lt;script&gt;");
    });
  }

  it("the Atom feed escapes notes and titles (well-formed XML, no live tag)", async () => {
    const atom = (await call(routes.atom, "/p/hostile/atom", { slug: "hostile" })).body.toString("utf8");
    expect(liveTags(atom)).toBe(0);
    expect(atom).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("the JSON API carries the payloads as escaped HTML text", async () => {
    const api = JSON.parse((await call(routes.api, "/api/p/hostile", { slug: "hostile" })).body.toString("utf8")) as { html: string };
    const benign = JSON.parse((await call(routes.api, "/api/p/benigne", { slug: "benigne" })).body.toString("utf8")) as { html: string };
    expect(liveTags(api.html)).toBe(liveTags(benign.html));
    expect(api.html).toContain("&lt;");
  });

  it("the PDF shows the payloads as text and holds no script or script link", async () => {
    const pdf = await call(routes.version, "/p/hostile/v/2.pdf", { slug: "hostile", n: "2.pdf" });
    expect(pdf.status).toBe(200);
    const file = path.join(mkdtempSync(path.join(tmpdir(), "xss-pdf-")), "v2.pdf");
    writeFileSync(file, pdf.body);
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    expect(text).toContain("<script>alert(1)</script>");
    expect(text).toContain("onerror=alert(1)");
    const raw = pdf.body.toString("latin1");
    expect(raw).not.toMatch(/\/(JavaScript|JS)\b/);
    expect(raw).not.toMatch(/\/URI\s*\(\s*(javascript|vbscript|data):/i);
  }, 60_000);
});
