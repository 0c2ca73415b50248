// Measures, in Debian's Chromium, the time from a keystroke in the wizard to the updated live preview,
// on the e-commerce template (the largest policy). Serves the production build (.next-test) on a
// throwaway database, like the e2e tests. Prints the figures; asserts nothing.
// Usage: npm run bench:preview
import { spawn } from "node:child_process";
import path from "node:path";
import { chromium } from "playwright";
import { ROOT, ensureBuild } from "./lib/bootstrap.mjs";
import { freePort, waitForHttp } from "./lib/net.mjs";

ensureBuild(".next-test");
const port = await freePort();
const server = spawn(process.execPath, [path.join(ROOT, "scripts/e2e-server.mjs")], { cwd: ROOT, env: { ...process.env, E2E_PORT: String(port) }, stdio: "ignore" });
const base = `http://localhost:${port}`;
try {
  await waitForHttp(`${base}/`, 60_000);
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(`${base}/connexion`);
  await page.getByLabel("Adresse e-mail").fill("bench@exemple.fr");
  await page.getByRole("button", { name: "Recevoir un lien de connexion" }).click();
  await page.waitForURL(/verifier/);
  await page.goto(`${base}/boite-mail`);
  await page.goto(await page.getByRole("link", { name: /Ouvrir le lien/ }).first().getAttribute("href"));
  await page.goto(`${base}/policies/nouvelle`);
  await page.getByRole("button", { name: /Commencer : boutique en ligne/ }).click();
  await page.waitForURL(/edit/);
  await page.goto(`${page.url().split("?")[0]}?step=service`);
  const field = page.getByLabel("Nom du service");
  await field.fill("Boutique");
  await page.evaluate(() => {
    const w = window;
    w.__samples = [];
    const target = document.querySelector("[data-testid='apercu']");
    let pressed = null;
    document.addEventListener("keydown", () => (pressed = performance.now()), true);
    new MutationObserver(() => {
      if (pressed !== null) {
        w.__samples.push(performance.now() - pressed);
        pressed = null;
      }
    }).observe(target, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  const text = " Lumiere des Halles, epicerie fine en ligne";
  for (const ch of text) {
    await field.press(ch === " " ? "Space" : ch);
    await page.waitForTimeout(60);
  }
  const samples = (await page.evaluate(() => window.__samples)).sort((a, b) => a - b);
  const engine = await page.getByTestId("apercu").getAttribute("data-render-ms");
  const q = (p) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))];
  console.log(`Aperçu en direct (modèle e-commerce, ${samples.length} frappes) : médiane ${q(0.5).toFixed(1)} ms, p95 ${q(0.95).toFixed(1)} ms de la frappe à l’aperçu mis à jour — cible < 50 ms : ${q(0.5) < 50 ? "OK" : "DÉPASSÉE"}`);
  console.log(`dont moteur (construction + rendu HTML, dernière frappe) : ${engine} ms`);
  await browser.close();
} finally {
  server.kill("SIGTERM");
}
