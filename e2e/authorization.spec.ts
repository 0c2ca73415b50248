import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { createPolicy, fillEssentials, publish, signIn, uniqueEmail } from "./helpers";

// The authorisation matrix, generated from the application itself: every page and route handler
// under app/, and every server action in Next's manifest, must be classified below — a new one that
// is not makes this test fail — then each owner-scoped one is tried as anonymous, as another user
// and as the owner.

function routes(dir = "app", prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) {
      const segment = /^\(.*\)$/.test(e.name) ? "" : `/${e.name}`;
      return routes(path.join(dir, e.name), prefix + segment);
    }
    return /^(page|route)\.tsx?$/.test(e.name) ? [prefix || "/"] : [];
  });
}

/** Public by design: anyone may read them. */
const PUBLIC = new Set([
  "/", "/connexion", "/connexion/verifier", "/connexion/erreur", "/boite-mail", "/api/auth/[...nextauth]",
  "/p/[slug]", "/p/[slug]/v/[n]", "/p/[slug]/historique", "/p/[slug]/atom", "/p/[slug]/diff/[a]/[b]", "/p/[slug]/embed", "/api/p/[slug]",
  "/confidentialite", "/compte/suppression/terminee", "/api/ping",
]);
/** Signed-in pages; `[id]` is a policy id. */
const OWNER_PAGES = new Set(["/policies", "/policies/nouvelle", "/policies/[id]/edit", "/policies/[id]/versions", "/compte", "/compte/export", "/compte/suppression"]);

/** Server actions (each takes one object, lib/server/action.ts), with the arguments that aim it at a policy. */
const ACTIONS: Record<string, (id: string) => unknown[]> = {
  saveDraftAction: (id) => [{ id, revision: 0, draft: {} }],
  renamePolicyAction: (id) => [{ id, title: "Piratée" }],
  duplicatePolicyAction: (id) => [{ id }],
  deletePolicyAction: (id) => [{ id }],
  publishPolicyAction: (id) => [{ id, effectiveDate: "2026-11-21", note: "" }],
  setWithdrawnAction: (id) => [{ id, withdrawn: true }],
  changeSlugAction: (id) => [{ id, slug: `detournee-${Date.now().toString(36)}` }],
};
/** Form actions that act on the caller's own account only (no object id to steal). */
const SELF_ACTIONS = new Set(["createPolicyAction", "requestAccountDeletionAction", "confirmAccountDeletionAction"]);

type TAction = { id: string; name: string; page: string };
function actions(): TAction[] {
  const manifest = JSON.parse(readFileSync(".next-test/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; exportedName: string }>;
  };
  return Object.entries(manifest.node).map(([id, a]) => ({ id, name: a.exportedName, page: Object.keys(a.workers)[0]! }));
}

function pagePath(worker: string, policyId: string): string {
  return worker.replace(/^app/, "").replace(/\/page$/, "").replace(/\/\([^)]*\)/g, "").replace("[id]", policyId) || "/";
}

/** A server action called as a browser does: same origin declared (an action without Origin is refused, see security.spec.ts). */
async function callAction(request: APIRequestContext, action: TAction, args: unknown[], policyId: string): Promise<string> {
  const origin = `http://localhost:${process.env.E2E_PORT ?? "3100"}`;
  const res = await request.post(pagePath(action.page, policyId), {
    headers: { "Next-Action": action.id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: origin },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
  return `${res.status()} ${await res.text()}`;
}

async function ownerState(page: Page, id: string) {
  await page.goto(`/policies/${id}/versions`);
  const address = page.getByLabel("Adresse publique");
  await expect(address).not.toHaveValue(""); // filled once the form is hydrated
  return {
    title: await page.getByRole("heading", { level: 1 }).textContent(),
    slug: await address.inputValue(),
    withdrawn: await page.getByRole("button", { name: "Rétablir la publication" }).count(),
    versions: await page.getByRole("list", { name: "Versions" }).getByRole("listitem").count(),
  };
}

test("every route and server action is classified, and owner-scoped ones answer anonymous → sign-in (unauthenticated), another user → introuvable (404, not_found), owner → 200", async ({ page, browser, playwright, baseURL }) => {
  test.setTimeout(150_000);
  const discovered = routes();
  const unclassified = discovered.filter((r) => !PUBLIC.has(r) && !OWNER_PAGES.has(r));
  expect(unclassified, "classify these routes in e2e/authorization.spec.ts").toEqual([]);
  const all = actions();
  expect(all.filter((a) => !(a.name in ACTIONS) && !SELF_ACTIONS.has(a.name)).map((a) => a.name), "classify these server actions").toEqual([]);

  await signIn(page, uniqueEmail("proprietaire-matrice"));
  const id = await createPolicy(page, "Site vitrine");
  await fillEssentials(page);
  await publish(page);
  const before = await ownerState(page, id);

  const anonymous = await playwright.request.newContext({ baseURL });
  const otherCtx = await browser.newContext();
  const other = await otherCtx.newPage();
  await signIn(other, uniqueEmail("autre-matrice"));

  for (const route of OWNER_PAGES) {
    const url = route.replace("[id]", id);
    const anon = await anonymous.get(url, { maxRedirects: 0 });
    expect(anon.status(), `${url} anonyme`).toBe(307);
    expect(anon.headers()["location"], `${url} anonyme`).toMatch(/\/connexion\?callbackUrl=/);
    const theirs = await other.request.get(url, { maxRedirects: 0 });
    expect(theirs.status(), `${url} autre utilisateur`).toBe(route.includes("[id]") ? 404 : 200);
    expect((await page.request.get(url, { maxRedirects: 0 })).status(), `${url} propriétaire`).toBe(200);
  }

  for (const action of all.filter((a) => a.name in ACTIONS)) {
    const args = ACTIONS[action.name]!(id);
    expect(await callAction(anonymous, action, args, id), `${action.name} anonyme`).toMatch(/"code":"unauthenticated"/);
    expect(await callAction(other.request, action, args, id), `${action.name} autre utilisateur`).toMatch(/"code":"not_found"/);
  }
  expect(await ownerState(page, id)).toEqual(before);

  // The owner is allowed (the result is not « introuvable »); deletion last.
  const order = ["renamePolicyAction", "duplicatePolicyAction", "setWithdrawnAction", "changeSlugAction", "publishPolicyAction", "saveDraftAction", "deletePolicyAction"];
  for (const name of order) {
    const action = all.find((a) => a.name === name)!;
    expect(await callAction(page.request, action, ACTIONS[name]!(id), id), `${name} propriétaire`).not.toMatch(/not_found/);
  }
  await anonymous.dispose();
  await otherCtx.close();
});

/** A small seeded generator of hostile values: wrong types, huge strings, deep nesting, prototypes. */
function randomValue(seed: number, depth = 0): unknown {
  const pick = seed % 12;
  const next = (seed * 1103515245 + 12345) & 0x7fffffff;
  switch (pick) {
    case 0: return null;
    case 1: return -1;
    case 2: return 1e308;
    case 3: return "x".repeat(300_000);
    case 4: return "<script>alert(1)</script>";
    case 5: return { __proto__: { admin: true }, constructor: { prototype: { pollué: true } } };
    case 6: return depth < 6 ? [randomValue(next, depth + 1), randomValue(next >> 3, depth + 1)] : [];
    case 7: return depth < 6 ? { id: randomValue(next, depth + 1), revision: randomValue(next >> 2, depth + 1), title: randomValue(next >> 4, depth + 1) } : {};
    case 8: return true;
    case 9: return "../../etc/passwd";
    case 10: return { effectiveDate: "2026-02-31", note: 42 };
    default: return "";
  }
}

test("fuzz: server actions and public routes answer random and invalid input with a typed answer, never a 500, and write nothing", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, uniqueEmail("fuzz"));
  const id = await createPolicy(page, "Site vitrine");
  await fillEssentials(page);
  await publish(page);
  const before = await ownerState(page, id);
  const all = actions().filter((a) => a.name in ACTIONS);
  for (let seed = 1; seed <= 40; seed += 1) {
    for (const action of all) {
      const args = seed % 4 === 0 ? [{ id: randomValue(seed * 23), revision: randomValue(seed * 7), draft: randomValue(seed * 13), title: randomValue(seed * 3), slug: randomValue(seed * 5), withdrawn: randomValue(seed * 11), effectiveDate: randomValue(seed * 17), note: randomValue(seed * 19) }] : [randomValue(seed), randomValue(seed * 7), randomValue(seed * 13)];
      const answer = await callAction(page.request, action, args, id);
      expect(Number(answer.slice(0, 3)), `${action.name} ${JSON.stringify(args).slice(0, 80)}`).toBeLessThan(500);
      if (!answer.startsWith("413")) expect(answer, action.name).toMatch(/"(ok|kind|code)"/);
    }
  }
  for (const path of ["/p/%00", "/p/..%2f..%2fetc", "/p/a/v/0", "/p/a/v/99999999", "/p/a/diff/x/y", "/api/p/%3Cscript%3E", `/p/${"a".repeat(5000)}`]) {
    const res = await page.request.get(path);
    expect(res.status(), path).toBeLessThan(500);
  }
  expect(await ownerState(page, id)).toEqual(before);
});
