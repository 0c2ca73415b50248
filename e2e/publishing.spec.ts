import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { HtmlValidate } from "html-validate";
import { createPolicy, fillEssentials, publish, signIn, uniqueEmail } from "./helpers";

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

  // Add a recipient from the catalogue, publish v2.
  await page.goto(`${new URL(page.url()).pathname}?step=destinataires`);
  await page.getByLabel("Rechercher un prestataire (Stripe, Brevo, OpenAI…)").fill("brevo");
  await page.getByRole("button", { name: /^Brevo —/ }).click();
  await expect(page.getByTestId("statut-enregistrement")).toHaveAttribute("data-status", "saved", { timeout: 10_000 });
  await publish(page, "Ajout de Brevo pour les e-mails");

  await visitor.goto(`/p/${slug}/v/1`);
  await expect(visitor.getByRole("note")).toContainText("Cette version n’est plus en vigueur.");
  await expect(visitor.getByRole("link", { name: "Consulter la version en vigueur (version 2)" })).toBeVisible();
  // The alias is cacheable for 60 s by design: ask the server, not this browser's cache.
  const alias = await request.get(`/p/${slug}`);
  expect(alias.headers()["cache-control"]).toBe("public, max-age=60, stale-while-revalidate=600");
  expect(await alias.text()).toMatch(/Version 2 · Dernière mise à jour\u00a0: \d+/);
  await visitor.goto(`/p/${slug}/historique`);
  await expect(visitor.getByText("Note de l’éditeur\u00a0: Ajout de Brevo pour les e-mails")).toBeVisible();
  await visitor.getByRole("link", { name: "Différences avec la version 1" }).click();
  await expect(visitor.getByRole("heading", { name: "Différences entre les versions 1 et 2" })).toBeVisible();
  await expect(visitor.getByRole("listitem").filter({ hasText: /^Nouveau destinataire\u00a0: Brevo/ })).toBeVisible();
  await expect(visitor.locator("ins").first()).toContainText("Ajouté");
  await ctx.close();

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

test("hostile answers appear as text on the hosted page, in the PDF, the HTML download and the embed JSON — never as markup or a live link", async ({ page, request }) => {
  test.setTimeout(120_000);
  const payloads = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "javascript:alert(1)"];
  await signIn(page, uniqueEmail("xss"));
  await createPolicy(page, "Site vitrine");
  await fillEssentials(page, `Pirate ${payloads[0]} SARL`, { description: `Vitrine ${payloads[1]} et ${payloads[2]}` });

  // A javascript: address is refused where a URL is expected.
  await page.getByRole("navigation", { name: "Étapes de l’assistant" }).getByRole("link", { name: /Service/ }).click();
  const second = page.getByLabel("Adresses du service 2", { exact: true });
  await page.getByRole("button", { name: "Ajouter", exact: true }).click();
  await second.fill(payloads[2]!);
  await expect(page.locator("[id='champ-service.urls.1-erreur']")).toHaveText("Adresse web invalide\u00a0: elle doit commencer par https:// ou http://.");
  await expect(page.getByTestId("statut-enregistrement")).toHaveAttribute("data-status", "invalid");
  await page.getByRole("button", { name: "Retirer adresses du service 2" }).click();
  await expect(page.getByTestId("statut-enregistrement")).toHaveAttribute("data-status", "saved", { timeout: 10_000 });

  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
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
