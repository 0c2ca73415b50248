import { expect, test } from "@playwright/test";
import { createPolicy, signIn, uniqueEmail } from "./helpers";

test("the dashboard renames, duplicates and deletes a policy (after confirmation), showing status and score", async ({ page }) => {
  await signIn(page, uniqueEmail("tableau"));
  await createPolicy(page, "Site vitrine");
  await page.goto("/policies");
  const rows = page.getByRole("list", { name: "Politiques" }).getByRole("listitem");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(/Brouillon · modifiée le .* · score \d+\/100/);

  await page.getByRole("button", { name: "Renommer « Politique — Site vitrine »" }).click();
  const title = page.getByRole("dialog").getByLabel("Titre");
  await title.fill("   ");
  await page.getByRole("dialog").getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("dialog").getByText("Indiquez un titre.")).toBeVisible();
  await title.fill("Site de l’atelier");
  await page.getByRole("dialog").getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("link", { name: "Site de l’atelier", exact: true })).toBeVisible();

  await page.getByRole("button", { name: "Dupliquer « Site de l’atelier »" }).click();
  await expect(page.getByRole("link", { name: "Copie de Site de l’atelier", exact: true })).toBeVisible();
  await expect(rows).toHaveCount(2);

  await page.getByRole("button", { name: "Supprimer « Copie de Site de l’atelier »" }).click();
  const confirm = page.getByRole("dialog", { name: "Supprimer « Copie de Site de l’atelier » ?" });
  await confirm.getByRole("button", { name: "Annuler" }).click();
  await expect(rows).toHaveCount(2);
  await page.getByRole("button", { name: "Supprimer « Copie de Site de l’atelier »" }).click();
  await confirm.getByRole("button", { name: "Supprimer définitivement du tableau de bord" }).click();
  await expect(rows).toHaveCount(1);
  await expect(page.getByRole("link", { name: "Copie de Site de l’atelier", exact: true })).toHaveCount(0);
});

test("a malformed answer shows a French error beside its field and « Suivant » moves focus to it", async ({ page }) => {
  await signIn(page, uniqueEmail("erreur"));
  await createPolicy(page, "Site vitrine");
  const email = page.getByLabel("E-mail de contact");
  await email.fill("contact@");
  await page.getByLabel("Ville").focus();
  await page.getByRole("button", { name: "Suivant" }).click();
  await expect(page).not.toHaveURL(/step=service/);
  await expect(email).toBeFocused();
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("[id='champ-controller.email-erreur']")).toHaveText("Adresse e-mail invalide.");
  await expect(page.getByTestId("statut-enregistrement")).toHaveAttribute("data-status", "invalid");
  await email.fill("contact@atelier.fr");
  await expect(page.getByTestId("statut-enregistrement")).toHaveAttribute("data-status", "saved", { timeout: 10_000 });
  await page.getByRole("button", { name: "Suivant" }).click();
  await expect(page).toHaveURL(/step=service/);
});
