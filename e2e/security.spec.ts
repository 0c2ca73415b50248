import { expect, test } from "@playwright/test";
import { createPolicy, fillEssentials, publish, signIn, uniqueEmail } from "./helpers";

function scriptSrc(csp: string | undefined): string {
  return csp?.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src")) ?? "";
}

test("every response carries the security headers; app pages have a nonce CSP and cannot be framed, hosted pages run no script, only the embed is framable; a forged Host never poisons the response cache", async ({ page, request }) => {
  test.setTimeout(90_000);
  const appPages = ["/connexion", "/connexion/verifier", "/boite-mail", "/page-inexistante"];
  for (const path of appPages) {
    const res = await request.get(path);
    const h = res.headers();
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(scriptSrc(h["content-security-policy"]), path).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'$/);
    expect(h["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(h["content-security-policy"], path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  }
  const [a, b] = await Promise.all([request.get("/connexion"), request.get("/connexion")]);
  expect(scriptSrc(a.headers()["content-security-policy"])).not.toBe(scriptSrc(b.headers()["content-security-policy"]));
  expect((await request.get("/embed.js")).headers()["x-content-type-options"]).toBe("nosniff");
  // The landing page is plain HTML like the hosted pages: no script allowed, not framable.
  const landing = (await request.get("/")).headers();
  expect(scriptSrc(landing["content-security-policy"])).toBe("script-src 'none'");
  expect(landing["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(landing["x-content-type-options"]).toBe("nosniff");
  expect(landing["permissions-policy"]).toContain("camera=()");

  // The app runs under its CSP without a single violation.
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await signIn(page, uniqueEmail("csp"));
  await createPolicy(page, "Site vitrine");
  await fillEssentials(page);
  const publicPath = await publish(page);
  expect(violations).toEqual([]);

  // First from Next.js, then replayed by the response cache in front of it (an Age header): the same headers.
  for (const round of ["Next.js", "cache"]) {
    const hosted = await request.get(publicPath);
    if (round === "cache") expect(hosted.headers()["age"], round).toMatch(/^\d+$/);
    expect(scriptSrc(hosted.headers()["content-security-policy"]), round).toBe("script-src 'none'");
    expect(hosted.headers()["content-security-policy"], round).toContain("frame-ancestors 'none'");
    expect(hosted.headers()["x-content-type-options"], round).toBe("nosniff");
    expect(hosted.headers()["referrer-policy"], round).toBe("strict-origin-when-cross-origin");
    expect(hosted.headers()["set-cookie"], round).toBeUndefined();
    const embed = await request.get(`${publicPath}/embed`);
    expect(embed.headers()["content-security-policy"], round).toContain("frame-ancestors *");
    expect(scriptSrc(embed.headers()["content-security-policy"]), round).toMatch(/^script-src 'sha256-[A-Za-z0-9+/=]+'$/);
    expect(embed.headers()["x-content-type-options"], round).toBe("nosniff");
  }

  // Cache poisoning: a forged Host or X-Forwarded-Host is never written into a public answer, neither the
  // one it gets nor the ones replayed to the next readers (absolute links come from the configured URL).
  const forged = { host: "attaquant.exemple", "x-forwarded-host": "attaquant.exemple", "x-forwarded-proto": "http" };
  for (const path of [`${publicPath}/v/1`, `${publicPath}/atom`, `${publicPath}/embed?marque=0`, `/api${publicPath}`, `${publicPath}/historique`]) {
    const first = await request.get(path, { headers: forged });
    expect(first.status(), path).toBe(200);
    expect(await first.text(), path).not.toContain("attaquant");
    const next = await request.get(path);
    expect(next.headers()["age"], path).toMatch(/^\d+$/);
    expect(await next.text(), path).not.toContain("attaquant");
  }
});

test("sign-in mails are limited per address and per IP, with a French message and no extra mail", async ({ page, request }) => {
  const email = uniqueEmail("limite");
  const csrf = async () => ((await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
  const ask = async (address: string, ip?: string) =>
    (await (
      await request.post("/api/auth/signin/email", {
        form: { email: address, csrfToken: await csrf(), callbackUrl: "/policies", json: "true" },
        headers: ip ? { "X-Forwarded-For": ip } : {},
      })
    ).json()) as { url: string };
  for (let i = 0; i < 3; i += 1) expect((await ask(email)).url).not.toContain("error=");
  expect((await ask(email)).url).toContain("error=TropDeDemandes");
  await page.goto("/boite-mail");
  await expect(page.getByRole("link", { name: `Ouvrir le lien de connexion pour ${email}` })).toHaveCount(3);

  // Per IP (behind a trusted proxy): 10 links from one network, whatever the addresses.
  const ip = `203.0.113.${Math.floor(Math.random() * 200) + 20}`;
  for (let i = 0; i < 10; i += 1) expect((await ask(uniqueEmail(`reseau-${i}`), ip)).url).not.toContain("error=");
  expect((await ask(uniqueEmail("reseau-11"), ip)).url).toContain("error=TropDeDemandes");

  // The form shows the limit in French.
  await page.goto("/connexion");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByRole("button", { name: "Recevoir un lien de connexion" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Trop de demandes de lien de connexion pour cette adresse ou depuis ce réseau. Réessayez dans quelques minutes." })).toBeVisible();
});

/** What a browser without JavaScript posts for the first « Commencer » form: every field React rendered in it. */
async function formFields(page: import("@playwright/test").Page): Promise<Record<string, string>> {
  const form = page.locator("form:has(input[name='kind'])").first();
  await expect(form).toBeVisible();
  return form.evaluate((f: HTMLFormElement) => Object.fromEntries([...new FormData(f)].map(([k, v]) => [k, String(v)])));
}

test("a server action called from another origin is refused and writes nothing", async ({ page }) => {
  await signIn(page, uniqueEmail("origine"));
  await page.goto("/policies/nouvelle");
  const fields = await formFields(page);
  const url = new URL("/policies/nouvelle", page.url()).toString();
  const post = (origin: string) => page.request.post(url, { multipart: fields, headers: { Origin: origin }, maxRedirects: 0 });
  const foreign = await post("https://attaquant.exemple");
  expect(foreign.status()).toBeGreaterThanOrEqual(400);
  await page.goto("/policies");
  await expect(page.getByText("Aucune politique pour l’instant")).toBeVisible();
  const same = await post(new URL(page.url()).origin);
  expect(same.status()).toBeLessThan(400);
  await page.goto("/policies");
  await expect(page.getByRole("list", { name: "Politiques" }).getByRole("listitem")).toHaveCount(1);
});

test("a signed-in user is never sent off the site by /connexion?callbackUrl= (tab, newline, backslash, encoded or not)", async ({ page }) => {
  await signIn(page, uniqueEmail("redirection"));
  const home = new URL(page.url()).host;
  for (const payload of ["/%09/evil.example", "/%0A/evil.example", "/%5Cevil.example", "//evil.example", "/\\evil.example", "https://evil.example", "/%E2%80%A8/evil.example", "/é%00"]) {
    const response = await page.goto(`/connexion?callbackUrl=${payload}`);
    expect(response?.status(), payload).toBeLessThan(500);
    expect(new URL(page.url()).host, payload).toBe(home);
    expect(new URL(page.url()).pathname, payload).toBe("/policies");
  }
});

test("the local outbox answers only a client on this machine: from another interface it is a 404, even with a forged peer header", async ({ request, baseURL }) => {
  const { networkInterfaces } = await import("node:os");
  const external = Object.values(networkInterfaces()).flat().find((i) => i && !i.internal && i.family === "IPv4")?.address;
  const port = new URL(baseURL!).port;
  // From this machine, a forged peer header changes nothing: the server sets the peer itself.
  const local = await request.get("/boite-mail", { headers: { "x-clairement-peer": "192.0.2.99" } });
  expect(local.status()).toBe(200);
  // Every machine this suite has run on has a network interface besides loopback; without one, say so loudly.
  expect(external, "aucune interface réseau autre que la boucle locale : impossible de joindre le serveur « de l’extérieur »").toBeTruthy();
  const remote = await request.get(`http://${external}:${port}/boite-mail`, { headers: { "x-clairement-peer": "127.0.0.1" } });
  expect(remote.status()).toBe(404);
  expect(await remote.text()).not.toContain("Ouvrir le lien de connexion");
  const verify = await request.get(`http://${external}:${port}/connexion/verifier`);
  expect(await verify.text()).not.toContain("boîte d’envoi locale");
});

test("a path with dot segments is redirected to its normalised form before routing or caching (raw request, not normalised by a client)", async ({ baseURL }) => {
  const { request: raw } = await import("node:http");
  const { port, hostname } = new URL(baseURL!);
  const get = (path: string) => new Promise<{ status: number; location: string | undefined }>((resolve, reject) => {
    raw({ host: hostname, port, path, method: "GET" }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, location: res.headers.location });
    }).on("error", reject).end();
  });
  for (const [path, target] of [["/p/a/../b/v/1", "/p/b/v/1"], ["/p/a/%2e%2e/b", "/p/b"], ["/api/p/x/./y", "/api/p/x/y"], ["/p/x/../y/v/1.pdf?t=1", "/p/y/v/1.pdf?t=1"]]) {
    const res = await get(path!);
    expect(res.status, path).toBe(308);
    expect(res.location, path).toBe(target);
  }
});

test("a server action without an Origin header is refused (403) and writes nothing; a prefetch of an app page carries the CSP", async ({ page }) => {
  await signIn(page, uniqueEmail("sans-origine"));
  await page.goto("/policies/nouvelle");
  const url = new URL("/policies/nouvelle", page.url()).toString();
  const anonymous = await page.request.fetch(url, { method: "POST", multipart: await formFields(page), maxRedirects: 0, headers: { Origin: "" } });
  expect(anonymous.status()).toBe(403);
  expect(await anonymous.text()).toBe("Requête refusée\u00a0: origine absente.");
  await page.goto("/policies");
  await expect(page.getByText("Aucune politique pour l’instant")).toBeVisible();
  const prefetches: Record<string, string>[] = [{ purpose: "prefetch" }, { "next-router-prefetch": "1" }, { "sec-purpose": "prefetch" }];
  for (const headers of prefetches) {
    const res = await page.request.get("/policies", { headers });
    expect(res.headers()["content-security-policy"], JSON.stringify(headers)).toContain("frame-ancestors 'none'");
  }
});
