import { expect, test, type Page } from "@playwright/test";
import { createPolicy, signIn, uniqueEmail } from "./helpers";

const AI_TEMPLATE = "Outil d’intelligence artificielle";

async function waitSaved(page: Page) {
  await expect(page.getByTestId("statut-enregistrement")).toHaveAttribute("data-status", "saved", { timeout: 10_000 });
}

async function goToStep(page: Page, name: RegExp) {
  await page.getByRole("navigation", { name: "Étapes de l’assistant" }).getByRole("link", { name }).click();
}

const blocking = (page: Page) => page.locator("[data-severity='blocking']");

test("a founder goes from the AI-tool template to a policy with no blocking finding, through every step", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, uniqueEmail("parcours"));
  await createPolicy(page, AI_TEMPLATE);

  // Entreprise
  await page.getByLabel("Dénomination sociale ou nom").fill("Pixel Rêve SAS");
  await page.getByLabel("Forme juridique").fill("société par actions simplifiée");
  await page.getByLabel("Immatriculation").fill("RCS Lyon 912 345 678");
  await page.getByLabel("Adresse", { exact: true }).fill("12 rue de la Charité");
  await page.getByLabel("Code postal").fill("69002");
  await page.getByLabel("Ville").fill("Lyon");
  await page.getByLabel("E-mail de contact").fill("contact@pixelreve.fr");
  await page.getByRole("button", { name: "Suivant" }).click();

  // Service
  await expect(page).toHaveURL(/step=service/);
  await expect(page.getByRole("heading", { level: 2, name: "Service" })).toBeFocused();
  await page.getByLabel("Nom du service").fill("Pixel Rêve");
  await page.getByLabel("Présentation du service").fill("Génération d’illustrations par intelligence artificielle.");
  await page.getByRole("button", { name: "Ajouter", exact: true }).click();
  await page.getByLabel("Adresses du service 1", { exact: true }).fill("https://pixelreve.fr");
  await waitSaved(page);

  // Reload mid-way: every answer is still there.
  await page.reload();
  await expect(page.getByLabel("Nom du service")).toHaveValue("Pixel Rêve");
  await goToStep(page, /Entreprise/);
  await expect(page.getByLabel("Dénomination sociale ou nom")).toHaveValue("Pixel Rêve SAS");
  await expect(page.getByLabel("Ville")).toHaveValue("Lyon");

  // Destinataires: Stripe and Google Analytics from the catalogue.
  await goToStep(page, /Destinataires/);
  const stripeCard = page.locator("details", { has: page.locator("summary", { hasText: /^Stripe/ }) });
  await stripeCard.locator(":scope > summary").click();
  await stripeCard.getByRole("button", { name: "Supprimer", exact: true }).click();
  // Stripe's cookies are linked to it: the founder is asked whether they go too.
  await expect(stripeCard.getByRole("alertdialog")).toContainText(/Stripe dépose \d cookies? \(__stripe/);
  await stripeCard.getByRole("button", { name: "Supprimer avec ses cookies" }).click();
  await expect(page.getByRole("status").filter({ hasText: "« Stripe » supprimé. Ses cookies sont retirés aussi." })).toBeAttached();
  await expect(page.locator(":focus")).not.toHaveCount(0);
  const search = page.getByLabel("Rechercher un prestataire (Stripe, Brevo, OpenAI…)");
  await search.fill("strip");
  await page.getByRole("option", { name: /^Stripe —/ }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Stripe ajouté aux destinataires/ })).toBeAttached();
  await search.fill("google analytics");
  await page.getByRole("option", { name: /^Google Analytics 4 —/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Google Analytics 4 ajouté aux destinataires avec 2 cookies." })).toBeAttached();
  await page.getByRole("button", { name: "Ajouter ces finalités" }).click();
  // The consent banner she uses, a recipient too (C08): from the catalogue, which also names it as the consent tool.
  await search.fill("axeptio");
  await page.getByRole("option", { name: /^Axeptio —/ }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Axeptio ajouté aux destinataires/ })).toBeAttached();

  // The preview shows Stripe's transfer clause, built in the browser.
  const preview = page.getByTestId("apercu");
  await expect(preview.locator("#transferts")).toContainText("Stripe (États-Unis)");
  await expect(preview.locator("#transferts")).toContainText("décision d’adéquation du 10 juillet 2023");
  await expect(preview.locator("#cookies")).toContainText("Google Analytics");

  // Cookies: Google Analytics needs consent, collected by a consent banner.
  await goToStep(page, /Cookies/);
  await page.getByLabel("Outil de gestion du consentement").fill("Axeptio");

  // Droits et contact
  await goToStep(page, /Droits et contact/);
  await page.getByLabel("E-mail pour les questions de données personnelles").fill("vie-privee@pixelreve.fr");
  await waitSaved(page);

  // Follow every remaining blocking finding to the field that fixes it.
  for (let guard = 0; guard < 8 && (await blocking(page).count()) > 0; guard += 1) {
    const first = blocking(page).first();
    const text = (await first.textContent()) ?? "";
    await first.getByRole("button", { name: /^Corriger/ }).click();
    // Focus lands on the field once the step has rendered (a frame later): wait for it, don't sample.
    const focused = page.locator(":focus");
    await expect(focused, `finding « ${text} » should focus its field`).toHaveAttribute("id", /^champ-/);
    await expect(focused).toBeVisible();
    if (/<[^>]+>/.test(text)) {
      const value = await focused.inputValue();
      await focused.fill(value.replace(/<[^>]+>/g, "pixelreve"));
    } else {
      throw new Error(`Unexpected blocking finding: ${text}`);
    }
    await expect.poll(async () => (await blocking(page).allTextContents()).includes(text)).toBe(false);
  }
  await waitSaved(page);

  await goToStep(page, /Relecture/);
  await expect(page.getByText("Aucun point bloquant.")).toBeVisible();
  await expect(blocking(page)).toHaveCount(0);
  // What the template proposed is listed for review before publishing (P01).
  await expect(page.getByRole("button", { name: "Publier" })).toBeDisabled();
  await expect(page.locator("#publier-raison")).toContainText("Relisez les réponses proposées par le modèle");
  await page.getByLabel(/J’ai relu ces réponses dans l’aperçu/).check();
  await expect(page.getByRole("button", { name: "Publier" })).toBeEnabled();
  await expect(page.locator("#publier-raison")).toContainText("La version publiée est datée, numérotée et ne changera plus");
  await page.reload();
  await expect(page.getByText("Aucun point bloquant.")).toBeVisible();
});

test("an aborted save says the service is unavailable, keeps the input, and warns before leaving", async ({ page }) => {
  await signIn(page, uniqueEmail("reseau"));
  await createPolicy(page, AI_TEMPLATE);
  await page.route("**/policies/*/edit*", (route) => (route.request().method() === "POST" ? route.abort("failed") : route.continue()));
  const name = page.getByLabel("Dénomination sociale ou nom");
  await name.fill("Réseau Coupé SARL");
  const status = page.getByTestId("statut-enregistrement");
  await expect(status).toHaveAttribute("data-status", "retrying");
  await expect(status).toContainText("Service momentanément indisponible");
  await expect(name).toHaveValue("Réseau Coupé SARL");
  await expect(page.getByRole("button", { name: "Réessayer" })).toBeVisible();

  // Leaving now would lose the input: the browser asks first.
  let asked = false;
  page.once("dialog", (d) => {
    asked = d.type() === "beforeunload";
    void d.dismiss();
  });
  await page.close({ runBeforeUnload: true }).catch(() => {});
  await expect.poll(() => asked).toBe(true);
});

test("after a network failure, « Réessayer » saves what was typed", async ({ page }) => {
  await signIn(page, uniqueEmail("reprise"));
  await createPolicy(page, AI_TEMPLATE);
  let fail = true;
  await page.route("**/policies/*/edit*", (route) => (route.request().method() === "POST" && fail ? route.abort("failed") : route.continue()));
  await page.getByLabel("Dénomination sociale ou nom").fill("Réseau Revenu SAS");
  await expect(page.getByTestId("statut-enregistrement")).toHaveAttribute("data-status", "retrying");
  fail = false;
  await page.getByRole("button", { name: "Réessayer" }).click();
  await waitSaved(page);
  await page.reload();
  await expect(page.getByLabel("Dénomination sociale ou nom")).toHaveValue("Réseau Revenu SAS");
});

test("two pages on one draft: the stale page's save is refused with the conflict message, and nothing is overwritten", async ({ page, context }) => {
  await signIn(page, uniqueEmail("onglets"));
  await createPolicy(page, AI_TEMPLATE);
  const second = await context.newPage();
  await second.goto(page.url());
  await page.getByLabel("Dénomination sociale ou nom").fill("Premier Onglet SAS");
  await waitSaved(page);
  await second.getByLabel("Dénomination sociale ou nom").fill("Second Onglet SAS");
  await expect(second.getByTestId("statut-enregistrement")).toHaveAttribute("data-status", "conflict");
  await expect(second.getByRole("alert").filter({ hasText: "Ce brouillon a été modifié ailleurs" })).toBeVisible();
  await expect(second.getByLabel("Dénomination sociale ou nom")).toHaveValue("Second Onglet SAS");
  second.once("dialog", (d) => void d.accept());
  await second.getByRole("button", { name: "Recharger le brouillon" }).click();
  await expect(second.getByLabel("Dénomination sociale ou nom")).toHaveValue("Premier Onglet SAS");
});

test("another user's policy: the page is a 404 and a save aimed at it is refused as « introuvable », changing nothing", async ({ page, browser }) => {
  await signIn(page, uniqueEmail("victime"));
  const victimId = await createPolicy(page, AI_TEMPLATE);
  await page.getByLabel("Dénomination sociale ou nom").fill("Victime SAS");
  await waitSaved(page);

  const ctx = await browser.newContext();
  const intruder = await ctx.newPage();
  await signIn(intruder, uniqueEmail("attaquant"));
  expect((await intruder.goto(`/policies/${victimId}/edit`))?.status()).toBe(404);
  const ownId = await createPolicy(intruder, AI_TEMPLATE);
  // Rewrite the intruder's own save so that it targets the victim's policy.
  await intruder.route("**/policies/*/edit*", async (route) => {
    const req = route.request();
    if (req.method() !== "POST" || !req.postData()?.includes(ownId)) return route.continue();
    await route.continue({ postData: req.postData()!.replaceAll(ownId, victimId) });
  });
  await intruder.getByLabel("Dénomination sociale ou nom").fill("Écrasée");
  await expect(intruder.getByTestId("statut-enregistrement")).toHaveAttribute("data-status", "gone");
  await ctx.close();

  await page.reload();
  await expect(page.getByLabel("Dénomination sociale ou nom")).toHaveValue("Victime SAS");
});

test("typing without a pause is saved along the way: the debounce never defers a save more than 5 s after the first unsent keystroke", async ({ page }) => {
  await signIn(page, uniqueEmail("sans-pause"));
  await createPolicy(page, AI_TEMPLATE);
  const saves: number[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && r.headers()["next-action"]) saves.push(Date.now());
  });
  const name = page.getByLabel("Dénomination sociale ou nom");
  await name.click();
  const started = Date.now();
  // 45 characters, one every 180 ms: never the 1 s pause the debounce waits for.
  await name.pressSequentially("Boulangerie du Marché Couvert des Halles SARL", { delay: 180 });
  const ended = Date.now();
  expect(ended - started).toBeGreaterThan(7000);
  expect(saves.filter((t) => t < ended).length, "saves sent while typing").toBeGreaterThanOrEqual(1);
  expect(saves[0]! - started).toBeLessThan(6500);
  await waitSaved(page);
  await page.reload();
  await expect(page.getByLabel("Dénomination sociale ou nom")).toHaveValue("Boulangerie du Marché Couvert des Halles SARL");
});
