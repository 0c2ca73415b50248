// The fault-injection suite (issue 12): the product started as a founder starts it (npm start, embedded PostgreSQL),
// then its database killed (kill -9) and frozen (SIGSTOP on every PostgreSQL process, longer than the timeouts)
// while a founder types, while she publishes, and while readers load hosted pages. What must hold:
//   - every character typed reaches the database once it is back, without a reload or a click;
//   - no version is lost or duplicated;
//   - hosted pages answer 200 throughout (their last good copy while the database cannot answer);
//   - signed-in pages say « Service momentanément indisponible », never « introuvable » nor the sign-in page;
//   - the app recovers without a restart (same server process), PostgreSQL is restarted by the supervisor;
//   - Ctrl-C stops everything within seconds, whatever state PostgreSQL is in.
// The figures (faults injected, requests made, losses) are written to .cache/pannes.json for the README.
import { mkdirSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { fillEssentials, publish, signIn, uniqueEmail } from "./helpers";
import { startFaultStack, type TFaultStack } from "./support/fault-stack";

test.describe.configure({ mode: "serial" });

const FREEZE_MS = 14_000; // longer than every timeout of lib/db.ts (10 s at most)
const figures = { faults: { kill: 0, freeze: 0 }, typedCharacters: 0, lostCharacters: 0, publishes: 0, versionsLost: 0, versionsDuplicated: 0, hostedRequests: 0, hostedNon200: 0, restarts: 0, maxRestartMs: 0, ctrlCMs: [] as number[] };

let stack: TFaultStack;
let serverPid: number;

function appServerPid(): number {
  const r = spawnSync("pgrep", ["-P", String(stack.start.pid), "-f", "serve.mjs"], { encoding: "utf8" });
  return Number(r.stdout.trim().split("\n")[0]);
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  // Hosted pages fresh for 2 s only, so that during a fault their cached copies are past freshness and the
  // last-good-copy rule (stale-if-error) is what keeps them answering.
  stack = await startFaultStack(Number(process.env.E2E_PORT || 3100) + 211, { CLAIREMENT_PUBLIC_MAX_AGE: "2" });
  serverPid = appServerPid();
});

test.afterAll(async () => {
  stack?.cleanup();
  mkdirSync(".cache", { recursive: true });
  mkdirSync(".cache", { recursive: true });
  writeFileSync(".cache/pannes.json", JSON.stringify(figures, null, 2) + "\n");
  if (stack) writeFileSync(".cache/pannes.log", stack.log());
});

async function founder(browser: Browser): Promise<{ page: Page; id: string; slug: string }> {
  const context = await browser.newContext({ baseURL: stack.baseURL });
  const page = await context.newPage();
  await signIn(page, uniqueEmail("pannes"));
  await page.goto("/policies");
  await page.getByRole("link", { name: "Nouvelle politique" }).click();
  await page.getByRole("button", { name: "Commencer : site vitrine" }).click();
  await expect(page).toHaveURL(/\/policies\/[^/]+\/edit/);
  const id = new URL(page.url()).pathname.split("/")[2]!;
  await fillEssentials(page);
  const path = await publish(page);
  return { page, id, slug: path.split("/")[2]! };
}

/** Readers loading hosted pages without pause, 4 at a time, until stopped; every answer's status is kept. */
function readers(slug: string) {
  const urls = [`/p/${slug}`, `/p/${slug}/v/1`, `/p/${slug}/historique`, `/api/p/${slug}`, `/p/${slug}/embed`];
  const statuses: number[] = [];
  let running = true;
  const loops = [0, 1, 2, 3].map(async (k) => {
    for (let i = k; running; i++) {
      const res = await fetch(stack.baseURL + urls[i % urls.length]!, { signal: AbortSignal.timeout(20_000) }).catch(() => null);
      statuses.push(res?.status ?? 0);
      await res?.arrayBuffer().catch(() => null);
      await new Promise((r) => setTimeout(r, 25));
    }
  });
  return {
    async stop() {
      running = false;
      await Promise.all(loops);
      figures.hostedRequests += statuses.length;
      figures.hostedNon200 += statuses.filter((s) => s !== 200).length;
      return statuses;
    },
  };
}

async function savedDraftText(id: string): Promise<string> {
  const [row] = await stack.query<{ draft: unknown }>(`SELECT draft FROM "Policy" WHERE id = $1`, [id]);
  return JSON.stringify(row?.draft ?? null);
}

/** Types `text` one character at a time into the field, `pauseMs` apart (a founder typing through the fault). */
async function typeSlowly(page: Page, label: string, text: string, pauseMs: number) {
  const field = page.getByLabel(label, { exact: true });
  await field.click();
  await field.press("End");
  for (const ch of text) {
    await field.pressSequentially(ch);
    figures.typedCharacters += 1;
    await page.waitForTimeout(pauseMs);
  }
}

async function restarted(previousPid: number) {
  const ms = await stack.waitForDatabase(30_000);
  expect(stack.postgresPid(), "the supervisor started a new PostgreSQL").not.toBe(previousPid);
  figures.restarts += 1;
  figures.maxRestartMs = Math.max(figures.maxRestartMs, ms);
}

test("kill -9 of PostgreSQL while the founder types: every character reaches the database without a reload or a click, hosted pages answer 200 throughout", async ({ browser }) => {
  test.setTimeout(180_000);
  const { page, id, slug } = await founder(browser);
  const load = readers(slug);
  await page.goto(`/policies/${id}/edit?step=service`);
  const label = "Présentation du service";
  const before = await page.getByLabel(label, { exact: true }).inputValue();
  let typed = "";
  for (const round of [1, 2, 3]) {
    const pid = stack.kill();
    figures.faults.kill += 1;
    const chunk = ` panne ${round} : données gardées`;
    await typeSlowly(page, label, chunk, 60);
    typed += chunk;
    await restarted(pid);
  }
  await expect(page.getByTestId("statut-enregistrement")).toHaveAttribute("data-status", "saved", { timeout: 60_000 });
  const saved = await savedDraftText(id);
  const expected = JSON.stringify(before + typed).slice(1, -1);
  if (!saved.includes(expected)) figures.lostCharacters += typed.length;
  expect(saved).toContain(expected);
  const statuses = await load.stop();
  expect(statuses.length).toBeGreaterThan(50);
  expect(statuses.filter((s) => s !== 200), "hosted pages during the kills").toEqual([]);
  expect(appServerPid(), "the app was not restarted").toBe(serverPid);
  await page.context().close();
});

test("frozen PostgreSQL (SIGSTOP) past every timeout: saves end « indisponible » and retry by themselves, signed-in pages say so, hosted pages answer 200 from their last good copy, then all is saved", async ({ browser }) => {
  test.setTimeout(180_000);
  const { page, id, slug } = await founder(browser);
  const dashboard = await page.context().newPage();
  const load = readers(slug);
  await page.goto(`/policies/${id}/edit?step=service`);
  await page.waitForTimeout(2500); // the hosted pages' copies are now past their 2 s freshness
  stack.freeze();
  figures.faults.freeze += 1;
  const frozenAt = Date.now();
  const label = "Présentation du service";
  const before = await page.getByLabel(label, { exact: true }).inputValue();
  const typed = " — saisi pendant le gel";
  await typeSlowly(page, label, typed, 40);
  // A bounded wait: the save gives up within the timeouts, says so, and keeps the text.
  await expect(page.getByTestId("statut-enregistrement")).toHaveAttribute("data-status", "retrying", { timeout: 13_000 });
  await expect(page.getByTestId("statut-enregistrement")).toContainText("Service momentanément indisponible");
  await expect(page.getByTestId("bandeau-enregistrement"), "said at the bottom of the screen too").toBeVisible();
  // Another signed-in page during the freeze: « indisponible », not the sign-in page, not « introuvable ».
  await dashboard.goto("/policies", { timeout: 30_000 });
  await expect(dashboard.getByRole("heading", { level: 1, name: "Service momentanément indisponible" })).toBeVisible({ timeout: 15_000 });
  expect(dashboard.url()).not.toContain("/connexion");
  await page.waitForTimeout(Math.max(0, FREEZE_MS - (Date.now() - frozenAt)));
  stack.thaw();
  await expect(page.getByTestId("statut-enregistrement")).toHaveAttribute("data-status", "saved", { timeout: 60_000 });
  expect(await savedDraftText(id)).toContain(JSON.stringify(before + typed).slice(1, -1));
  // The dashboard comes back by itself.
  await expect(dashboard.getByRole("heading", { name: "Mes politiques" })).toBeVisible({ timeout: 30_000 });
  const statuses = await load.stop();
  expect(statuses.filter((s) => s !== 200), "hosted pages during the freeze").toEqual([]);
  expect(appServerPid(), "the app was not restarted").toBe(serverPid);
  await page.context().close();
});

test("kill -9 of PostgreSQL at the moment of publishing: each publish ends in exactly one new version, never lost, never duplicated; the hosted pages, just published over, answer 200 throughout", async ({ browser }) => {
  test.setTimeout(180_000);
  const { page, id, slug } = await founder(browser);
  const load = readers(slug);
  for (const [round, delay] of [0, 30, 120, 400].entries()) {
    await page.goto(`/policies/${id}/edit?step=service`);
    await page.getByLabel("Présentation du service", { exact: true }).fill(`Version ${round + 2} de la présentation du service.`);
    await expect(page.getByTestId("statut-enregistrement")).toHaveAttribute("data-status", "saved", { timeout: 15_000 });
    await page.getByRole("navigation", { name: "Étapes de l’assistant" }).getByRole("link", { name: /Relecture/ }).click();
    await expect(page.getByText("Aucun point bloquant.")).toBeVisible();
    const review = page.getByLabel(/J’ai relu ces réponses dans l’aperçu/);
    if (await review.count()) await review.check();
    const button = page.getByRole("button", { name: "Publier" });
    await expect(button).toBeEnabled();
    const sent = page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
    await button.click();
    await sent;
    await page.waitForTimeout(delay);
    const pid = stack.kill();
    figures.faults.kill += 1;
    figures.publishes += 1;
    const outcome = page.getByTestId("resultat-publication");
    const settled = async () => {
      await expect(button).toHaveText("Publier", { timeout: 30_000 }); // « Publication… » while the action runs
      await expect(outcome).not.toBeEmpty({ timeout: 5_000 });
      return (await outcome.textContent()) ?? "";
    };
    let said = await settled();
    const heard = [said];
    await restarted(pid);
    // What the founder does when told it did not work: publish again a moment later, until it is done.
    for (let attempt = 0; attempt < 10 && !/publiée|Aucune modification/.test(said); attempt++) {
      await page.waitForTimeout(1000);
      await expect(button, heard.join(" | ")).toBeEnabled({ timeout: 15_000 });
      await button.click();
      said = await settled();
      heard.push(said);
    }
    expect(said, heard.join(" | ")).toMatch(/Version \d+ publiée|Aucune modification depuis la dernière version publiée/);
    const versions = await stack.query<{ number: number }>(`SELECT v.number FROM "PolicyVersion" v WHERE v."policyId" = $1 ORDER BY v.number`, [id]);
    const numbers = versions.map((v) => v.number);
    const want = Array.from({ length: round + 2 }, (_, i) => i + 1);
    if (numbers.length > want.length) figures.versionsDuplicated += numbers.length - want.length;
    if (numbers.length < want.length) figures.versionsLost += want.length - numbers.length;
    expect(numbers, `round ${round}: versions 1…${round + 2}, each once`).toEqual(want);
  }
  const statuses = await load.stop();
  expect(statuses.filter((s) => s !== 200), "hosted pages while publishing through the kills").toEqual([]);
  expect(appServerPid(), "the app was not restarted").toBe(serverPid);
  await page.context().close();
});

test("Ctrl-C stops npm start within seconds while PostgreSQL is frozen, and leaves neither the app server nor a PostgreSQL process behind", async () => {
  test.setTimeout(60_000);
  stack.freeze();
  figures.faults.freeze += 1;
  const cluster = [...stack.postgresProcesses(), appServerPid()];
  const ms = await stack.interrupt();
  figures.ctrlCMs.push(ms);
  expect(ms).toBeLessThan(10_000);
  const alive = cluster.filter((pid) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  });
  expect(alive).toEqual([]);
});
