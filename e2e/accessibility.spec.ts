import { expect, test } from "@playwright/test";
import { createPolicy, expectNoAxeViolations, signIn, uniqueEmail } from "./helpers";

test("axe-core finds no violation on the landing page", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
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
