import { expect, test } from "@playwright/test";
import { Founder, blockingCount, blockingFindings, createPolicy, goToStep, signIn, uniqueEmail, waitSaved } from "./helpers";

/**
 * Every template on « Nouvelle politique » is a short path to a publishable policy: the founder fills
 * only what a template cannot know (identity, contacts, the service's name and address), reviews what
 * the template proposed (P01) in one tick, and publishes. The counts are printed (they go in the README)
 * and bounded, so that a template which starts asking for more is noticed.
 */
const TEMPLATES: { kind: string; label: string; proposals: number }[] = [
  // `proposals`: what each template proposes (P01) and the founder reviews at publication, as measured
  // on 29 November 2026; a template that proposes more fails here until the number is raised on purpose.
  { kind: "saas", label: "Logiciel en ligne (SaaS)", proposals: 33 },
  { kind: "ai_tool", label: "Outil d’intelligence artificielle", proposals: 34 },
  { kind: "ecommerce", label: "Boutique en ligne", proposals: 43 },
  { kind: "mobile_app", label: "Application mobile", proposals: 29 },
  { kind: "marketplace", label: "Place de marché", proposals: 32 },
  { kind: "b2b_agency", label: "Studio ou agence B2B", proposals: 37 },
  { kind: "brochure", label: "Site vitrine", proposals: 14 },
  { kind: "content_coaching", label: "Contenus ou coaching en ligne", proposals: 31 },
];

/** Answers the founder types (identity 7, service 2), measured on every template: none asks for more. */
const MAX_FIELDS = 9;

test.describe.configure({ mode: "parallel" });

for (const { kind, label, proposals: maxProposals } of TEMPLATES) {
  test(`template « ${label} »: identity, contacts and the service's name and address are enough to publish`, async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, uniqueEmail(`modele-${kind}`));
    await createPolicy(page, label);
    const founder = new Founder(page);
    await expect(page.getByRole("heading", { level: 2, name: "Entreprise" })).toBeVisible();

    // Entreprise: who the founder is. Nothing a template can know.
    await founder.fill("Dénomination sociale ou nom", "Atelier Nuage SAS");
    await founder.fill("Forme juridique", "société par actions simplifiée");
    await founder.fill("Immatriculation", "RCS Rennes 901 234 567");
    await founder.fill("Adresse", "3 rue de la Monnaie");
    await founder.fill("Code postal", "35000");
    await founder.fill("Ville", "Rennes");
    await founder.fill("E-mail de contact", "bonjour@atelier-nuage.fr");

    // Service: its name and its address.
    await goToStep(page, /Service/);
    await founder.fill("Nom du service", "Atelier Nuage");
    await page.getByRole("button", { name: "Ajouter", exact: true }).click();
    await founder.fill("Adresses du service 1", "https://atelier-nuage.fr");

    // Droits et contact: the privacy address follows the contact address, nothing to type.
    await goToStep(page, /Droits et contact/);
    await expect(page.getByLabel("E-mail pour les questions de données personnelles")).toHaveValue("bonjour@atelier-nuage.fr");
    await waitSaved(page);

    await goToStep(page, /Relecture/);
    await expect.poll(() => blockingCount(page), { message: `blocking findings left on « ${label} »` }).toBe(0);
    expect(await blockingFindings(page)).toEqual([]);
    const publishButton = page.getByRole("button", { name: "Publier" });
    const proposals = page.getByRole("list", { name: "Réponses proposées par le modèle, non confirmées" }).getByRole("listitem");
    const proposed = await proposals.count();
    if (proposed > 0) {
      await expect(publishButton).toBeDisabled();
      await founder.check(/J’ai relu ces réponses dans l’aperçu/);
    }
    await expect(publishButton).toBeEnabled();
    const typed = founder.fills - (proposed > 0 ? 1 : 0);
    console.log(`| ${label} | ${typed} | ${proposed > 0 ? 1 : 0} | ${proposed} |`);

    await publishButton.click();
    const link = page.getByRole("link", { name: "Voir la page publique" });
    await expect(link).toBeVisible();
    const publicPath = (await link.getAttribute("href"))!.replace(/\/v\/\d+$/, ""); // the version's page → the address
    const res = await page.goto(publicPath);
    expect(res?.status()).toBe(200);
    await expect(page.getByText(/Version 1 · Dernière mise à jour/)).toBeVisible();
    await expect(page.getByText("Atelier Nuage SAS").first()).toBeVisible();

    expect(typed, founder.log.join("\n")).toBeLessThanOrEqual(MAX_FIELDS);
    expect(proposed).toBeGreaterThan(0);
    expect(proposed).toBeLessThanOrEqual(maxProposals);
  });
}
