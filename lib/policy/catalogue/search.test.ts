// searchCatalogue finds a vendor by the names founders use: aliases and common names, whatever the case and accents.
import { describe, expect, it } from "vitest";
import { CATALOGUE, exactCatalogueMatch, searchCatalogue } from "./index";

describe("searchCatalogue: aliases and common names come first", () => {
  it.each([
    ["GA4", "google-analytics-4"],
    ["ga4", "google-analytics-4"],
    ["Google Analytics 4", "google-analytics-4"],
    ["gtag", "google-analytics-4"],
    ["Facebook Pixel", "meta-pixel"],
    ["pixel facebook", "meta-pixel"],
    ["Meta", "meta-pixel"],
    ["facebook", "meta-pixel"],
    ["Gmail", "google-workspace"],
    ["G Suite", "google-workspace"],
    ["AWS", "aws"],
    ["Amazon", "aws"],
    ["OVH", "ovhcloud"],
    ["Sendinblue", "brevo"],
    ["sendinblue", "brevo"],
    ["ChatGPT", "openai-api"],
    ["chat gpt", "openai-api"],
    ["Claude", "anthropic-api"],
    ["Office 365", "microsoft-365"],
    ["Outlook", "microsoft-365"],
    ["Piwik", "matomo-cloud"],
    ["YouTube", "youtube-nocookie"],
    ["AdWords", "google-ads"],
    ["Okta", "auth0"],
    ["GCP", "google-cloud"],
  ])("« %s » finds %s first", (query, id) => {
    expect(searchCatalogue(query)[0]?.id).toBe(id);
  });
});

describe("searchCatalogue: case and accents do not matter", () => {
  it.each([
    ["STRIPE", "stripe"],
    ["brévo", "brevo"],
    ["ÖVH", "ovhcloud"],
    ["chatgpt", "openai-api"],
    ["CHATGPT", "openai-api"],
    ["Plausible Insights OU", "plausible"],
    ["hébergement", "scaleway"],
    ["hebergement", "scaleway"],
  ])("« %s » finds %s", (query, id) => {
    expect(searchCatalogue(query, 50).map((e) => e.id)).toContain(id);
  });
});

describe("searchCatalogue: ranking", () => {
  it("an exact alias beats a prefix of another name (« GA » is Google Analytics 4 before Google Ads)", () => {
    expect(searchCatalogue("GA")[0]?.id).toBe("google-analytics-4");
  });

  it("name and alias prefixes come before matches on the legal entity (« google » lists Google services before Firebase and YouTube)", () => {
    const ids = searchCatalogue("google", 20).map((e) => e.id);
    const lastGoogle = Math.max(...["google-ads", "google-analytics-4", "google-cloud", "google-fonts", "google-maps", "google-workspace"].map((id) => ids.indexOf(id)));
    expect(ids.indexOf("firebase")).toBeGreaterThan(lastGoogle);
    expect(ids.indexOf("youtube-nocookie")).toBeGreaterThan(lastGoogle);
  });

  it("a category label still finds its vendors (« paiement » finds Stripe, PayPal, Mollie)", () => {
    expect(searchCatalogue("paiement", 50).map((e) => e.id)).toEqual(expect.arrayContaining(["stripe", "paypal", "mollie"]));
  });
});

describe("aliases", () => {
  it("every entry has an aliases list of distinct, non-blank strings, none equal to its own name", () => {
    for (const e of CATALOGUE) {
      expect(Array.isArray(e.aliases), e.id).toBe(true);
      expect(new Set(e.aliases).size, e.id).toBe(e.aliases.length);
      for (const a of e.aliases) {
        expect(a.trim(), e.id).not.toBe("");
        expect(a.toLowerCase(), e.id).not.toBe(e.name.toLowerCase());
      }
    }
  });

  it("exactCatalogueMatch finds a name, id or alias typed exactly, and nothing for a partial or unknown name", () => {
    expect(exactCatalogueMatch("gmail")?.id).toBe("google-workspace");
    expect(exactCatalogueMatch("  Stripe ")?.id).toBe("stripe");
    expect(exactCatalogueMatch("strip")).toBeUndefined();
    expect(exactCatalogueMatch("Ma Compta")).toBeUndefined();
    expect(exactCatalogueMatch("")).toBeUndefined();
  });
});
