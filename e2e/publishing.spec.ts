import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { HtmlValidate } from "html-validate";
import { createPolicy, expectNoAxeViolations, fillEssentials, publish, signIn, uniqueEmail } from "./helpers";

test("publish v1, read it signed out, add a recipient, publish v2: v1 stays with its banner, the diff names the recipient, downloads check out", async ({ page, browser, request }) => {
  test.setTimeout(120_000);
  await signIn(page, uniqueEmail("publication"));
  await createPolicy(page, "Site vitrine");
  await fillEssentials(page);
  const publicPath = await publish(page, "Première publication");
  const slug = publicPath.split("/")[2]!;

  // Signed out, JavaScript off: the hosted page is complete.
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const visitor = await ctx.newPage();
  const res = await visitor.goto(publicPath);
  expect(res?.status()).toBe(200);
  await expect(visitor.getByRole("heading", { level: 1, name: "Politique de confidentialité" })).toBeVisible();
  await expect(visitor.getByText(/Version 1 · Dernière mise à jour\u00a0: \d+/)).toBeVisible();
  await expect(visitor.getByRole("link", { name: "Historique des versions" })).toBeVisible();
  expect(await visitor.locator("script").count()).toBe(0);
  // The next reader gets it from the response cache in front of Next.js (scripts/serve.mjs): an Age
  // header says so. Publishing v2 below must still show at once.
  const cached = await request.get(publicPath);
  expect(cached.headers()["age"]).toMatch(/^\d+$/);
  expect(await cached.text()).toMatch(/Version 1 · Dernière mise à jour\u00a0: \d+/);

  // Add a recipient from the catalogue, publish v2.
  await page.goto(`${new URL(page.url()).pathname}?step=destinataires`);
  await page.getByLabel("Rechercher un prestataire (Stripe, Brevo, OpenAI…)").fill("brevo");
  await page.getByRole("option", { name: /^Brevo —/ }).click();
  await expect(page.getByTestId("statut-enregistrement")).toHaveAttribute("data-status", "saved", { timeout: 10_000 });
  await publish(page, "Ajout de Brevo pour les e-mails", { substantialToday: true });

  await visitor.goto(`/p/${slug}/v/1`);
  await expect(visitor.getByRole("note")).toContainText("Cette version n’est plus en vigueur.");
  await expect(visitor.getByRole("link", { name: "Consulter la version en vigueur (version 2)" })).toBeVisible();
  // The alias is cacheable for 60 s by design: ask the server, not this browser's cache.
  const alias = await request.get(`/p/${slug}`);
  expect(alias.headers()["cache-control"]).toBe("public, max-age=60, stale-while-revalidate=600, stale-if-error=86400");
  expect(await alias.text()).toMatch(/Version 2 · Dernière mise à jour\u00a0: \d+/);
  await visitor.goto(`/p/${slug}/historique`);
  await expect(visitor.getByText("Note de l’éditeur\u00a0: Ajout de Brevo pour les e-mails")).toBeVisible();
  await visitor.getByRole("link", { name: "Différences avec la version 1" }).click();
  await expect(visitor.getByRole("heading", { name: "Différences entre les versions 1 et 2" })).toBeVisible();
  await expect(visitor.getByRole("listitem").filter({ hasText: /^Nouveau destinataire\u00a0: Brevo/ })).toBeVisible();
  await expect(visitor.locator("ins").first()).toContainText("Ajouté");
  await ctx.close();

  // The hosted pages have no accessibility violation either.
  for (const path of [`/p/${slug}`, `/p/${slug}/v/1`, `/p/${slug}/historique`, `/p/${slug}/diff/1/2`]) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }

  // Downloads: the PDF's text holds the company and the version; the HTML is valid and self-contained.
  const dir = mkdtempSync(path.join(tmpdir(), "telechargements-"));
  const pdf = await request.get(`/p/${slug}/v/2.pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(pdf.headers()["content-disposition"]).toBe('attachment; filename="politique-confidentialite-atelier-lumen-v2.pdf"');
  writeFileSync(path.join(dir, "v2.pdf"), await pdf.body());
  const text = execFileSync("pdftotext", ["-layout", path.join(dir, "v2.pdf"), "-"], { encoding: "utf8" });
  expect(text).toContain("Atelier Lumen SARL");
  expect(text).toMatch(/Version 2/);
  expect(text).toContain("Brevo");

  const html = await request.get(`/p/${slug}/v/2.html`);
  expect(html.headers()["content-disposition"]).toBe('attachment; filename="politique-confidentialite-atelier-lumen-v2.html"');
  const body = await html.text();
  const report = await new HtmlValidate({ extends: ["html-validate:recommended"], rules: { "no-inline-style": "off", "long-title": "off", "no-trailing-whitespace": "off" } }).validateString(body);
  expect(report.results.flatMap((r) => r.messages.map((m) => m.message))).toEqual([]);
  expect(body).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
  expect(body).toContain("Atelier Lumen SARL");
});

test("hostile answers appear as text in the live preview, on the hosted page, in the PDF, the HTML download and the embed JSON — never as markup or a live link", async ({ page, request }) => {
  test.setTimeout(120_000);
  const payloads = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "javascript:alert(1)"];
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await signIn(page, uniqueEmail("xss"));
  await createPolicy(page, "Site vitrine");
  await fillEssentials(page, `Pirate ${payloads[0]} SARL`, { description: `Vitrine ${payloads[1]} et ${payloads[2]}` });

  // The live preview (the engine in the browser) shows them as text.
  const preview = page.getByTestId("apercu");
  await expect(preview).toContainText(`Pirate ${payloads[0]} SARL`);
  await expect(preview).toContainText(payloads[1]!);
  expect(await preview.locator("script, img, iframe, object, embed, svg").count()).toBe(0);
  expect(await preview.locator('a[href^="javascript:"]').count()).toBe(0);
  expect(await preview.locator("[onerror], [onload], [onclick]").count()).toBe(0);

  // A javascript: address is refused where a URL is expected.
  await page.getByRole("navigation", { name: "Étapes de l’assistant" }).getByRole("link", { name: /Service/ }).click();
  const second = page.getByLabel("Adresses du service 2", { exact: true });
  await page.getByRole("button", { name: "Ajouter", exact: true }).click();
  await second.fill(payloads[2]!);
  await expect(page.locator("[id='champ-service.urls.1-erreur']")).toHaveText("Adresse web invalide\u00a0: elle doit commencer par https:// ou http://.");
  await expect(page.getByTestId("statut-enregistrement")).toHaveAttribute("data-status", "invalid");
  await page.getByRole("button", { name: "Retirer adresses du service 2" }).click();
  await expect(page.getByTestId("statut-enregistrement")).toHaveAttribute("data-status", "saved", { timeout: 10_000 });

  const publicPath = await publish(page);
  const slug = publicPath.split("/")[2]!;
  await page.goto(publicPath);
  await expect(page.getByText(payloads[0]!, { exact: false }).first()).toBeVisible();
  expect(await page.locator("script").count()).toBe(0);
  expect(await page.locator("img").count()).toBe(0);
  expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
  expect(dialogs).toEqual([]);

  const html = await (await request.get(`/p/${slug}/v/1.html`)).text();
  expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  expect(html).not.toContain("<script>alert(1)</script>");
  expect(html).not.toMatch(/<img|href="javascript:/i);

  const api = (await (await request.get(`/api/p/${slug}`)).json()) as { html: string };
  expect(api.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  expect(api.html).not.toMatch(/<script|<img|href="javascript:/i);

  const dir = mkdtempSync(path.join(tmpdir(), "xss-"));
  writeFileSync(path.join(dir, "v1.pdf"), await (await request.get(`/p/${slug}/v/1.pdf`)).body());
  const text = execFileSync("pdftotext", [path.join(dir, "v1.pdf"), "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  for (const p of payloads) expect(text).toContain(p);
  const raw = execFileSync("strings", [path.join(dir, "v1.pdf")], { encoding: "latin1" });
  expect(raw).not.toMatch(/\/URI\s*\(javascript:/i);
});

test("the owner changes the address (the old one redirects), withdraws (410) and restores; the embed sizes itself and honours its options; the Atom feed lists the version", async ({ page, request }) => {
  test.setTimeout(120_000);
  await signIn(page, uniqueEmail("proprietaire-publication"));
  await createPolicy(page, "Site vitrine");
  await fillEssentials(page);
  const publicPath = await publish(page);
  const oldSlug = publicPath.split("/")[2]!;

  // Embed: an iframe on a third-party page grows to its content through embed.js.
  const origin = new URL(page.url()).origin;
  // The client's site: another origin (127.0.0.1 is not localhost). Chromium asks before a site reaches a
  // loopback address; in production our host is public, so the test grants that permission.
  const clientUrl = `${origin.replace("localhost", "127.0.0.1")}/site-du-client`;
  const host = await page.context().newPage();
  await host.route(clientUrl, (route) =>
    route.fulfill({
      contentType: "text/html; charset=utf-8",
      body: `<!DOCTYPE html><html lang="fr"><head><title>Client</title></head><body><h1>Site d’un client</h1><iframe data-clairement src="${origin}/p/${oldSlug}/embed?couleur=aa3300&marque=0" title="Politique" style="width:100%;border:0;height:150px"></iframe><script src="${origin}/embed.js" async></script></body></html>`,
    }),
  );
  await host.context().grantPermissions(["local-network-access"], { origin: new URL(clientUrl).origin });
  await host.goto(clientUrl);
  await expect.poll(async () => (await host.locator("iframe").boundingBox())?.height ?? 0, { timeout: 10_000 }).toBeGreaterThan(1500);
  const frame = host.frameLocator("iframe");
  await expect(frame.getByRole("heading", { level: 1, name: "Politique de confidentialité" })).toBeVisible();
  await expect(frame.getByText("publiée avec")).toHaveCount(0);
  expect(await frame.locator("a").first().evaluate((a) => getComputedStyle(a).color)).toBe("rgb(170, 51, 0)");
  await host.close();
  const embed = await request.get(`/p/${oldSlug}/embed`);
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(embed.headers()["set-cookie"]).toBeUndefined();
  expect((await request.get(`/p/${oldSlug}`)).headers()["content-security-policy"]).toContain("frame-ancestors 'none'");

  const atom = await request.get(`/p/${oldSlug}/atom`);
  expect(atom.headers()["content-type"]).toContain("application/atom+xml");
  const feed = await atom.text();
  expect(feed.match(/<entry>/g)).toHaveLength(1);
  expect(feed).toContain(`/p/${oldSlug}/v/1</id>`);

  // Change the address.
  await page.goto(`${new URL(page.url()).pathname.replace(/\/edit.*$/, "")}/versions`);
  await expect(page.getByRole("heading", { name: "Versions publiées" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Versions" }).getByRole("listitem")).toHaveCount(1);
  await expectNoAxeViolations(page); // the versions page, with its « Intégrer » panel
  const address = page.getByLabel("Adresse publique");
  await address.fill("Pas Valide!");
  await page.getByRole("button", { name: "Changer l’adresse" }).click();
  await expect(page.getByText(/Lettres minuscules sans accent, chiffres et tirets seulement/)).toBeVisible();
  const newSlug = `atelier-lumen-${Date.now().toString(36)}`;
  await address.fill(newSlug);
  await page.getByRole("button", { name: "Changer l’adresse" }).click();
  await expect(page.getByText(`Nouvelle adresse\u00a0: /p/${newSlug}. L’ancienne redirige vers elle.`)).toBeVisible();
  const moved = await request.get(`/p/${oldSlug}/v/1`, { maxRedirects: 0 });
  expect(moved.status()).toBe(301);
  expect(moved.headers()["location"]).toBe(`/p/${newSlug}/v/1`);

  // Withdraw, then restore.
  await page.getByRole("button", { name: "Retirer la publication" }).click();
  await expect(page.getByRole("dialog", { name: "Retirer la publication ?" })).toBeVisible();
  await expectNoAxeViolations(page); // with the confirmation dialog open
  await page.getByRole("dialog", { name: "Retirer la publication ?" }).getByRole("button", { name: "Retirer" }).click();
  await expect(page.getByText("Publication retirée\u00a0: les pages publiques répondent désormais « retirée ».")).toBeVisible();
  const gone = await request.get(`/p/${newSlug}`);
  expect(gone.status()).toBe(410);
  expect(await gone.text()).toContain("Politique retirée");
  // The public error pages (410 here, 404 for an unknown address) and the embed page pass axe too.
  const reader = await page.context().newPage();
  await reader.goto(`/p/${newSlug}`);
  await expect(reader.getByRole("heading", { level: 1, name: "Politique retirée" })).toBeVisible();
  await expectNoAxeViolations(reader);
  await reader.goto(`/p/adresse-inconnue-${Date.now().toString(36)}`);
  await expect(reader.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
  await expectNoAxeViolations(reader);
  await page.getByRole("button", { name: "Rétablir la publication" }).click();
  await expect(page.getByText("Publication rétablie.")).toBeVisible();
  expect((await request.get(`/p/${newSlug}`)).status()).toBe(200);
  for (const embed of [`/p/${newSlug}/embed`, `/p/${newSlug}/embed?couleur=aa3300&marque=0`]) {
    await reader.goto(embed);
    await expect(reader.getByRole("heading", { level: 1, name: "Politique de confidentialité" })).toBeVisible();
    await expectNoAxeViolations(reader);
  }
  await reader.close();
});
