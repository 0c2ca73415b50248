import { expect, test, type JSHandle, type Page } from "@playwright/test";
import { createPolicy, expectNoAxeViolations, signIn, uniqueEmail } from "./helpers";

// Issue 10: the wizard works on a 390 px phone (nothing overflows, every target is tappable, every
// « Corriger » leads to a visible field) and with the keyboard alone (focus never falls to <body>).

const STEPS = ["entreprise", "service", "donnees", "finalites", "destinataires", "cookies", "droits", "relecture"] as const;
const TEMPLATE = "Boutique en ligne";
const PHONE = { width: 390, height: 844 };
const PREVIEW = "Voir l’aperçu et la conformité";

/** Opens every card (`details`) of the page, so what they hold is measured too. */
async function openAllCards(page: Page) {
  await page.locator("details").evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
}

/**
 * Whatever sticks out of the viewport on the right: the page's scroll width, then every visible element of the
 * questions and of the aside (an element inside a frame that scrolls or clips horizontally only needs its frame to fit).
 */
async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width) out.push(`document.documentElement.scrollWidth = ${document.documentElement.scrollWidth}`);
    const roots = [...document.querySelectorAll<HTMLElement>("[data-testid='assistant']")];
    for (const root of roots) {
      for (const el of [root, ...root.querySelectorAll<HTMLElement>("*")]) {
        const r = el.getBoundingClientRect();
        if (!r.width || !r.height) continue;
        let clipped = false;
        for (let p = el.parentElement; p && p !== root.parentElement; p = p.parentElement) {
          if (getComputedStyle(p).overflowX !== "visible") {
            clipped = true;
            break;
          }
        }
        if (!clipped && r.right > width + 0.5) {
          out.push(`<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} class="${el.className}"> « ${(el.textContent ?? "").trim().slice(0, 40)} » right = ${Math.round(r.right)}`);
        }
      }
    }
    return out;
  });
}

/**
 * Tap targets of every visible interactive element of the wizard: at least 44 px high and 24 px wide. A checkbox
 * is measured by the label that encloses it; a link inside a sentence is exempt (WCAG 2.5.8, « inline »).
 */
async function smallTargets(page: Page): Promise<{ measured: number; small: string[] }> {
  return page.evaluate(() => {
    const root = document.querySelector<HTMLElement>("[data-testid='assistant']");
    if (!root) return { measured: 0, small: ["no wizard on the page"] };
    const selector = "a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex='-1']), [role=option]";
    let measured = 0;
    const small: string[] = [];
    for (const el of root.querySelectorAll<HTMLElement>(selector)) {
      if (!el.checkVisibility({ visibilityProperty: true }) || !el.getClientRects().length) continue;
      // Screen-reader-only text is no target.
      if (el.closest(".sr-only")) continue;
      if (el instanceof HTMLAnchorElement && getComputedStyle(el).display === "inline") {
        const block = el.parentElement;
        if (block && (block.textContent ?? "").trim().length > (el.textContent ?? "").trim().length) continue;
      }
      const target = el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio") ? (el.closest("label") ?? el) : el;
      const r = target.getBoundingClientRect();
      measured += 1;
      if (r.height < 44 - 0.5 || r.width < 24 - 0.5) {
        const name = el.getAttribute("aria-label") ?? el.id ?? "";
        small.push(`<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}> « ${((el.textContent ?? "").trim() || name).slice(0, 50)} » ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
    }
    return { measured, small };
  });
}

/** The focused element: not <body>, visible, and (`control`) a control a founder can act on. */
async function focusState(page: Page, control: boolean): Promise<{ ok: boolean; describe: string }> {
  return page.evaluate((needControl) => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { ok: false, describe: "body" };
    const r = el.getBoundingClientRect();
    const visible = el.checkVisibility({ visibilityProperty: true }) && r.width > 0 && r.height > 0;
    const tag = el.tagName.toLowerCase();
    const isControl = ["input", "select", "textarea", "button", "summary"].includes(tag);
    return { ok: visible && (isControl || !needControl), describe: `<${tag}${el.id ? `#${el.id}` : ""}> visible=${visible}` };
  }, control);
}

async function expectFocusVisible(page: Page, what: string, control = false) {
  await expect.poll(async () => (await focusState(page, control)).ok, { message: what }).toBe(true);
}

test.describe("on a 390 px phone", () => {
  test.use({ viewport: PHONE });

  for (const step of STEPS) {
    test(`step « ${step} »: nothing overflows, every target is at least 44 px high, axe finds nothing, with the preview shown or not`, async ({ page }) => {
      test.setTimeout(120_000);
      await signIn(page, uniqueEmail(`tel-${step}`));
      const id = await createPolicy(page, TEMPLATE);
      await page.goto(`/policies/${id}/edit?step=${step}`);
      await expect(page.locator("#etape-titre")).toBeFocused();
      await openAllCards(page);

      expect(await horizontalOverflow(page), "questions overflow").toEqual([]);
      const questions = await smallTargets(page);
      expect(questions.small, "questions: small targets").toEqual([]);
      expect(questions.measured).toBeGreaterThan(10);
      await expectNoAxeViolations(page);

      await page.getByRole("button", { name: PREVIEW }).click();
      await expect(page.getByTestId("apercu")).toBeVisible();
      await expect(page.locator("#etape-titre")).toBeHidden();
      await openAllCards(page);
      expect(await horizontalOverflow(page), "preview overflow").toEqual([]);
      const preview = await smallTargets(page);
      expect(preview.small, "preview: small targets").toEqual([]);
      expect(preview.measured).toBeGreaterThan(5);
      await expectNoAxeViolations(page);
      console.log(`[phone] ${step}: ${questions.measured} targets measured in the questions, ${preview.measured} with the preview`);
    });
  }

  test("every « Corriger » of the compliance panel brings the questions back and focuses a visible field, on the current step too", async ({ page }) => {
    test.setTimeout(240_000);
    await signIn(page, uniqueEmail("tel-corriger"));
    const id = await createPolicy(page, TEMPLATE);
    const openPanel = async () => {
      await page.goto(`/policies/${id}/edit?step=entreprise`);
      await expect(page.locator("#etape-titre")).toBeFocused();
      await page.getByRole("button", { name: PREVIEW }).click();
      await page.locator("#panneau-apercu details").evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      return page.locator("#panneau-apercu").getByRole("button", { name: /^Corriger/ });
    };
    const count = await (await openPanel()).count();
    expect(count).toBeGreaterThan(3);
    let onCurrentStep = 0;
    for (let i = 0; i < count; i += 1) {
      const fix = (await openPanel()).nth(i);
      const label = (await fix.textContent()) ?? "";
      await fix.click();
      await expect(page.locator("#etape-titre"), label).toBeVisible();
      await expect(page.getByRole("button", { name: PREVIEW })).toHaveAttribute("aria-expanded", "false");
      await expectFocusVisible(page, label, true);
      const focus = await page.evaluate(() => document.activeElement?.getBoundingClientRect().top ?? -1);
      expect(focus, `${label}: the field is scrolled into view`).toBeGreaterThanOrEqual(0);
      expect(focus).toBeLessThan(PHONE.height);
      if (/step=entreprise/.test(page.url())) onCurrentStep += 1;
    }
    expect(onCurrentStep, "findings on the step being shown").toBeGreaterThan(0);
    console.log(`[phone] ${count} « Corriger » exercised, ${onCurrentStep} on the current step`);
  });
});

/** Presses `key` until the focused element satisfies `matches` (run in the page: no outer variable), checking the focus at each press. */
async function pressUntil(page: Page, key: string, matches: (el: Element) => boolean, max = 80): Promise<void> {
  const trail: string[] = [];
  for (let i = 0; i < max; i += 1) {
    trail.push(await page.evaluate(() => { const el = document.activeElement!; return `${el.tagName}#${el.id} ${(el.textContent ?? "").slice(0, 20)}`; }));
    const focused = await page.evaluateHandle(() => document.activeElement ?? document.body);
    if (await page.evaluate(matches, focused as JSHandle<Element>)) return;
    await page.keyboard.press(key);
    expect(await page.evaluate(() => document.activeElement !== document.body), `focus fell to <body> after ${key}`).toBe(true);
  }
  throw new Error(`not reached with ${key} after ${max} presses: ${trail.join(" | ")}`);
}

test.describe("with the keyboard alone", () => {
  test("a vendor is added from the catalogue, opened, moved up and down, then deleted; focus is never lost", async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, uniqueEmail("clavier-prestataire"));
    const id = await createPolicy(page, TEMPLATE);
    await page.goto(`/policies/${id}/edit?step=destinataires`);
    await expect(page.locator("#etape-titre")).toBeFocused();

    await pressUntil(page, "Tab", (el) => el.getAttribute("role") === "combobox");
    await page.keyboard.type("Hotjar");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("catalogue-annonce")).toContainText("Hotjar ajouté aux destinataires");
    await expectFocusVisible(page, "after adding Hotjar");
    await expect(page.getByRole("combobox")).toBeFocused();

    await pressUntil(page, "Tab", (el) => el.tagName === "SUMMARY" && (el.textContent ?? "").startsWith("Hotjar"));
    await page.keyboard.press("Enter");
    const card = page.locator("details", { has: page.locator("summary", { hasText: /^Hotjar/ }) });
    await expect(card).toHaveAttribute("open", "");
    await expectFocusVisible(page, "after opening the card");
    const position = () => card.evaluate((d) => Number(d.id.split(".").pop()));
    const last = await position();

    await pressUntil(page, "Tab", (el) => el.getAttribute("data-deplacer") === "haut" && (el.closest("details")?.querySelector("summary")?.textContent ?? "").startsWith("Hotjar"), 200);
    await page.keyboard.press("Enter");
    await expect.poll(position).toBe(last - 1);
    await expectFocusVisible(page, "after « Monter »");
    expect(await page.evaluate(() => (document.activeElement?.closest("details")?.querySelector("summary")?.textContent ?? ""))).toMatch(/^Hotjar/);

    await pressUntil(page, "Tab", (el) => el.getAttribute("data-deplacer") === "bas");
    await page.keyboard.press("Enter");
    await expect.poll(position).toBe(last);
    await expectFocusVisible(page, "after « Descendre »");
    expect(await page.evaluate(() => (document.activeElement?.closest("details")?.querySelector("summary")?.textContent ?? ""))).toMatch(/^Hotjar/);

    await pressUntil(page, "Tab", (el) => el.tagName === "BUTTON" && el.textContent === "Supprimer");
    await page.keyboard.press("Enter");
    const question = card.getByRole("alertdialog");
    if (await question.isVisible()) {
      await expect(question.getByRole("button", { name: "Supprimer avec ses cookies" })).toBeFocused();
      await page.keyboard.press("Enter");
    }
    await expect(page.locator("summary", { hasText: /^Hotjar/ })).toHaveCount(0);
    await expectFocusVisible(page, "after « Supprimer »");
  });

  test("an address is added and removed, a purpose is added and its type changed; focus is never lost", async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, uniqueEmail("clavier-listes"));
    const id = await createPolicy(page, TEMPLATE);
    await page.goto(`/policies/${id}/edit?step=service`);
    await expect(page.locator("#etape-titre")).toBeFocused();

    await pressUntil(page, "Tab", (el) => el.tagName === "BUTTON" && el.textContent === "Ajouter" && el.id.startsWith("champ-"));
    const addresses = page.getByRole("list", { name: "Adresses du service" }).getByRole("listitem");
    const before = await addresses.count();
    await page.keyboard.press("Enter");
    await expect(addresses).toHaveCount(before + 1);
    await expectFocusVisible(page, "after adding an address");
    await pressUntil(page, "Shift+Tab", (el) => el.tagName === "INPUT" && (el.getAttribute("aria-label") ?? "").startsWith("Adresses du service"));
    await page.keyboard.type("https://boutique.exemple.fr");
    await expect(page.getByLabel(`Adresses du service ${before + 1}`, { exact: true })).toHaveValue("https://boutique.exemple.fr");
    await pressUntil(page, "Tab", (el) => el.tagName === "BUTTON" && el.textContent === "Retirer");
    await page.keyboard.press("Enter");
    await expect(addresses).toHaveCount(before);
    await expectFocusVisible(page, "after « Retirer »");

    await page.goto(`/policies/${id}/edit?step=finalites`);
    await expect(page.locator("#etape-titre")).toBeFocused();
    const purposes = await page.locator("details[id^='champ-purposes.']").count();
    await pressUntil(page, "Tab", (el) => el.id === "champ-purposes", 200);
    await page.keyboard.press("Enter");
    await expect(page.locator("details[id^='champ-purposes.']")).toHaveCount(purposes + 1);
    await expectFocusVisible(page, "after adding a purpose");
    await pressUntil(page, "Tab", (el) => el.tagName === "SELECT" && el.id.startsWith("champ-purposes.") && el.id.endsWith(".key"), 10);
    const type = page.locator(`[id='champ-purposes.${purposes}.key']`);
    const was = await type.inputValue();
    // « Autre finalité » is the last option: ArrowUp picks the one above it, without opening the list.
    await page.keyboard.press("ArrowUp");
    await expect(type).not.toHaveValue(was);
    await expectFocusVisible(page, "after changing the type of purpose");
    await expect(type).toBeFocused();
  });

  test("Enter in a text field keeps what was typed (saved, and shown when coming back)", async ({ page }) => {
    await signIn(page, uniqueEmail("clavier-entree"));
    const id = await createPolicy(page, TEMPLATE);
    await page.goto(`/policies/${id}/edit?step=entreprise`);
    await expect(page.locator("#etape-titre")).toBeFocused();
    await pressUntil(page, "Tab", (el) => el.tagName === "INPUT");
    await page.keyboard.type("Clavier Seul SARL");
    await page.keyboard.press("Enter");
    await expectFocusVisible(page, "after Enter");
    await expect(page.getByTestId("apercu")).toContainText("Clavier Seul SARL");
    await expect(page.getByTestId("statut-enregistrement")).toHaveAttribute("data-status", "saved", { timeout: 10_000 });
    await page.goto(`/policies/${id}/edit?step=entreprise`);
    await expect(page.getByLabel("Dénomination sociale ou nom")).toHaveValue("Clavier Seul SARL");
  });
});
