import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { createPolicy, expectNoAxeViolations, fillEssentials, publish, signIn, uniqueEmail } from "./helpers";

// Our own users' rights: export everything, delete the account through an e-mailed link, and the
// product's own privacy policy at /confidentialite.

test("a user downloads all their data, deletes their account from the e-mailed link, is signed out, and their public page answers 410", async ({ page, playwright }) => {
  test.setTimeout(120_000);
  const email = uniqueEmail("droits");
  await signIn(page, email);
  await createPolicy(page, "Site vitrine");
  await fillEssentials(page);
  const publicPath = await publish(page, "Avant suppression");
  const slug = publicPath.split("/")[2]!;
  await createPolicy(page); // a draft never published

  // « Mon compte », from the header.
  await page.goto("/policies");
  await page.getByRole("navigation", { name: "Espace personnel" }).getByRole("link", { name: "Mon compte" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mon compte" })).toBeVisible();
  await expect(page.getByText(email, { exact: true }).last()).toBeVisible();
  await expectNoAxeViolations(page);

  // The export: a ZIP with the account, both policies, the version as JSON and Markdown.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Télécharger mes données" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^clairement-donnees-\d{4}-\d{2}-\d{2}\.zip$/);
  const files = unzipSync(readFileSync((await download.path())!));
  const names = Object.keys(files);
  expect(names).toEqual(expect.arrayContaining(["LISEZMOI.txt", "compte.json", `politiques/${slug}/brouillon.json`, `politiques/${slug}/versions/v1.json`, `politiques/${slug}/versions/v1.md`]));
  expect(names.filter((n) => n.endsWith("/brouillon.json"))).toHaveLength(2);
  expect(JSON.parse(strFromU8(files["compte.json"]!))).toMatchObject({ email });
  expect(JSON.parse(strFromU8(files[`politiques/${slug}/versions/v1.json`]!))).toMatchObject({ numero: 1, note: "Avant suppression" });
  expect(strFromU8(files[`politiques/${slug}/versions/v1.md`]!)).toContain("# Politique de confidentialité");

  // Signed out, the export is refused: the sign-in page instead.
  const anonymous = await playwright.request.newContext({ baseURL: new URL(page.url()).origin });
  const refused = await anonymous.get("/compte/export", { maxRedirects: 0 });
  expect(refused.status()).toBe(307);
  expect(refused.headers()["location"]).toMatch(/\/connexion\?callbackUrl=%2Fcompte$/);

  // Deletion: the box must be ticked, then a link is e-mailed; nothing is deleted yet.
  await page.getByRole("button", { name: "Supprimer mon compte" }).click();
  await expect(page).toHaveURL(/\/compte$/);
  await page.getByLabel("J’ai compris que la suppression de mon compte est définitive.").check();
  await page.getByRole("button", { name: "Supprimer mon compte" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Un e-mail de confirmation a été envoyé à ${email}` })).toBeVisible();
  await expectNoAxeViolations(page);
  expect((await anonymous.get(publicPath)).status()).toBe(200);

  await page.goto("/boite-mail");
  const link = page.getByRole("link", { name: `Ouvrir le lien de suppression du compte pour ${email}` });
  const deletionUrl = (await link.getAttribute("href"))!;
  await link.click();
  await expect(page.getByRole("heading", { name: "Supprimer définitivement mon compte" })).toBeVisible();
  await expect(page.getByText("Votre politique publiée est retirée", { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Supprimer définitivement mon compte" }).click();
  await expect(page.getByRole("heading", { name: "Compte supprimé" })).toBeVisible();
  await expect(page).toHaveURL(/\/compte\/suppression\/terminee$/);

  // Signed out everywhere; the public page is withdrawn.
  await page.goto("/policies");
  await expect(page).toHaveURL(/\/connexion/);
  expect((await anonymous.get(publicPath)).status()).toBe(410);
  await anonymous.dispose();

  // Signing in again with the same address opens a new, empty account; the old link is dead.
  await signIn(page, email);
  await expect(page.getByRole("heading", { name: "Aucune politique pour l’instant" })).toBeVisible();
  await page.goto(deletionUrl);
  await expect(page.getByRole("heading", { name: "Lien de suppression invalide" })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "Ce lien de suppression a expiré" })).toContainText("Rien n’a été supprimé.");
  await expectNoAxeViolations(page);
});

test("/confidentialite: our own policy, readable with JavaScript off, linked from the landing and sign-in pages, no axe violation", async ({ browser, page }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const visitor = await ctx.newPage();
  const res = await visitor.goto("/confidentialite");
  expect(res?.status()).toBe(200);
  await expect(visitor.getByRole("heading", { level: 1, name: "Politique de confidentialité" })).toBeVisible();
  await expect(visitor.getByText(/^Clairement SAS · Version \d+ · Dernière mise à jour/)).toBeVisible();
  await expect(visitor.getByText("__Secure-next-auth.session-token", { exact: true })).toBeVisible();
  expect(await visitor.locator("script").count()).toBe(0);
  for (const path of ["/", "/connexion"]) {
    await visitor.goto(path);
    await expect(visitor.getByRole("link", { name: "Politique de confidentialité" })).toHaveAttribute("href", "/confidentialite");
  }
  await ctx.close();

  await page.goto("/confidentialite");
  await expectNoAxeViolations(page);
});
