import { expect, test, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { Founder, blockingCount, blockingFindings, createPolicy, goToStep, publishedText, reviewAndPublish, signIn, uniqueEmail, waitSaved } from "./helpers";

/**
 * Journeys, not screens: businesses of /work/shared/personas.md built through the interface only, from a
 * template, up to a second published version honouring the promised notice, then read as a privacy lawyer
 * would: the published text must state what the founder said and nothing they never said.
 */

const SEARCH = "Rechercher un prestataire (Stripe, Brevo, OpenAI…)";

/** A card (purpose, recipient, tracker…) by the start of its title. */
function card(page: Page, title: string | RegExp): Locator {
  const start = typeof title === "string" ? new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) : title;
  return page.locator("details", { has: page.locator(":scope > summary", { hasText: start }) });
}

async function openCard(page: Page, title: string | RegExp): Promise<Locator> {
  const c = card(page, title);
  await expect(c).toHaveCount(1);
  if ((await c.getAttribute("open")) === null) await c.locator(":scope > summary").click();
  await expect(c).toHaveAttribute("open", "");
  // By its id from now on: renaming the item changes its title.
  return page.locator(`details[id='${await c.getAttribute("id")}']`);
}

/** Removes a card; when its cookies are asked about, answers `cookies`. */
async function removeCard(page: Page, title: string | RegExp, cookies: "Supprimer avec ses cookies" | "Garder les cookies" = "Supprimer avec ses cookies"): Promise<void> {
  const c = await openCard(page, title);
  await c.getByRole("button", { name: "Supprimer", exact: true }).click();
  const ask = c.getByRole("alertdialog");
  if (await ask.isVisible().catch(() => false)) await ask.getByRole("button", { name: cookies }).click();
  await expect(card(page, title)).toHaveCount(0);
}

function catalogueOptions(page: Page): Locator {
  return page.getByRole("listbox", { name: "Prestataires du catalogue" }).getByRole("option");
}

/** Picks a catalogue entry by what the founder types; returns the announcement. */
async function addFromCatalogue(page: Page, typed: string, option: RegExp): Promise<string> {
  const search = page.getByRole("combobox", { name: SEARCH });
  await search.fill(typed);
  await catalogueOptions(page).filter({ hasText: option }).first().click();
  const announce = page.getByTestId("catalogue-annonce");
  await expect(announce).not.toHaveText("");
  return (await announce.textContent()) ?? "";
}

/** Adds a vendor the catalogue lacks, by hand, and fills its company (and country) in its card. */
async function addByHand(page: Page, founder: Founder, name: string, company: string, country?: string): Promise<Locator> {
  const search = page.getByRole("combobox", { name: SEARCH });
  await search.fill(name);
  await catalogueOptions(page).filter({ hasText: `Ajouter « ${name} » à la main` }).click();
  await expect(page.getByTestId("catalogue-annonce")).toContainText(`« ${name} » ajouté aux destinataires à la main`);
  const c = await openCard(page, name);
  await c.getByLabel("Société", { exact: true }).fill(company);
  founder.count(`${name}: Société`);
  if (country) {
    await c.getByLabel("Pays de la société", { exact: true }).selectOption({ label: country });
    founder.count(`${name}: Pays`);
  }
  return c;
}

/** « Ajouter une finalité », then its type and its name. */
async function addPurposeByHand(page: Page, founder: Founder, type: string, label?: string): Promise<Locator> {
  const before = await page.locator("details[id^='champ-purposes.']").count();
  await page.getByRole("button", { name: "Ajouter une finalité" }).click();
  const c = page.locator(`details[id='champ-purposes.${before}']`);
  await expect(c).toHaveAttribute("open", "");
  await c.getByLabel("Type de finalité").selectOption({ label: type });
  founder.count(`finalité: type ${type}`);
  if (label) {
    await c.getByLabel("Finalité", { exact: true }).fill(label);
    founder.count(`finalité: ${label}`);
  }
  return c;
}

/** « Ajouter un cookie ou traceur », filled in. */
async function addCookieByHand(page: Page, founder: Founder, t: { name: string; provider: string; purpose: string; lifetime: string; category: string; recipient?: string }): Promise<void> {
  const before = await page.locator("details[id^='champ-cookies.trackers.']").count();
  await page.getByRole("button", { name: "Ajouter un cookie ou traceur" }).click();
  const c = page.locator(`details[id='champ-cookies.trackers.${before}']`);
  await expect(c).toHaveAttribute("open", "");
  await c.getByLabel("Nom du cookie ou traceur").fill(t.name);
  await c.getByLabel("Émetteur").fill(t.provider);
  await c.getByLabel("Finalité", { exact: true }).fill(t.purpose);
  await c.getByLabel("Durée de vie").fill(t.lifetime);
  await c.getByLabel("Catégorie").selectOption({ label: t.category });
  founder.count(`cookie ${t.name} (5 champs)`);
  founder.fills += 4;
  // « Destinataire lié » offers the draft's recipients by name (schema: optionsFrom recipients).
  if (t.recipient) {
    await c.getByLabel("Destinataire lié").selectOption({ label: t.recipient });
    founder.fills += 1;
  }
}

/** Ticks a kind of data: the categories declared at the Données step come first, the others behind « Autres catégories ». */
async function tickData(group: Locator, label: string | RegExp): Promise<void> {
  const box = group.getByLabel(label).first();
  if (!(await box.isVisible())) await group.getByText(/^Autres catégories/).first().click();
  await box.check();
}

/** The identity step, as the founder types it. */
async function fillIdentity(page: Page, founder: Founder, id: { name: string; form?: string; registration?: string; street?: string; postalCode?: string; city?: string; email: string; kind?: string }): Promise<void> {
  await expect(page.getByRole("heading", { level: 2, name: "Entreprise" })).toBeVisible();
  if (id.kind) await founder.select("Qui édite le service ?", { label: id.kind });
  await founder.fill("Dénomination sociale ou nom", id.name);
  if (id.form) await founder.fill("Forme juridique", id.form);
  if (id.registration) await founder.fill("Immatriculation", id.registration);
  if (id.street) await founder.fill("Adresse", id.street);
  if (id.postalCode) await founder.fill("Code postal", id.postalCode);
  if (id.city) await founder.fill("Ville", id.city);
  await founder.fill("E-mail de contact", id.email);
}

async function fillService(page: Page, founder: Founder, s: { name: string; url: string; description?: string }): Promise<void> {
  await goToStep(page, /Service/);
  await founder.fill("Nom du service", s.name);
  if (s.description) await founder.fill("Présentation du service", s.description);
  await page.getByRole("button", { name: "Ajouter", exact: true }).click();
  await founder.fill("Adresses du service 1", s.url);
}

/**
 * Relecture → Publier. Returns the public path and the effective date the form proposed. `notice`: the
 * change is substantial, so the default date must be the end of the notice (today + 1 month), kept.
 */
async function publishHere(page: Page, options: { notice?: boolean; note?: string } = {}): Promise<{ path: string; date: string }> {
  await goToStep(page, /Relecture/);
  await expect.poll(async () => ({ blocking: await blockingCount(page), findings: await blockingFindings(page) })).toEqual({ blocking: 0, findings: [] });
  const date = page.locator("#date-effet");
  const today = (await date.getAttribute("min"))!;
  if (options.notice) {
    const [y, m, d] = today.split("-").map(Number) as [number, number, number];
    const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
    const expected = `${m === 12 ? y + 1 : y}-${String((m % 12) + 1).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
    await expect(date).toHaveValue(expected);
    await expect(page.locator("#date-effet-aide")).toContainText(/^Modification substantielle \(.+\)\u00a0: la politique promet un préavis d’un mois\u202f; entrée en vigueur au plus tôt le /);
  } else {
    await expect(date).toHaveValue(today);
  }
  if (options.note) await page.getByLabel("Note de version (facultative)").fill(options.note);
  const proposed = await date.inputValue();
  return { path: await reviewAndPublish(page), date: proposed };
}

/** v1 and v2 exist: the diff names the change, the PDF of v1 is a PDF, the hosted page answers. */
async function checkPublicPages(request: APIRequestContext, slug: string, change: RegExp): Promise<void> {
  const hosted = await request.get(`/p/${slug}`);
  expect(hosted.status()).toBe(200);
  const diff = await request.get(`/p/${slug}/diff/1/2`);
  expect(diff.status()).toBe(200);
  expect((await diff.text()).replace(/<[^>]+>/g, "")).toMatch(change);
  const pdf = await request.get(`/p/${slug}/v/1.pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
}

function report(name: string, founder: Founder, text: string): void {
  console.log(`[${name}] ${founder.fills} réponses saisies ; texte publié : ${text.length} caractères`);
}

/** A recipient's processing countries and transfer framing, in its card. */
async function setLocations(c: Locator, founder: Founder, countries: { uncheck?: string[]; check?: string[] }, mechanism?: string): Promise<void> {
  const group = c.getByRole("group", { name: "Pays de traitement des données" });
  for (const name of countries.uncheck ?? []) {
    await group.getByLabel(name, { exact: true }).uncheck();
    founder.count(`pays −${name}`);
  }
  for (const name of countries.check ?? []) {
    await group.getByLabel(name, { exact: true }).check();
    founder.count(`pays +${name}`);
  }
  if (mechanism) {
    await c.getByLabel("Encadrement des transferts", { exact: true }).selectOption({ label: mechanism });
    founder.count(`transfert ${mechanism}`);
  }
}

// ---------------------------------------------------------------------------------------------------
// 3. Fournil des Halles — a bakery on a phone: order online, pick up in the shop, no customer account.
// ---------------------------------------------------------------------------------------------------
test.describe("Fournil des Halles (boulangerie, sur téléphone)", () => {
  test.describe.configure({ mode: "serial" });
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  let slug = "";

  test("from the shop template to v2 with the notice, through the interface on a phone", async ({ page, request }) => {
    test.setTimeout(180_000);
    await signIn(page, uniqueEmail("fournil"));
    const id = await createPolicy(page, "Boutique en ligne");
    const founder = new Founder(page);
    await fillIdentity(page, founder, {
      name: "Fournil des Halles", form: "entreprise unipersonnelle à responsabilité limitée", registration: "RCS Annecy 913 456 789",
      street: "12 rue Royale", postalCode: "74000", city: "Annecy", email: "bonjour@fournil-des-halles.fr",
    });
    await fillService(page, founder, { name: "Fournil des Halles", url: "https://www.fournil-des-halles.fr", description: "Commande en ligne de pains et viennoiseries, à retirer en boutique." });
    await waitSaved(page);

    // Reload mid-way: the answers are still there.
    await page.reload();
    await expect(page.getByLabel("Nom du service")).toHaveValue("Fournil des Halles");
    await expect(page.getByLabel("Adresses du service 1", { exact: true })).toHaveValue("https://www.fournil-des-halles.fr");

    // Finalités: no customer account; no delivery; a newsletter by consent, no offers to customers.
    await goToStep(page, /Finalités/);
    await removeCard(page, "Création et gestion de votre compte");
    await removeCard(page, "Offres adressées à nos clients par e-mail");
    const orders = await openCard(page, "Gestion des commandes et des livraisons");
    await orders.getByLabel("Finalité", { exact: true }).fill("Gestion des commandes à retirer en boutique");
    founder.count("commandes: intitulé");

    // Destinataires: Wix and SumUp instead of Shopify, Stripe and PayPal; the map; the Instagram feed; the shop's
    // accountant, whom the catalogue cannot know, by hand.
    await goToStep(page, /Destinataires/);
    await removeCard(page, /^Shopify/);
    await removeCard(page, /^Stripe/);
    await removeCard(page, /^PayPal/);
    await removeCard(page, /^Axeptio/); // Wix has its own cookie banner
    expect(await addFromCatalogue(page, "Wix", /^Wix/)).toBe("Wix ajouté aux destinataires avec 5 cookies.");
    expect(await addFromCatalogue(page, "SumUp", /^SumUp/)).toBe("SumUp ajouté aux destinataires.");
    expect(await addFromCatalogue(page, "Google Maps", /^Google Maps/)).toMatch(/^Google Maps .* ajouté aux destinataires avec 1 cookie\./);
    // « Instagram » is the embedded feed, not Meta's advertising pixel (the feed on the home page is not that).
    await page.getByRole("combobox", { name: SEARCH }).fill("Instagram");
    await expect(catalogueOptions(page).filter({ hasText: /^Meta Pixel/ })).toHaveCount(0);
    expect(await addFromCatalogue(page, "Instagram", /^Instagram/)).toBe("Instagram (publications intégrées) ajouté aux destinataires avec 2 cookies.");
    // A vendor added by hand has no processing country until the founder says where (never assumed).
    await setLocations(await addByHand(page, founder, "Cabinet Aravis Expertise", "Cabinet Aravis Expertise SARL", "France"), founder, { check: ["France"] });
    await waitSaved(page);

    // Finalités: the map is embedded content, added by hand with its type.
    await goToStep(page, /Finalités/);
    await addPurposeByHand(page, founder, "Affichage de contenus intégrés");

    // Cookies: Wix's own (brought by the catalogue), the banner Wix provides, and the shop's own cookie by hand.
    await goToStep(page, /Cookies/);
    await founder.fill("Outil de gestion du consentement", "bandeau de cookies de Wix");
    await addCookieByHand(page, founder, { name: "fournil_retrait", provider: "Fournil des Halles", purpose: "Mémoriser le créneau de retrait choisi", lifetime: "1 jour", category: "Strictement nécessaire" });
    await waitSaved(page);
    // The privacy address follows the contact address from any step: nothing blocks.
    expect(await blockingFindings(page)).toEqual([]);
    await goToStep(page, /Droits et contact/);
    const privacy = page.getByLabel("E-mail pour les questions de données personnelles");
    await expect(privacy).toBeVisible();
    await expect(privacy).toHaveValue("bonjour@fournil-des-halles.fr");
    await waitSaved(page);

    const v1 = await publishHere(page, { note: "Première publication" });
    slug = v1.path.split("/")[2]!;
    const text1 = await publishedText(request, slug, 1);

    // A substantial change: orders now reach the shop's Gmail (Google Workspace).
    await page.goto(`/policies/${id}/edit?step=destinataires`);
    expect(await addFromCatalogue(page, "Gmail", /^Google Workspace/)).toMatch(/^Google Workspace ajouté aux destinataires/);
    await waitSaved(page);
    const v2 = await publishHere(page, { notice: true, note: "Les commandes arrivent dans Gmail" });
    expect(v2.path).toBe(`/p/${slug}`);
    await checkPublicPages(request, slug, /Nouveau destinataire\u00a0: Google Workspace/);
    report("fournil", founder, text1);

    // Read as a lawyer: what the founder said is there…
    const text2 = await publishedText(request, slug, 2);
    for (const said of ["Wix.com Ltd.", "SumUp Limited", "Google Maps", "Instagram (publications intégrées)", "Cabinet Aravis Expertise", "Brevo", "XSRF-TOKEN", "fournil_retrait", "NID", "bandeau de cookies de Wix", "Gestion des commandes à retirer en boutique", "Envoi de la lettre d’information"]) {
      expect(text1, said).toContain(said);
    }
    expect(text2).toContain("Google Workspace");
    expect(text1).not.toContain("Google Workspace");
    // …and what they removed is gone.
    for (const removed of ["Shopify", "Stripe", "PayPal", "Axeptio", "Création et gestion de votre compte", "la case à cocher proposée lors de la commande", "Offres adressées à nos clients"]) {
      expect(text1, removed).not.toContain(removed);
    }
    expect(text1).toMatch(/Les autres traceurs ne sont déposés ou lus qu’avec votre consentement, recueilli au moyen de l’outil de gestion du consentement \(bandeau de cookies de Wix\)/);
  });

  // DEFECT (lib/policy/answers: templates.ts, cascade.ts, purposes.ts): removing the account purpose and the
  // shop's vendors leaves what only they justified. Published for a bakery without accounts or delivery:
  // « Identifiants de connexion : adresse e-mail et mot de passe, conservé sous forme hachée », « hachage des
  // mots de passe » (security measures set by every template), « Envoi des e-mails liés au service —
  // Jusqu’à la clôture de votre compte », « la commande ne peut pas être traitée ni livrée », « 5 ans à
  // compter de la livraison de la commande », « Adresse postale : adresse de livraison », and « Mesure
  // d’audience et statistiques détaillées » (brought by Shopify's analytics cookies, kept after Shopify
  // and its cookies are removed).
  test.fixme("the bakery's text says nothing about accounts, passwords, delivery or analytics it does not have", async ({ request }) => {
    const text = await publishedText(request, slug, 1);
    for (const never of ["clôture de votre compte", "hachage des mots de passe", "mot de passe", "la case à cocher proposée lors de la commande", "livrée", "livraison", "statistiques détaillées"]) {
      expect(text, never).not.toContain(never);
    }
  });
});

// ---------------------------------------------------------------------------------------------------
// 5. A freelance developer's portfolio: a natural person, no business address to publish.
// ---------------------------------------------------------------------------------------------------
test.describe("Portfolio d’une développeuse indépendante (personne physique)", () => {
  test.describe.configure({ mode: "serial" });
  let slug = "";

  test("from the brochure template to v2: a natural person, vendors in the US, comments and videos", async ({ page, request }) => {
    test.setTimeout(180_000);
    await signIn(page, uniqueEmail("portfolio"));
    const id = await createPolicy(page, "Site vitrine");
    const founder = new Founder(page);
    await fillIdentity(page, founder, {
      kind: "Une personne physique (entrepreneur individuel, micro-entrepreneur)", name: "Camille Roussel", registration: "SIRET 812 345 678 00021", email: "contact@camille-roussel.dev",
    });
    // No business address to publish: a natural person may keep it private (RULES M01: name and contact).
    await waitSaved(page);
    await expect.poll(() => blockingFindings(page)).not.toContainEqual(expect.stringContaining("L’adresse postale du responsable du traitement"));
    await expect(page.getByLabel("Forme juridique")).toBeVisible();
    await fillService(page, founder, { name: "Camille Roussel, développeuse web", url: "https://camille-roussel.dev" });
    await goToStep(page, /Droits et contact/);
    await waitSaved(page);
    // Without a published address, rights cannot be exercised by post: the panel says so (M09), she keeps e-mail.
    await expect.poll(() => blockingFindings(page)).toContainEqual(expect.stringContaining("retirez le courrier"));
    await page.getByLabel("Par courrier postal").uncheck();
    founder.count("courrier retiré des moyens d’exercer ses droits");
    await waitSaved(page);

    await goToStep(page, /Destinataires/);
    await removeCard(page, /^o2switch/);
    expect(await addFromCatalogue(page, "Netlify", /^Netlify/)).toMatch(/^Netlify ajouté/);
    expect(await addFromCatalogue(page, "Plausible", /^Plausible/)).toMatch(/^Plausible Analytics ajouté aux destinataires\./);
    expect(await addFromCatalogue(page, "YouTube", /^YouTube/)).toMatch(/^YouTube .* ajouté aux destinataires avec 2 cookies\./);
    expect(await addFromCatalogue(page, "Formspree", /^Formspree/)).toBe("Formspree ajouté aux destinataires.");
    expect(await addFromCatalogue(page, "Giscus", /^Giscus/)).toBe("Giscus (commentaires GitHub) ajouté aux destinataires avec 1 cookie.");
    await waitSaved(page);

    // Reload mid-way: the vendors are still there.
    await page.reload();
    for (const name of ["Netlify", "Plausible", "YouTube", "Formspree", "Giscus"]) await expect(card(page, name)).toHaveCount(1);

    // Finalités: comments, added by hand.
    await goToStep(page, /Finalités/);
    const comments = await addPurposeByHand(page, founder, "Autre finalité", "Publication de vos commentaires sous les articles");
    await tickData(comments.getByRole("group", { name: "Données utilisées" }), "Messages");
    founder.count("commentaires: données");
    await addPurposeByHand(page, founder, "Affichage de contenus intégrés");

    // Cookies: Giscus keeps its session (brought by the catalogue); YouTube's cookies need consent, asked when a
    // video is played; the site remembers the reader's theme, by hand.
    await goToStep(page, /Cookies/);
    await addCookieByHand(page, founder, { name: "theme", provider: "Camille Roussel", purpose: "Mémoriser le thème clair ou sombre choisi", lifetime: "1 an", category: "Strictement nécessaire" });
    await founder.fill("Outil de gestion du consentement", "bouton « Charger la vidéo » affiché à la place de chaque vidéo");
    await waitSaved(page);

    const v1 = await publishHere(page);
    slug = v1.path.split("/")[2]!;
    const text1 = await publishedText(request, slug, 1);
    await page.goto(`/policies/${id}/edit?step=destinataires`);
    expect(await addFromCatalogue(page, "Cloudflare", /^Cloudflare/)).toMatch(/^Cloudflare ajouté/);
    await waitSaved(page);
    await publishHere(page, { notice: true });
    await checkPublicPages(request, slug, /Nouveau destinataire\u00a0: Cloudflare/);
    report("portfolio", founder, text1);

    for (const said of ["Camille Roussel", "SIRET 812 345 678 00021", "Netlify", "Plausible", "YouTube", "Formspree, Inc.", "GitHub, Inc.", "giscus-session", "Publication de vos commentaires sous les articles"]) {
      expect(text1, said).toContain(said);
    }
    for (const never of ["o2switch", "lettre d’information", "Création et gestion de votre compte", "dont le siège est situé"]) expect(text1, never).not.toContain(never);
    expect(text1).toContain("« je » désigne Camille Roussel, qui édite le service à titre individuel");
  });

  // DEFECT (lib/policy/answers/templates.ts): every template sets the security measure « hachage des mots
  // de passe » and the brochure template's data include « Identifiants de connexion : adresse e-mail et mot
  // de passe » — a portfolio without any account publishes both.
  test.fixme("the portfolio's text mentions no password, since the site has no account", async ({ request }) => {
    const text = await publishedText(request, slug, 1);
    expect(text).not.toContain("mot de passe");
    expect(text).not.toContain("Identifiants de connexion");
  });
});

// ---------------------------------------------------------------------------------------------------
// 7. Tremplin — recruitment platform for restaurants: profiles, ranking, LinkedIn, GA4 and Meta by consent.
// ---------------------------------------------------------------------------------------------------
test.describe("Tremplin (recrutement pour la restauration)", () => {
  test.describe.configure({ mode: "serial" });
  let slug = "";

  test("from the marketplace template to v2: ranking, a public source, analytics and advertising by consent", async ({ page, request }) => {
    test.setTimeout(180_000);
    await signIn(page, uniqueEmail("tremplin"));
    const id = await createPolicy(page, "Place de marché");
    const founder = new Founder(page);
    await fillIdentity(page, founder, {
      name: "Tremplin SAS", form: "société par actions simplifiée", registration: "RCS Bordeaux 921 234 567",
      street: "8 cours de l’Intendance", postalCode: "33000", city: "Bordeaux", email: "contact@tremplin.fr",
    });
    await fillService(page, founder, { name: "Tremplin", url: "https://tremplin.fr", description: "Plateforme de recrutement pour la restauration : les candidats créent un profil, les restaurateurs publient des offres." });
    await goToStep(page, /Droits et contact/);

    // Données: some profiles are completed from public LinkedIn pages (article 14).
    await goToStep(page, /Données/);
    await page.getByRole("button", { name: "Ajouter une source" }).click();
    const source = page.locator("details[id='champ-data.sources.0']");
    await expect(source).toHaveAttribute("open", "");
    await source.getByLabel("Source", { exact: true }).fill("Pages LinkedIn publiques des candidats");
    await tickData(source.getByRole("group", { name: "Données obtenues" }), /^Données professionnelles/);
    await source.getByLabel("Source publique").check();
    founder.fills += 3;

    // Finalités: the template's marketplace purpose, renamed; the ranking, added by hand; profiling stated.
    await goToStep(page, /Finalités/);
    const matching = await openCard(page, "Mise en relation entre acheteurs et vendeurs");
    await matching.getByLabel("Finalité", { exact: true }).fill("Mise en relation des candidats et des restaurateurs");
    founder.count("mise en relation: intitulé");
    const ranking = await addPurposeByHand(page, founder, "Autre finalité", "Classement des candidatures pour chaque offre");
    await tickData(ranking.getByRole("group", { name: "Données utilisées" }), /^Données professionnelles/);
    founder.count("classement: données");
    await ranking.getByLabel("Base légale").selectOption({ label: "Intérêt légitime" });
    await ranking.getByLabel("Intérêt légitime poursuivi").fill("Présenter à chaque restaurateur les candidatures les plus adaptées à son offre.");
    founder.fills += 2;
    await founder.fill("Profilage", "Un algorithme classe les candidats pour chaque offre d’après leurs expériences et leurs disponibilités ; le restaurateur choisit seul qui il contacte.");
    await waitSaved(page);

    // Reload mid-way: the purpose added by hand is still there, with its type and basis.
    await page.reload();
    const reloaded = await openCard(page, "Classement des candidatures pour chaque offre");
    await expect(reloaded.getByLabel("Base légale")).toHaveValue("legitimate_interest");

    // Destinataires: Intercom instead of Crisp and SendGrid; GA4 and Meta with their usual purposes.
    await goToStep(page, /Destinataires/);
    await removeCard(page, /^SendGrid/);
    await removeCard(page, /^Crisp/);
    expect(await addFromCatalogue(page, "Intercom", /^Intercom/)).toMatch(/^Intercom ajouté aux destinataires avec 3 cookies\./);
    expect(await addFromCatalogue(page, "GA4", /^Google Analytics 4/)).toBe("Google Analytics 4 ajouté aux destinataires avec 2 cookies.");
    expect(await addFromCatalogue(page, "Meta", /^Meta Pixel/)).toMatch(/^Meta Pixel \/ API Conversions ajouté aux destinataires avec 2 cookies\./);
    // The consent banner is a recipient too (it keeps the proof of each choice): from the catalogue (C08).
    expect(await addFromCatalogue(page, "Axeptio", /^Axeptio/)).toMatch(/^Axeptio ajouté aux destinataires/);
    const suggestions = page.getByRole("list", { name: "Finalités suggérées" }).getByRole("listitem");
    for (const vendor of ["Google Analytics 4", "Meta Pixel"]) {
      await suggestions.filter({ hasText: vendor }).getByRole("button", { name: "Ajouter ces finalités" }).click();
    }

    // Cookies: the consent banner, and the platform's own session cookie.
    await goToStep(page, /Cookies/);
    await founder.fill("Outil de gestion du consentement", "Axeptio");
    await addCookieByHand(page, founder, { name: "tremplin_session", provider: "Tremplin", purpose: "Garder votre session ouverte", lifetime: "30 jours", category: "Strictement nécessaire" });
    await waitSaved(page);

    const v1 = await publishHere(page);
    slug = v1.path.split("/")[2]!;
    const text1 = await publishedText(request, slug, 1);

    // A substantial change: interviews are now scheduled through the platform (a new purpose).
    await page.goto(`/policies/${id}/edit?step=finalites`);
    await addPurposeByHand(page, founder, "Prise de rendez-vous");
    await waitSaved(page);
    await publishHere(page, { notice: true });
    await checkPublicPages(request, slug, /Nouvelle finalité\u00a0: Prise de rendez-vous/);
    report("tremplin", founder, text1);

    for (const said of ["Tremplin SAS", "Pages LinkedIn publiques des candidats", "Classement des candidatures pour chaque offre", "Un algorithme classe les candidats", "Google Analytics 4", "Meta", "Stripe", "Intercom", "tremplin_session", "Axeptio", "d’inactivité, après un message qui vous en avertit"]) {
      expect(text1, said).toContain(said);
    }
    for (const never of ["SendGrid", "Crisp", "acheteurs et vendeurs", "Je ne réalise pas de profilage", "Nous ne réalisons pas de profilage"]) expect(text1, never).not.toContain(never);
  });

  // DEFECT (lib/policy: the data categories of the answers are not kept in step with the purposes and
  // sources): « Données professionnelles », obtained from LinkedIn and used by the ranking, are named in
  // those sections but missing from the list of the data processed (section 3), while the template's
  // « Données de commande : produits commandés » stays in it for a recruitment platform.
  test.fixme("Tremplin's list of data names what its sources and purposes use, and no order data", async ({ request }) => {
    const text = await publishedText(request, slug, 1);
    expect(text).toMatch(/Nous traitons les catégories de données personnelles suivantes : .*- Données professionnelles/);
    expect(text).not.toContain("produits commandés");
  });
});

// ---------------------------------------------------------------------------------------------------
// 4. Verbatim — meeting transcription by AI (B2B), Whisper through OpenAI or Mistral, Scaleway, an external DPO.
// ---------------------------------------------------------------------------------------------------
test.describe("Verbatim (transcription de réunions par IA)", () => {
  test.describe.configure({ mode: "serial" });
  let slug = "";

  test("from the AI template to v2: its own vendors, recordings kept 30 days, an external DPO", async ({ page, request }) => {
    test.setTimeout(180_000);
    await signIn(page, uniqueEmail("verbatim"));
    const id = await createPolicy(page, "Outil d’intelligence artificielle");
    const founder = new Founder(page);
    await fillIdentity(page, founder, {
      name: "Verbatim SAS", form: "société par actions simplifiée", registration: "RCS Paris 934 567 890",
      street: "21 rue du Faubourg Saint-Antoine", postalCode: "75011", city: "Paris", email: "contact@verbatim.fr",
    });
    await fillService(page, founder, { name: "Verbatim", url: "https://verbatim.fr", description: "Transcription et résumé des réunions enregistrées par nos entreprises clientes." });
    await goToStep(page, /Droits et contact/);
    await founder.check("Un délégué à la protection des données (DPO) est désigné");
    await founder.fill("Nom du DPO", "Cabinet Lemaire Conformité");
    await founder.fill("E-mail du DPO", "dpo@verbatim.fr");
    await waitSaved(page);

    // Destinataires: Scaleway hosts; Whisper (OpenAI) or Mistral transcribe; no Vercel, Supabase, Resend.
    await goToStep(page, /Destinataires/);
    for (const name of [/^Vercel/, /^Supabase/, /^Resend/]) await removeCard(page, name);
    expect(await addFromCatalogue(page, "Scaleway", /^Scaleway/)).toMatch(/^Scaleway ajouté/);
    expect(await addFromCatalogue(page, "Whisper", /^OpenAI API/)).toMatch(/^OpenAI API ajouté/);
    await waitSaved(page);
    await page.reload();
    for (const name of ["Scaleway", "OpenAI API", "Mistral AI", "Stripe"]) await expect(card(page, name)).toHaveCount(1);

    // Finalités: recordings are deleted after 30 days; speakers identified by voice, by hand.
    await goToStep(page, /Finalités/);
    const ai = await openCard(page, /^Traitement de vos requêtes par un modèle d.intelligence artificielle/);
    await ai.getByLabel("Finalité", { exact: true }).fill("Transcription et résumé des réunions enregistrées");
    await ai.getByLabel("Type de durée").selectOption({ label: "Une durée fixe à compter d’un événement" });
    await ai.getByLabel("Durée", { exact: true }).fill("30");
    await ai.getByLabel("Unité").selectOption({ label: "jours" });
    await ai.getByLabel("Point de départ").fill("l’enregistrement de la réunion");
    founder.fills += 5;
    const voices = await addPurposeByHand(page, founder, "Autre finalité", "Identification des intervenants par leur voix, si le client l’active");
    await tickData(voices.getByRole("group", { name: "Données utilisées" }), /^Enregistrements vocaux/);
    founder.count("voix: données");

    await goToStep(page, /Cookies/);
    await addCookieByHand(page, founder, { name: "verbatim_session", provider: "Verbatim", purpose: "Garder votre session ouverte", lifetime: "session", category: "Strictement nécessaire" });
    await waitSaved(page);

    const v1 = await publishHere(page);
    slug = v1.path.split("/")[2]!;
    const text1 = await publishedText(request, slug, 1);
    await page.goto(`/policies/${id}/edit?step=destinataires`);
    expect(await addFromCatalogue(page, "Claude", /^Anthropic API/)).toMatch(/^Anthropic API \(Claude\) ajouté/);
    await waitSaved(page);
    await publishHere(page, { notice: true });
    await checkPublicPages(request, slug, /Nouveau destinataire\u00a0: Anthropic API \(Claude\)/);
    report("verbatim", founder, text1);

    for (const said of ["Verbatim SAS", "Scaleway", "OpenAI", "Mistral AI", "Cabinet Lemaire Conformité", "dpo@verbatim.fr", "30 jours à compter de l’enregistrement de la réunion", "Identification des intervenants par leur voix", "verbatim_session"]) {
      expect(text1, said).toContain(said);
    }
    for (const never of ["Vercel", "Supabase", "Resend"]) expect(text1, never).not.toContain(never);
  });

  // DEFECT (lib/policy: data categories not kept in step with the purposes; no art. 9 prompt): the voice
  // identification uses « Enregistrements vocaux », missing from the list of data processed, and is
  // published on the contract basis without an article 9.2 exception, next to « Nous vous demandons de
  // ne saisir ni transmettre … aucune donnée sensible (… biométriques) ».
  test.fixme("Verbatim's list of data names the voice recordings its voice identification uses", async ({ request }) => {
    const text = await publishedText(request, slug, 1);
    expect(text).toMatch(/Nous traitons les catégories de données personnelles suivantes : .*- Enregistrements vocaux/);
  });
});

// « Destinataire lié » (cookies.trackers.N.recipientId, optionsFrom recipients) is a list of the draft's
// recipients by name (it was a free text asking for an internal id, a blocker seen in the founder walk).
test("a cookie added by hand is linked to a recipient chosen by name, and saved with its id", async ({ page }) => {
  await signIn(page, uniqueEmail("cookie-lie"));
  await createPolicy(page, "Site vitrine");
  await goToStep(page, /Cookies/);
  await page.getByRole("button", { name: "Ajouter un cookie ou traceur" }).click();
  const linked = page.locator("details[id='champ-cookies.trackers.0']").getByLabel("Destinataire lié");
  expect(await linked.evaluate((el) => el.tagName)).toBe("SELECT");
  await linked.selectOption({ label: "o2switch" });
  await expect(page.getByTestId("statut-enregistrement")).toHaveAttribute("data-status", "saved", { timeout: 10_000 });
  await page.reload();
  await goToStep(page, /Cookies/);
  await expect(page.locator("details[id='champ-cookies.trackers.0']").getByLabel("Destinataire lié")).toHaveValue("o2switch");
});
