import { expect, test, type Page, type Route } from "@playwright/test";
import { createPolicy, savedDraft, signIn, uniqueEmail, waitSaved, withE2eDatabase } from "./helpers";

// Issue 12: edits typed while the server cannot save them are kept in the browser (localStorage), survive a reload or
// a closed tab, are offered back, and reach the server once it answers again; the autosave retries by itself.

const TEMPLATE = "Logiciel en ligne (SaaS)";
const NAME = "Dénomination sociale ou nom";
const FOUND = /^Des modifications non enregistrées ont été retrouvées dans ce navigateur \(saisies le \d{1,2} \S+ \d{4} à \d{2}:\d{2}\)\./;

/**
 * Makes every save of the editor fail (a server action is a POST to the page with a Next-Action header): like a dropped
 * connection (`abort`) or a server answering 500. Returns the time of each attempt, and the way to let saves through.
 */
async function failSaves(page: Page, how: "abort" | "500" = "abort") {
  const attempts: number[] = [];
  const handler = async (route: Route) => {
    const request = route.request();
    if (request.method() !== "POST" || !request.headers()["next-action"]) return route.continue();
    attempts.push(Date.now());
    if (how === "abort") return route.abort("failed");
    return route.fulfill({ status: 500, contentType: "text/plain", body: "Internal Server Error" });
  };
  await page.route("**/policies/*/edit*", handler);
  return { attempts, restore: () => page.unroute("**/policies/*/edit*", handler) };
}

/** The founder accepts the browser's « leave this page? » (unsaved edits) when reloading or leaving. */
function acceptLeaving(page: Page) {
  page.on("dialog", (d) => void (d.type() === "beforeunload" ? d.accept() : d.dismiss()));
}

const localCopy = (page: Page, id: string) => page.evaluate((key) => window.localStorage.getItem(key), `clairement:brouillon:${id}`);
const status = (page: Page) => page.getByTestId("statut-enregistrement");
const banner = (page: Page) => page.getByRole("alert").filter({ hasText: "Des modifications non enregistrées ont été retrouvées" });

async function openEditor(page: Page, id: string) {
  await page.goto(`/policies/${id}/edit`);
  await expect(page.getByLabel(NAME)).toBeVisible();
}

test("edits typed while every save fails survive a reload and a closed tab, are restored, then reach the server", async ({ page, context }) => {
  test.setTimeout(90_000);
  acceptLeaving(page);
  await signIn(page, uniqueEmail("hors-ligne"));
  const id = await createPolicy(page, TEMPLATE);
  const { attempts } = await failSaves(page);

  await page.getByLabel(NAME).fill("Hors Ligne SARL");
  await page.getByLabel("Ville").fill("Brest");
  await expect(status(page)).toHaveAttribute("data-status", "retrying");
  expect(attempts.length).toBeGreaterThan(0);
  const stored = JSON.parse((await localCopy(page, id))!) as { values: { controller: unknown } };
  expect(stored.values.controller).toMatchObject({ legalName: "Hors Ligne SARL", address: { city: "Brest" } });

  // Reload (saves still failing): the server's draft is shown, and the edits are offered.
  await page.reload();
  await expect(banner(page)).toBeVisible();
  await expect(banner(page)).toContainText(FOUND);
  await expect(banner(page)).not.toContainText("enregistré depuis");
  await expect(page.getByLabel(NAME)).toHaveValue("");
  expect(await localCopy(page, id)).not.toBeNull();

  // The tab is closed without a word (no beforeunload, as a crash): a new tab offers them again.
  await page.close();
  const next = await context.newPage();
  acceptLeaving(next);
  await openEditor(next, id);
  await expect(banner(next)).toBeVisible();

  // This tab's saves go through: « Restaurer » puts the edits back and the autosave sends them.
  await next.getByRole("button", { name: "Restaurer ces modifications" }).click();
  await expect(banner(next)).toHaveCount(0);
  await expect(next.getByLabel(NAME)).toHaveValue("Hors Ligne SARL");
  await expect(next.getByLabel("Ville")).toHaveValue("Brest");
  await waitSaved(next);
  await expect.poll(() => localCopy(next, id)).toBeNull();
  expect((await savedDraft(id)).controller).toMatchObject({ legalName: "Hors Ligne SARL", address: { city: "Brest" } });

  // Reloaded: the server has them, nothing is offered.
  await next.reload();
  await expect(next.getByLabel(NAME)).toHaveValue("Hors Ligne SARL");
  await expect(next.getByLabel("Ville")).toHaveValue("Brest");
  await expect(banner(next)).toHaveCount(0);
});

test("« Les ignorer » drops the edits kept in the browser: the server's draft stays, nothing is offered again", async ({ page }) => {
  acceptLeaving(page);
  await signIn(page, uniqueEmail("ignorer"));
  const id = await createPolicy(page, TEMPLATE);
  await failSaves(page);
  await page.getByLabel(NAME).fill("Abandon SAS");
  await expect(status(page)).toHaveAttribute("data-status", "retrying");
  await expect.poll(() => localCopy(page, id)).not.toBeNull();

  await page.reload();
  await expect(banner(page)).toBeVisible();
  await page.getByRole("button", { name: "Les ignorer" }).click();
  await expect(banner(page)).toHaveCount(0);
  expect(await localCopy(page, id)).toBeNull();
  await expect(page.getByLabel(NAME)).toHaveValue("");

  await page.reload();
  await expect(page.getByLabel(NAME)).toBeVisible();
  await expect(banner(page)).toHaveCount(0);
  expect(JSON.stringify(await savedDraft(id))).not.toContain("Abandon SAS");
});

test("saved elsewhere since: the banner says restoring replaces that newer version, and restoring does", async ({ page }) => {
  acceptLeaving(page);
  await signIn(page, uniqueEmail("ailleurs"));
  const id = await createPolicy(page, TEMPLATE);
  const saves = await failSaves(page);
  await page.getByLabel(NAME).fill("Saisie Locale SAS");
  await expect(status(page)).toHaveAttribute("data-status", "retrying");
  await expect.poll(() => localCopy(page, id)).not.toBeNull();

  // Meanwhile the draft is saved from another device: its revision moves past the one the edits were typed on.
  await withE2eDatabase((db) =>
    db.query(`UPDATE "Policy" SET draft = jsonb_set(draft::jsonb, '{controller,legalName}', '"Version Ailleurs SAS"'), revision = revision + 1 WHERE id = $1`, [id]),
  );
  await saves.restore();
  await page.reload();
  await expect(page.getByLabel(NAME)).toHaveValue("Version Ailleurs SAS");
  await expect(banner(page)).toContainText(FOUND);
  await expect(banner(page)).toContainText("Ce brouillon a été enregistré depuis, ailleurs ou dans un autre onglet\u00a0: les restaurer remplacera cette version plus récente");
  await page.getByRole("button", { name: "Restaurer ces modifications" }).click();
  await expect(page.getByLabel(NAME)).toHaveValue("Saisie Locale SAS");
  await waitSaved(page);
  expect((await savedDraft(id)).controller).toMatchObject({ legalName: "Saisie Locale SAS" });
});

test("while saves fail, the status says the service is unavailable and the edits kept here, retries by itself with back-off, and ends « Enregistré » without a click", async ({ page }) => {
  test.setTimeout(90_000);
  acceptLeaving(page);
  await signIn(page, uniqueEmail("reessais"));
  const id = await createPolicy(page, TEMPLATE);
  const saves = await failSaves(page, "500");

  await page.getByLabel(NAME).fill("Patience SARL");
  await expect(status(page)).toHaveAttribute("data-status", "retrying");
  await expect(status(page)).toContainText("Service momentanément indisponible — vos saisies sont gardées dans ce navigateur");
  // Three attempts, by themselves, spaced out more and more (2 s, then 4 s).
  await expect.poll(() => saves.attempts.length, { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
  const [a, b, c] = saves.attempts;
  expect(b! - a!).toBeGreaterThanOrEqual(1_500);
  expect(c! - b!).toBeGreaterThanOrEqual(3_500);

  // Typing during the outage neither hides it nor sends a request per keystroke: the back-off (8 s now) holds.
  await page.getByLabel("Ville").fill("Quimper");
  await page.waitForTimeout(2_500);
  expect(saves.attempts.length).toBe(3);
  await expect(status(page)).toHaveAttribute("data-status", "retrying");

  // The service is back: the next retry saves everything, no click.
  await saves.restore();
  await expect(status(page)).toHaveAttribute("data-status", "saved", { timeout: 30_000 });
  await expect(status(page)).toContainText(/^Enregistré/);
  expect((await savedDraft(id)).controller).toMatchObject({ legalName: "Patience SARL", address: { city: "Quimper" } });
  await expect.poll(() => localCopy(page, id)).toBeNull();
});

test("a browser that keeps nothing (storage full or disabled): no crash, the status says the edits could not be kept here", async ({ page }) => {
  acceptLeaving(page);
  await signIn(page, uniqueEmail("sans-copie"));
  const id = await createPolicy(page, TEMPLATE);
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await openEditor(page, id);
  const saves = await failSaves(page);
  await page.getByLabel(NAME).fill("Sans Copie SAS");
  await expect(status(page)).toHaveAttribute("data-status", "retrying");
  await expect(status(page)).toContainText("vos saisies n’ont pas pu être gardées dans ce navigateur (stockage plein ou désactivé)\u00a0: ne fermez pas cette page");
  await expect(page.getByLabel(NAME)).toHaveValue("Sans Copie SAS");
  expect(await localCopy(page, id)).toBeNull();

  // The autosave itself does not depend on it: once the service is back, the edits are saved.
  await saves.restore();
  await waitSaved(page);
  expect((await savedDraft(id)).controller).toMatchObject({ legalName: "Sans Copie SAS" });
});
