import { expect, test } from "@playwright/test";
import { createPolicy, requestSignInLink, signIn, uniqueEmail, withE2eDatabase } from "./helpers";

test("a new user signs in through the outbox link, lands on the dashboard, creates a draft and signs out", async ({ page }) => {
  const email = uniqueEmail("nouvelle");
  await signIn(page, email);
  await expect(page).toHaveURL(/\/policies$/);
  await expect(page.getByTestId("user-email")).toHaveText(email);
  await expect(page.getByText("Aucune politique pour l’instant")).toBeVisible();

  await createPolicy(page);
  await expect(page.getByRole("heading", { level: 1, name: "Politique — Logiciel en ligne (SaaS)" })).toBeVisible();
  await page.getByRole("link", { name: "← Mes politiques" }).click();
  await expect(page.getByRole("list", { name: "Politiques" }).getByRole("listitem")).toHaveCount(1);
  await expect(page.getByText(/Brouillon · modifiée le/)).toBeVisible();

  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/policies");
  await expect(page).toHaveURL(/\/connexion\?callbackUrl=%2Fpolicies$/);
});

test("an anonymous visitor is redirected from the dashboard to sign-in, and comes back after signing in", async ({ page }) => {
  const response = await page.goto("/policies");
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(/\/connexion\?callbackUrl=%2Fpolicies$/);
  await expect(page.getByRole("heading", { name: "Connexion" })).toBeVisible();
  const email = uniqueEmail("anonyme");
  await signIn(page, email);
});

test("an invalid e-mail gets a French error beside the field, and no mail is sent", async ({ page, request }) => {
  await page.goto("/connexion");
  const field = page.getByLabel("Adresse e-mail");
  await field.fill("pas-une-adresse");
  await page.getByRole("button", { name: "Recevoir un lien de connexion" }).click();
  await expect(page.getByText("Cette adresse e-mail n’est pas valide (exemple\u00a0: prenom@entreprise.fr).")).toBeVisible();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toBeFocused();
  await expect(page).toHaveURL(/\/connexion$/);

  // The server refuses it too, whatever the browser sends.
  const csrf = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await request.post("/api/auth/signin/email", {
    form: { email: "pas-une-adresse", csrfToken: csrf.csrfToken, callbackUrl: "/policies", json: "true" },
  });
  expect((await res.json()).url).toMatch(/error=/);
  await page.goto("/boite-mail");
  await expect(page.getByText("pas-une-adresse")).toHaveCount(0);
});

test("a sign-in link works once only", async ({ page, browser }) => {
  const email = uniqueEmail("usage-unique");
  const url = await requestSignInLink(page, email);
  await page.goto(url);
  await expect(page.getByRole("heading", { name: "Mes politiques" })).toBeVisible();
  const other = await browser.newContext();
  const second = await other.newPage();
  await second.goto(url);
  await expect(second.getByText("Ce lien de connexion a expiré ou a déjà servi. Demandez-en un nouveau.")).toBeVisible();
  await other.close();
});

test("a sign-in link is valid for 30 minutes: 29 minutes after sending it works, 31 minutes after it is refused", async ({ browser }) => {
  const ages = { fresh: 29, stale: 31 };
  const links: Record<string, { email: string; url: string }> = {};
  for (const key of Object.keys(ages)) {
    const ctx = await browser.newContext();
    const email = uniqueEmail(`expiration-${key}`);
    const sentAt = Date.now();
    links[key] = { email, url: await requestSignInLink(await ctx.newPage(), email) };
    await ctx.close();
    await withE2eDatabase(async (db) => {
      const { rows } = await db.query<{ expires: Date }>('SELECT expires FROM "VerificationToken" WHERE identifier = $1', [email]);
      expect(rows).toHaveLength(1);
      const lifetime = rows[0]!.expires.getTime() - sentAt;
      expect(lifetime).toBeGreaterThan(29.5 * 60_000);
      expect(lifetime).toBeLessThanOrEqual(30 * 60_000 + 30_000);
    });
  }
  // Let time pass for each link: its expiry moves back by its age, as the clock moving forward would.
  await withE2eDatabase(async (db) => {
    for (const [key, minutes] of Object.entries(ages)) {
      await db.query(`UPDATE "VerificationToken" SET expires = expires - make_interval(mins => $2) WHERE identifier = $1`, [links[key]!.email, minutes]);
    }
  });
  const stale = await browser.newContext();
  const late = await stale.newPage();
  await late.goto(links.stale!.url);
  await expect(late.getByText("Ce lien de connexion a expiré ou a déjà servi. Demandez-en un nouveau.")).toBeVisible();
  await late.goto("/policies");
  await expect(late).toHaveURL(/\/connexion/);
  await stale.close();
  const fresh = await browser.newContext();
  const inTime = await fresh.newPage();
  await inTime.goto(links.fresh!.url);
  await expect(inTime.getByRole("heading", { name: "Mes politiques" })).toBeVisible();
  await fresh.close();
});

test("the session cookie is Secure, HttpOnly and SameSite=Lax", async ({ page, context }) => {
  await signIn(page, uniqueEmail("cookie"));
  const cookies = await context.cookies();
  const session = cookies.find((c) => c.name.endsWith("next-auth.session-token"));
  expect(session).toBeDefined();
  expect(session!.secure).toBe(true);
  expect(session!.httpOnly).toBe(true);
  expect(session!.sameSite).toBe("Lax");
});

test("another user's policy is a 404, exactly like a policy that does not exist", async ({ page, browser }) => {
  await signIn(page, uniqueEmail("proprietaire"));
  const ownUrl = `/policies/${await createPolicy(page)}/edit`;

  const other = await browser.newContext();
  const intruder = await other.newPage();
  await signIn(intruder, uniqueEmail("intrus"));
  const res = await intruder.goto(ownUrl);
  expect(res?.status()).toBe(404);
  await expect(intruder.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
  const missing = await intruder.goto("/policies/nexistepas/edit");
  expect(missing?.status()).toBe(404);
  await other.close();
});

test("unknown routes answer a French 404 page", async ({ page }) => {
  const res = await page.goto("/cette-page-n-existe-pas");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
});
