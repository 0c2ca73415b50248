import { expect, test, type Page } from "@playwright/test";
import { createPolicy, signIn, uniqueEmail, withE2eDatabase } from "./helpers";

const LABEL = "Rechercher un prestataire (Stripe, Brevo, OpenAI…)";

async function openRecipients(page: Page, label: string): Promise<string> {
  await signIn(page, uniqueEmail(label));
  const id = await createPolicy(page);
  await page.goto(`/policies/${id}/edit?step=destinataires`);
  // The wizard focuses the step's heading once hydrated: type only after that, or the focus moves away mid-typing.
  await expect(page.getByRole("heading", { level: 2, name: "Destinataires" })).toBeFocused();
  return id;
}

async function waitSaved(page: Page) {
  await expect(page.getByTestId("statut-enregistrement")).toHaveAttribute("data-status", "saved", { timeout: 10_000 });
}

test("the catalogue search is a combobox: ArrowDown then Enter adds GA4 with its 2 cookies, never submits the step, and keeps the focus", async ({ page }) => {
  test.setTimeout(90_000);
  await openRecipients(page, "combobox");
  const search = page.getByRole("combobox", { name: LABEL });
  await expect(search).toHaveAttribute("aria-expanded", "false");
  const listboxId = await search.getAttribute("aria-controls");
  expect(listboxId).toBeTruthy();

  await search.fill("GA4");
  const listbox = page.getByRole("listbox", { name: "Prestataires du catalogue" });
  await expect(listbox).toBeVisible();
  await expect(listbox).toHaveAttribute("id", listboxId!);
  await expect(search).toHaveAttribute("aria-expanded", "true");
  await expect(listbox.getByRole("option")).toHaveCount(1);
  await expect(page.getByTestId("catalogue-resultats")).toHaveText("1 prestataire trouvé.");

  // Tap targets: at least 44 px high.
  expect((await search.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  expect((await listbox.getByRole("option").first().boundingBox())!.height).toBeGreaterThanOrEqual(44);

  await search.press("ArrowDown");
  const option = listbox.getByRole("option", { name: /^Google Analytics 4 —/ });
  await expect(option).toHaveAttribute("aria-selected", "true");
  await expect(search).toHaveAttribute("aria-activedescendant", (await option.getAttribute("id"))!);

  await search.press("Enter");
  await expect(page.getByTestId("catalogue-annonce")).toHaveText("Google Analytics 4 ajouté aux destinataires avec 2 cookies.");
  await expect(page).toHaveURL(/step=destinataires/);
  await expect(search).toBeFocused();
  await expect(search).toHaveValue("");
  await expect(search).toHaveAttribute("aria-expanded", "false");
  await expect(page.locator("summary", { hasText: /^Google Analytics 4/ })).toBeVisible();

  // The cookie table of the preview lists GA4's cookies, as the policy says it does.
  const preview = page.getByTestId("apercu");
  await expect(preview.locator("#cookies")).toContainText("_ga_*");

  // The purpose suggestion is derived from the answers: it survives a reload.
  const suggestion = page.getByRole("list", { name: "Finalités suggérées" }).getByRole("listitem").filter({ hasText: "Google Analytics 4" });
  await expect(suggestion).toContainText("sert d’ordinaire à");
  await waitSaved(page);
  await page.reload();
  await expect(suggestion).toBeVisible();
  await suggestion.getByRole("button", { name: "Ajouter ces finalités" }).click();
  await expect(suggestion).toHaveCount(0);
  await expect(page.getByTestId("catalogue-annonce")).toContainText("1 finalité ajoutée");
  await expect(page.getByRole("combobox", { name: LABEL })).toBeFocused();
});

test("ArrowUp wraps to the last option, Escape closes then clears, Enter with no active option submits nothing", async ({ page }) => {
  await openRecipients(page, "clavier");
  const search = page.getByRole("combobox", { name: LABEL });
  const listbox = page.getByRole("listbox", { name: "Prestataires du catalogue" });
  await search.fill("google");
  const options = listbox.getByRole("option");
  const count = await options.count();
  expect(count).toBeGreaterThan(2);
  await expect(page.getByTestId("catalogue-resultats")).toHaveText(`${count - 1} prestataires trouvés.`);
  await expect(options.last()).toHaveText("Ajouter « google » à la main");

  await search.press("ArrowUp");
  await expect(options.last()).toHaveAttribute("aria-selected", "true");
  await search.press("ArrowDown");
  await expect(options.first()).toHaveAttribute("aria-selected", "true");
  await expect(options.last()).toHaveAttribute("aria-selected", "false");

  await search.press("Escape");
  await expect(search).toHaveAttribute("aria-expanded", "false");
  await expect(listbox).toBeHidden();
  await expect(search).toHaveValue("google");
  await search.press("Escape");
  await expect(search).toHaveValue("");

  const recipients = await page.locator("summary").count();
  await search.fill("strip");
  await search.press("Enter");
  await expect(page).toHaveURL(/step=destinataires/);
  await expect(search).toBeFocused();
  await expect(page.locator("summary")).toHaveCount(recipients);
});

test("a click on an option adds it and leaves the focus in the search field", async ({ page }) => {
  await openRecipients(page, "clic");
  const search = page.getByRole("combobox", { name: LABEL });
  await search.fill("clerk");
  await page.getByRole("option", { name: /^Clerk —/ }).click();
  await expect(page.getByTestId("catalogue-annonce")).toHaveText("Clerk ajouté aux destinataires avec 3 cookies.");
  await expect(search).toBeFocused();
  await search.fill("clerk");
  await page.getByRole("option", { name: /^Clerk —/ }).click();
  await expect(page.getByTestId("catalogue-annonce")).toHaveText("Clerk figure déjà parmi les destinataires.");
});

test("a vendor the catalogue lacks is added by hand, by name, without a catalogueId", async ({ page }) => {
  const id = await openRecipients(page, "main");
  const search = page.getByRole("combobox", { name: LABEL });
  await search.fill("Ma Compta Locale");
  await expect(page.getByTestId("catalogue-resultats")).toHaveText("Aucun prestataire trouvé : vous pouvez ajouter « Ma Compta Locale » à la main.");
  await search.press("ArrowDown");
  await expect(page.getByRole("option", { name: "Ajouter « Ma Compta Locale » à la main" })).toHaveAttribute("aria-selected", "true");
  await search.press("Enter");
  await expect(page.getByTestId("catalogue-annonce")).toContainText("« Ma Compta Locale » ajouté aux destinataires à la main");
  await expect(search).toBeFocused();
  await expect(page.locator("summary", { hasText: /^Ma Compta Locale/ })).toBeVisible();
  await waitSaved(page);

  const recipient = await withE2eDatabase(async (db) => {
    const { rows } = await db.query<{ draft: { recipients: Record<string, unknown>[] } }>(`SELECT draft FROM "Policy" WHERE id = $1`, [id]);
    return rows[0]!.draft.recipients.find((r) => r.name === "Ma Compta Locale");
  });
  expect(recipient).toMatchObject({ id: "ma-compta-locale", name: "Ma Compta Locale" });
  expect(recipient && "catalogueId" in recipient && recipient.catalogueId !== undefined).toBe(false);
});

test("software installed on the site's own hosting brings its cookies and no recipient (Matomo auto-hébergé)", async ({ page }) => {
  await openRecipients(page, "auto-heberge");
  const recipients = await page.locator("summary").count();
  const search = page.getByRole("combobox", { name: LABEL });
  await search.fill("Matomo auto-hébergé");
  await page.getByRole("option", { name: /^Matomo On-Premise/ }).click();
  await expect(page.getByTestId("catalogue-annonce")).toHaveText(
    "Matomo On-Premise (auto-hébergé)\u00a0: 2 cookies ajoutés à l’étape Cookies\u202f; installé sur votre hébergement, il n’ajoute pas de destinataire.",
  );
  await expect(search).toBeFocused();
  await expect(page.locator("summary")).toHaveCount(recipients);
  await expect(page.getByTestId("apercu").locator("#cookies")).toContainText("_pk_id.*");
});

test("a catalogue fact « à vérifier » is cleared from its field: « C'est vérifié », or the founder's own edit, removes the panel's item", async ({ page }) => {
  test.setTimeout(90_000);
  // Google Analytics 4's data locations and transfer safeguard are marked « à vérifier » in the catalogue.
  await openRecipients(page, "a-verifier");
  const search = page.getByRole("combobox", { name: LABEL });
  await search.fill("GA4");
  await search.press("ArrowDown");
  await search.press("Enter");
  await expect(page.getByTestId("catalogue-annonce")).toContainText("Google Analytics 4 ajouté");
  const card = page.locator("details", { has: page.locator("summary", { hasText: /^Google Analytics 4/ }) });
  await card.locator("summary").first().click();
  const note = card.getByText("Le catalogue n’est pas sûr de « Pays de traitement des données »");
  await expect(note).toBeVisible();
  const panel = page.getByRole("region", { name: "Conformité" });
  const panelItem = panel.locator("li", { hasText: "Information du catalogue à vérifier pour Google Analytics 4 : pays de traitement des données" });
  await panel.getByText(/informations? à vérifier/).click();
  await expect(panelItem).toHaveCount(1);
  await card.getByRole("button", { name: "C’est vérifié : « Pays de traitement des données »" }).click();
  await expect(note).toHaveCount(0);
  await expect(panelItem).toHaveCount(0);
  await waitSaved(page);
  await page.reload();
  await expect(panel.locator("li", { hasText: "Information du catalogue à vérifier pour Google Analytics 4 : pays de traitement des données" })).toHaveCount(0);
  // Editing a fact oneself also makes it one's own: the transfer safeguard's item goes when the select is changed.
  await card.locator("summary").first().click();
  const mechanism = card.getByLabel("Encadrement des transferts");
  await expect(card.getByText("Le catalogue n’est pas sûr de « Encadrement des transferts »")).toBeVisible();
  // A keyboard change is the founder's own (a trusted event; a value set by script is not).
  await mechanism.focus();
  await page.keyboard.press("ArrowDown");
  await expect(card.getByText("Le catalogue n’est pas sûr de « Encadrement des transferts »")).toHaveCount(0);
  // The doubts about the cookies it sets have no field on the card: the card says so, and « C'est vérifié » clears them.
  const cookiesItem = panel.locator("li", { hasText: "Information du catalogue à vérifier pour Google Analytics 4 : cookies déposés" });
  await panel.getByText(/informations? à vérifier/).click();
  await expect(cookiesItem.first()).toBeVisible();
  await card.getByRole("button", { name: "C’est vérifié : cookies de « Google Analytics 4 »" }).click();
  await expect(cookiesItem).toHaveCount(0);
});
