import { expect, test, type Page } from "@playwright/test";
import { STEP_SCHEMAS, STEPS, fieldLabel } from "../lib/policy/schema";
import { createPolicy, signIn, uniqueEmail } from "./helpers";

// Issue 10: every finding is fixable where it is shown. Each « Corriger » of the compliance panel (blocking,
// warnings and the collapsed « informations ») leads to the step of its field and focuses that field.

/** The wizard step of an answer path, from the engine's own step schemas. */
function stepOf(path: string): string {
  const key = path.split(".")[0]!;
  return STEPS.find((s) => key in STEP_SCHEMAS[s].shape) ?? "?";
}

async function waitSaved(page: Page) {
  await expect(page.getByTestId("statut-enregistrement")).toHaveAttribute("data-status", "saved", { timeout: 10_000 });
}

const card = (page: Page, title: RegExp) => page.locator("details", { has: page.locator("summary", { hasText: title }) });

/** A draft full of findings: a template whose identity is left empty, then a few edits that break it. */
async function brokenDraft(page: Page): Promise<string> {
  await signIn(page, uniqueEmail("corriger-tout"));
  const id = await createPolicy(page, "Boutique en ligne");

  await page.goto(`/policies/${id}/edit?step=finalites`);
  const purposes = page.locator("details[id^='champ-purposes.']");
  // A purpose on legitimate interest with no interest stated (M05).
  const first = purposes.nth(0);
  await first.locator(":scope > summary").click();
  await first.getByLabel("Base légale").selectOption({ label: "Intérêt légitime" });
  await first.getByLabel("Intérêt légitime poursuivi").fill("");
  // A retention « for the length of the relationship » with no event that ends it (M08).
  const second = purposes.nth(1);
  await second.locator(":scope > summary").click();
  await second.getByLabel("Type de durée").selectOption({ label: "La durée de la relation, éventuellement prolongée" });
  await second.getByLabel("Fin de la relation", { exact: true }).fill("");

  await waitSaved(page);
  // A vendor outside the EEA whose transfer is « À déterminer » (M07).
  await page.goto(`/policies/${id}/edit?step=destinataires`);
  const stripe = card(page, /^Stripe/);
  await stripe.locator(":scope > summary").click();
  await stripe.getByLabel("Encadrement des transferts").selectOption({ label: "À déterminer" });

  await waitSaved(page);
  // A cookie added by hand and left empty.
  await page.goto(`/policies/${id}/edit?step=cookies`);
  const trackers = page.locator("details[id^='champ-cookies.trackers.']");
  const before = await trackers.count();
  await page.locator("[id='champ-cookies.trackers']").click();
  await expect(trackers).toHaveCount(before + 1);
  await expect(page.getByTestId("statut-enregistrement")).not.toHaveAttribute("data-status", "pending");

  await waitSaved(page);
  // Rights exercised through a form whose address is missing.
  await page.goto(`/policies/${id}/edit?step=droits`);
  await page.getByRole("checkbox", { name: "Par un formulaire en ligne" }).check();
  await expect(page.getByLabel("Adresse du formulaire")).toHaveValue("");
  await waitSaved(page);
  return id;
}

/** The « Corriger » buttons of the panel, with the collapsed « informations » opened. */
async function fixButtons(page: Page, id: string) {
  await page.goto(`/policies/${id}/edit?step=relecture`);
  await expect(page.locator("#etape-titre")).toBeFocused();
  await page.locator("#panneau-apercu details").evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  return page.locator("#panneau-apercu").getByRole("button", { name: /^Corriger/ });
}

test("every « Corriger » (blocking, warnings, informations) opens the field's step and focuses that field", async ({ page }) => {
  test.setTimeout(420_000);
  const id = await brokenDraft(page);
  const count = await (await fixButtons(page, id)).count();
  expect(count).toBeGreaterThan(10);
  const severities: Record<string, number> = {};
  const seen: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const fix = (await fixButtons(page, id)).nth(i);
    const field = (await fix.getAttribute("data-champ")) ?? "";
    const item = fix.locator("xpath=ancestor::li[1]");
    const severity = (await item.getAttribute("data-severity")) ?? "?";
    const finding = ((await item.textContent()) ?? "").replace(/\s+/g, " ").slice(0, 120);
    severities[severity] = (severities[severity] ?? 0) + 1;
    expect(field, finding).not.toBe("");
    await fix.click();

    // The step in the URL is the field's step, and its questions are shown.
    await expect(page, finding).toHaveURL(new RegExp(`[?&]step=${stepOf(field)}(&|$)`));
    await expect(page.locator("#etape-titre")).toBeVisible();

    // Focus lands on the field, or inside its container (a fieldset, a list), with an id `champ-…`.
    await expect
      .poll(() => page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body || !el.checkVisibility()) return "";
        return el.id.startsWith("champ-") ? el.id : (el.closest<HTMLElement>("[id^='champ-']")?.id ?? "");
      }), { message: `« ${finding} » (${field}) should focus its field` })
      .toMatch(/^champ-/);
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const own = el.id.startsWith("champ-") ? el.id : el.closest<HTMLElement>("[id^='champ-']")!.id;
      return { own: own.slice("champ-".length), inForm: Boolean(el.closest("form")) };
    });
    expect(focus.inForm, finding).toBe(true);
    // The focused field is the finding's field or the nearest part of it that is shown (its card, its list).
    expect(field === focus.own || field.startsWith(`${focus.own}.`) || focus.own.startsWith(`${field}.`), `${finding}: ${field} → ${focus.own}`).toBe(true);

    // Its accessible name is not empty; when it is the finding's field itself, it is the field's label.
    const focused = page.locator(":focus");
    const name = await focused.evaluate((el) => {
      const labelled = el.getAttribute("aria-label") ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? "";
      const by = (el.getAttribute("aria-labelledby") ?? "").split(" ").map((i) => document.getElementById(i)?.textContent ?? "").join(" ");
      const legend = el.tagName === "FIELDSET" ? (el.querySelector("legend")?.textContent ?? "") : "";
      return (labelled || by || legend || el.textContent || "").trim();
    });
    expect(name, `${finding}: accessible name`).not.toBe("");
    const label = focus.own === field && (await focused.getAttribute("id")) === `champ-${field}` ? fieldLabel(field) : undefined;
    if (label) {
      const described = `${await focused.evaluate((el) => el.getAttribute("aria-label") ?? "")} ${name} ${await focused.evaluate((el) => (el.getAttribute("aria-describedby") ?? "").split(" ").map((i) => document.getElementById(i)?.textContent ?? "").join(" "))}`;
      expect(described, `${finding}: the focused control names « ${label} »`).toContain(label);
    }
    seen.push(`${severity} ${field} → ${focus.own}`);
  }
  console.log(`[fix-every-finding] ${count} findings exercised: ${JSON.stringify(severities)}\n${seen.join("\n")}`);
  expect(severities.blocking ?? 0).toBeGreaterThan(0);
  expect(severities.warning ?? 0).toBeGreaterThan(0);
});
