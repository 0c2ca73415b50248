import { expect, test } from "@playwright/test";
import { createPolicy, expectNoAxeViolations, signIn, uniqueEmail } from "./helpers";

test("axe-core finds no violation on the landing page, at 1280 and 375 px; it runs no script and leads to sign-in", async ({ page }) => {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Votre politique de confidentialité, conforme au RGPD et au droit français." })).toBeVisible();
    await expectNoAxeViolations(page);
  }
  expect(await page.locator("script").count()).toBe(0);
  await expect(page.getByRole("heading", { level: 2, name: "Ce que les modèles et les chatbots oublient" })).toBeVisible();
  await page.getByRole("link", { name: "Rédiger ma politique" }).click();
  await expect(page).toHaveURL(/\/connexion$/);
});

test("axe-core finds no violation on the sign-in pages, with and without an error shown", async ({ page }) => {
  await page.goto("/connexion");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Recevoir un lien de connexion" }).click();
  await expect(page.getByText("Indiquez votre adresse e-mail.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/connexion/verifier?email=a%40exemple.fr");
  await expectNoAxeViolations(page);
  await page.goto("/connexion/erreur?error=Verification");
  await expectNoAxeViolations(page);
});

test("axe-core finds no violation on the dashboard, empty and with a policy, nor on the 404 and outbox pages", async ({ page }) => {
  await signIn(page, uniqueEmail("axe"));
  await expectNoAxeViolations(page);
  await page.goto("/policies/nouvelle");
  await expectNoAxeViolations(page);
  await createPolicy(page);
  await page.goto("/policies");
  await expectNoAxeViolations(page);
  await page.goto("/boite-mail");
  await expectNoAxeViolations(page);
  await page.goto("/introuvable");
  await expectNoAxeViolations(page);
});

test("the sign-in form is usable with the keyboard alone", async ({ page }) => {
  await page.goto("/connexion");
  let reached = false;
  for (let i = 0; i < 6 && !reached; i += 1) {
    await page.keyboard.press("Tab");
    reached = await page.evaluate(() => document.activeElement?.id === "email");
  }
  expect(reached).toBe(true);
  await page.keyboard.type(uniqueEmail("clavier"));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Vérifiez votre boîte mail" })).toBeVisible();
});

for (const width of [1280, 375]) {
  test(`axe-core finds no violation on any wizard step at ${width} px`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width, height: 900 });
    await signIn(page, uniqueEmail(`axe-${width}`));
    const id = await createPolicy(page, "Outil d’intelligence artificielle");
    for (const step of ["entreprise", "service", "donnees", "finalites", "destinataires", "cookies", "droits", "relecture"]) {
      await page.goto(`/policies/${id}/edit?step=${step}`);
      await expect(page.locator("#etape-titre")).toBeVisible();
      // Open every card so the fields inside are audited too.
      await page.locator("details").evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      await expectNoAxeViolations(page);
    }
    if (width === 375) {
      await page.getByRole("button", { name: "Voir l’aperçu et la conformité" }).click();
      await expect(page.getByTestId("apercu")).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });
}
