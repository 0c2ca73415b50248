import { readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import pg from "pg";

let counter = 0;
/** A fresh address per test, so parallel tests never read each other's sign-in mail. */
export function uniqueEmail(label: string): string {
  counter += 1;
  return `${label}-${Date.now().toString(36)}-${process.pid}-${counter}@exemple.fr`;
}

/** Asks for a sign-in link and returns its URL, read from the local outbox. */
export async function requestSignInLink(page: Page, email: string): Promise<string> {
  await page.goto("/connexion");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByRole("button", { name: "Recevoir un lien de connexion" }).click();
  await expect(page.getByRole("heading", { name: "Vérifiez votre boîte mail" })).toBeVisible();
  await page.goto("/boite-mail");
  const link = page.getByRole("link", { name: `Ouvrir le lien de connexion pour ${email}` }).first();
  await expect(link).toBeVisible();
  return (await link.getAttribute("href"))!;
}

/**
 * Runs `work` with a connection to the e2e server's throwaway database (scripts/e2e-server.mjs writes
 * its address), for what HTTP cannot do, such as letting time pass.
 */
export async function withE2eDatabase<T>(work: (db: pg.Client) => Promise<T>): Promise<T> {
  const port = process.env.E2E_PORT || "3100";
  const client = new pg.Client({ connectionString: readFileSync(path.join(process.cwd(), ".cache", `e2e-database-url-${port}`), "utf8") });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Signs in through the outbox link and waits for the dashboard. */
export async function signIn(page: Page, email: string): Promise<void> {
  const url = await requestSignInLink(page, email);
  await page.goto(url);
  await expect(page.getByRole("heading", { name: "Mes politiques" })).toBeVisible();
}

/** No axe-core violation on the current page (WCAG 2.1 A and AA rules and best practices). */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary).toEqual([]);
  // Proof that axe really checked something on this page, rather than finding nothing to check.
  expect(results.passes.length).toBeGreaterThan(5);
}

/** From the dashboard: « Nouvelle politique », pick a template, land in the wizard. Returns the policy id. */
export async function createPolicy(page: Page, template = "Logiciel en ligne (SaaS)"): Promise<string> {
  await page.goto("/policies");
  await page.getByRole("link", { name: "Nouvelle politique" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nouvelle politique" })).toBeVisible();
  await page.getByRole("button", { name: `Commencer : ${template.toLowerCase()}` }).click();
  await expect(page).toHaveURL(/\/policies\/[^/]+\/edit/);
  return new URL(page.url()).pathname.split("/")[2]!;
}

/** Fills the answers every template leaves empty (identity, service name, privacy contact). */
export async function fillEssentials(page: Page, company = "Atelier Lumen SARL", options: { description?: string } = {}): Promise<void> {
  const id = new URL(page.url()).pathname.split("/")[2]!;
  await page.goto(`/policies/${id}/edit?step=entreprise`);
  await page.getByLabel("Dénomination sociale ou nom").fill(company);
  await page.getByLabel("Forme juridique").fill("société à responsabilité limitée");
  await page.getByLabel("Immatriculation").fill("RCS Nantes 823 456 789");
  await page.getByLabel("Adresse", { exact: true }).fill("4 quai de la Fosse");
  await page.getByLabel("Code postal").fill("44000");
  await page.getByLabel("Ville").fill("Nantes");
  await page.getByLabel("E-mail de contact").fill("contact@atelier-lumen.fr");
  await page.getByRole("navigation", { name: "Étapes de l’assistant" }).getByRole("link", { name: /Service/ }).click();
  await page.getByLabel("Nom du service").fill("Atelier Lumen");
  await page.getByRole("button", { name: "Ajouter", exact: true }).click();
  await page.getByLabel("Adresses du service 1", { exact: true }).fill("https://atelier-lumen.fr");
  if (options.description) await page.getByLabel("Présentation du service").fill(options.description);
  await page.getByRole("navigation", { name: "Étapes de l’assistant" }).getByRole("link", { name: /Droits et contact/ }).click();
  await page.getByLabel("E-mail pour les questions de données personnelles").fill("donnees@atelier-lumen.fr");
  await expect(page.getByTestId("statut-enregistrement")).toHaveAttribute("data-status", "saved", { timeout: 10_000 });
}

/**
 * From Relecture: publish with an optional note; returns the public path /p/<slug>. `substantialToday`:
 * the change is substantial, so the form proposes the end of the promised notice; take effect today
 * instead, which the form allows only once the founder confirms the users were already informed.
 */
export async function publish(page: Page, note = "", options: { substantialToday?: boolean } = {}): Promise<string> {
  await page.getByRole("navigation", { name: "Étapes de l’assistant" }).getByRole("link", { name: /Relecture/ }).click();
  await expect(page.getByText("Aucun point bloquant.")).toBeVisible();
  if (note) await page.getByLabel("Note de version (facultative)").fill(note);
  if (options.substantialToday) {
    await expect(page.locator("#date-effet-aide")).toContainText(/^Modification substantielle \(.+\)\u00a0: la politique promet un préavis d’un mois\u202f; entrée en vigueur au plus tôt le /);
    const today = (await page.locator("#date-effet").getAttribute("min"))!;
    expect(await page.locator("#date-effet").inputValue()).not.toBe(today);
    await page.locator("#date-effet").fill(today);
    await expect(page.getByRole("button", { name: "Publier" })).toBeDisabled();
    await page.getByLabel(/Je confirme que mes utilisateurs ont déjà été informés/).check();
  }
  return reviewAndPublish(page);
}

/**
 * « Publier », after reviewing what the template proposed and the founder has not confirmed one by one
 * (P01: the button stays disabled until the review box is ticked). Returns the public path.
 */
export async function reviewAndPublish(page: Page): Promise<string> {
  const review = page.getByLabel(/J’ai relu ces réponses dans l’aperçu/);
  if (await review.count()) {
    await expect(page.getByRole("button", { name: "Publier" })).toBeDisabled();
    await review.check();
  }
  await page.getByRole("button", { name: "Publier" }).click();
  const link = page.getByRole("link", { name: "Voir la page publique" });
  await expect(link).toBeVisible();
  // The link names the version just published (/p/<adresse>/v/<n>); the hosted address is its prefix.
  const href = (await link.getAttribute("href"))!;
  expect(href).toMatch(/^\/p\/[a-z0-9-]+\/v\/\d+$/);
  return href.replace(/\/v\/\d+$/, "");
}

/** Waits until the draft on screen is saved (« Enregistré », data-status="saved"). */
export async function waitSaved(page: Page): Promise<void> {
  await expect(page.getByTestId("statut-enregistrement")).toHaveAttribute("data-status", "saved", { timeout: 15_000 });
}

/** Goes to a step of the wizard through its navigation (the link's name holds the step's title). */
export async function goToStep(page: Page, name: RegExp): Promise<void> {
  await page.getByRole("navigation", { name: "Étapes de l’assistant" }).getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 2, name: stepHeading(name) })).toBeVisible();
}

function stepHeading(name: RegExp): RegExp {
  return new RegExp(`^${name.source.replace(/^\^/, "").replace(/\$$/, "")}`);
}

/**
 * The number of blocking findings, as the compliance panel announces it (role=status: « Aucun point
 * bloquant. » or « N points bloquants à corriger avant publication. »). Read from the DOM even when the
 * panel is folded away on a phone.
 */
export async function blockingCount(page: Page): Promise<number> {
  const status = page.locator("#conformite-titre").locator("xpath=ancestor::section[1]").getByRole("status", { includeHidden: true }).first();
  const text = (await status.textContent()) ?? "";
  if (/Aucun point bloquant/.test(text)) return 0;
  const m = /(\d+) points? bloquants?/.exec(text);
  if (!m) throw new Error(`Unreadable compliance status: « ${text} »`);
  return Number(m[1]);
}

/** The texts of the blocking findings shown in the compliance panel. */
export async function blockingFindings(page: Page): Promise<string[]> {
  return (await page.locator("[data-severity='blocking']").allTextContents()).map((t) => t.replace(/\s+/g, " ").trim());
}

/**
 * What the founder does, counted: every field filled, option selected or box ticked goes through here,
 * so a test can say how many answers a path to a published policy really asks for.
 */
export class Founder {
  fills = 0;
  readonly log: string[] = [];
  constructor(readonly page: Page) {}
  async fill(label: string | RegExp, value: string, options: { exact?: boolean } = {}): Promise<void> {
    await this.page.getByLabel(label, { exact: options.exact ?? typeof label === "string" }).fill(value);
    this.count(`${String(label)} = ${value}`);
  }
  async select(label: string | RegExp, option: string | { label: string }, scope?: import("@playwright/test").Locator): Promise<void> {
    await (scope ?? this.page).getByLabel(label, { exact: typeof label === "string" }).selectOption(option);
    this.count(`${String(label)} ← ${typeof option === "string" ? option : option.label}`);
  }
  async check(label: string | RegExp): Promise<void> {
    await this.page.getByLabel(label, { exact: typeof label === "string" }).check();
    this.count(`☑ ${String(label)}`);
  }
  count(what: string): void {
    this.fills += 1;
    this.log.push(what);
  }
}

/** The draft saved in the e2e database for a policy. */
export async function savedDraft(policyId: string): Promise<Record<string, unknown>> {
  return withE2eDatabase(async (db) => {
    const { rows } = await db.query<{ draft: Record<string, unknown> }>(`SELECT draft FROM "Policy" WHERE id = $1`, [policyId]);
    return rows[0]!.draft;
  });
}

/** The text of a published version (the .txt download), whitespace collapsed. */
export async function publishedText(request: import("@playwright/test").APIRequestContext, slug: string, version: number): Promise<string> {
  const res = await request.get(`/p/${slug}/v/${version}.txt`);
  expect(res.status()).toBe(200);
  return (await res.text()).replace(/\s+/g, " ");
}
