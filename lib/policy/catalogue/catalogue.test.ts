import { describe, it, expect } from "vitest";
import { hasAdequacy, isEea, mechanismCovers, trackerNeedsConsent } from "../vocabulary";
import { CATALOGUE, findService, searchCatalogue, zCatalogueEntry, type TCatalogueEntry } from "./index";

/** The recipients RULES.md §6 asks the catalogue to seed, by catalogue id. */
const RULES_SECTION_6_IDS = [
  "stripe", "google-analytics-4", "auth0", "clerk", "openai-api", "openrouter", "vercel", "aws", "google-cloud",
  "ovhcloud", "brevo", "mailchimp", "hotjar", "meta-pixel", "crisp", "intercom", "paypal", "linkedin-insight-tag",
];

function entry(id: string): TCatalogueEntry {
  const found = findService(id);
  if (!found) throw new Error(`missing catalogue entry ${id}`);
  return found;
}

/** Every French sentence or fragment of an entry that may end up in a generated policy. */
function frenchTexts(e: TCatalogueEntry): { path: string; text: string }[] {
  const texts = [{ path: "clause", text: e.clause }];
  if (e.roleNote) texts.push({ path: "roleNote", text: e.roleNote });
  if (e.transfer.note) texts.push({ path: "transfer.note", text: e.transfer.note });
  e.cookies.forEach((c, i) => {
    texts.push({ path: `cookies.${i}.purpose`, text: c.purpose }, { path: `cookies.${i}.lifetime`, text: c.lifetime });
  });
  return texts;
}

function resolvePath(value: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((current, key) => {
    if (current === null || current === undefined || typeof current !== "object") return undefined;
    return (current as Record<string, unknown>)[key];
  }, value);
}

describe("catalogue contents", () => {
  it("every entry parses with zCatalogueEntry", () => {
    for (const e of CATALOGUE) {
      const result = zCatalogueEntry.safeParse(e);
      expect(result.success, `${e.id}: ${result.success ? "" : JSON.stringify(result.error.issues)}`).toBe(true);
    }
  });

  it("ids are unique", () => {
    const ids = CATALOGUE.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("holds at least 120 entries (issue 11 §5: the vendors small French businesses use)", () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(120);
  });

  it("contains every vendor of RULES §6", () => {
    for (const id of RULES_SECTION_6_IDS) expect(findService(id), id).toBeDefined();
  });

  it("findService returns undefined for an unknown id", () => {
    expect(findService("does-not-exist")).toBeUndefined();
  });

  it("every uncertain path points to a fact the entry states", () => {
    for (const e of CATALOGUE) {
      for (const path of e.uncertain) expect(resolvePath(e, path), `${e.id}: ${path}`).toBeDefined();
    }
  });

  it("RULES [U] facts of §6 are marked uncertain", () => {
    expect(entry("google-analytics-4").uncertain).toContain("transfer.mechanism");
    expect(entry("clerk").uncertain).toContain("transfer.mechanism");
    expect(entry("openai-api").uncertain).toContain("transfer.mechanism");
    expect(entry("openrouter").uncertain).toContain("transfer.mechanism");
    expect(entry("vercel").uncertain).toContain("transfer.mechanism");
    expect(entry("intercom").uncertain).toContain("transfer.mechanism");
    expect(entry("brevo").uncertain).toContain("dataLocations");
    expect(entry("paypal").uncertain).toContain("role");
    expect(entry("linkedin-insight-tag").uncertain).toContain("role");
  });

  it("RULES §6 roles: Meta is a joint controller, Stripe a processor with an independent-controller note", () => {
    expect(entry("meta-pixel").role).toBe("joint_controller");
    expect(entry("stripe").role).toBe("processor");
    expect(entry("stripe").roleNote).toMatch(/responsable de traitement indépendant/);
  });
});

describe("M07 transfers outside the EEA", () => {
  it("every non-EEA data location is framed by the entry's mechanism or its fallback (an adequacy decision only where it applies: Wix's Israel, with clauses for the United States)", () => {
    for (const e of CATALOGUE) {
      for (const c of e.dataLocations.filter((x) => !isEea(x))) {
        const framed = mechanismCovers(e.transfer.mechanism, c) || mechanismCovers(e.transfer.fallback, c);
        expect(framed, `${e.id} (${c}): ${e.transfer.mechanism}${e.transfer.fallback ? ` / ${e.transfer.fallback}` : ""}`).toBe(true);
      }
    }
  });

  it("an EEA-only entry says none_needed", () => {
    for (const e of CATALOGUE) {
      if (e.dataLocations.every(isEea)) expect(e.transfer.mechanism, e.id).toBe("none_needed");
    }
  });

  it("an entry whose only non-EEA locations have an adequacy decision says adequacy", () => {
    for (const e of CATALOGUE) {
      const outside = e.dataLocations.filter((c) => !isEea(c));
      if (outside.length > 0 && outside.every(hasAdequacy)) expect(e.transfer.mechanism, e.id).toBe("adequacy");
    }
  });

  it("US entries use the DPF, SCC or BCR, never adequacy nor the art. 49(1)(a) derogation (E01)", () => {
    const us = CATALOGUE.filter((e) => e.dataLocations.includes("US"));
    expect(us.length).toBeGreaterThan(0);
    for (const e of us) {
      // The safeguard that frames the US part: the mechanism itself, or (after an adequacy decision for another
      // country, as Wix's Israel) its fallback.
      const forUs = mechanismCovers(e.transfer.mechanism, "US") ? e.transfer.mechanism : e.transfer.fallback;
      expect(["dpf", "scc", "bcr"], e.id).toContain(forUs);
      expect(e.transfer.fallback, e.id).not.toBe("derogation_explicit_consent");
      expect(e.transfer.fallback, e.id).not.toBe("adequacy");
    }
  });

  it("the DPF is only claimed for US recipients, with SCC as the fallback", () => {
    for (const e of CATALOGUE.filter((x) => x.transfer.mechanism === "dpf")) {
      expect(e.dataLocations, e.id).toContain("US");
      expect(e.transfer.fallback, e.id).toBe("scc");
    }
  });

  it("no entry relies on the explicit-consent derogation (E01)", () => {
    for (const e of CATALOGUE) expect(e.transfer.mechanism, e.id).not.toBe("derogation_explicit_consent");
  });

  it("security certifications are never given as a transfer safeguard (E10)", () => {
    for (const e of CATALOGUE) {
      for (const { path, text } of frenchTexts(e)) expect(text, `${e.id} ${path}`).not.toMatch(/ISO\s*27001|SOC\s*2/i);
    }
  });
});

describe("F03 cookies and trackers", () => {
  it("GA4, Hotjar, Meta Pixel and Google Ads trackers need consent", () => {
    for (const id of ["google-analytics-4", "hotjar", "meta-pixel", "google-ads"]) {
      const e = entry(id);
      expect(e.cookies.length, id).toBeGreaterThan(0);
      for (const c of e.cookies) expect(trackerNeedsConsent(c.category), `${id} ${c.name}`).toBe(true);
    }
  });

  it("GA4 sets _ga and _ga_* for 13 months as analytics trackers", () => {
    const cookies = entry("google-analytics-4").cookies;
    expect(cookies.map((c) => c.name)).toEqual(["_ga", "_ga_*"]);
    for (const c of cookies) {
      expect(c.lifetime).toBe("13 mois");
      expect(c.category).toBe("analytics");
    }
  });

  it("Matomo configured for the exemption uses audience_exempt trackers of at most 13 months", () => {
    const cookies = entry("matomo-cloud").cookies;
    expect(cookies.length).toBeGreaterThan(0);
    for (const c of cookies) expect(c.category).toBe("audience_exempt");
    expect(cookies[0]?.lifetime).toBe("13 mois");
  });

  it("Meta _fbp is advertising, YouTube and Vimeo trackers are embedded content", () => {
    expect(entry("meta-pixel").cookies.find((c) => c.name === "_fbp")?.category).toBe("advertising");
    for (const id of ["youtube-nocookie", "vimeo"]) {
      for (const c of entry(id).cookies) expect(c.category, `${id} ${c.name}`).toBe("embedded_content");
    }
  });

  it("Stripe fraud cookie and the CMP consent cookies are strictly necessary", () => {
    expect(entry("stripe").cookies.find((c) => c.name === "__stripe_mid")?.category).toBe("strictly_necessary");
    expect(entry("axeptio").cookies.find((c) => c.name === "axeptio_cookies")?.category).toBe("strictly_necessary");
    expect(entry("didomi").cookies.find((c) => c.name === "didomi_token")?.category).toBe("strictly_necessary");
  });

  it("every advertising entry proposes the advertising purpose and consent-based trackers only", () => {
    for (const e of CATALOGUE.filter((x) => x.category === "advertising")) {
      expect(e.defaultPurposes, e.id).toContain("advertising");
      for (const c of e.cookies) expect(trackerNeedsConsent(c.category), `${e.id} ${c.name}`).toBe(true);
    }
  });

  it("an entry with consent-based analytics trackers never calls its data anonymous (E05)", () => {
    for (const e of CATALOGUE.filter((x) => x.cookies.some((c) => c.category === "analytics"))) {
      expect(e.clause, e.id).not.toMatch(/anonym/i);
    }
  });
});

describe("French clauses", () => {
  it("use French typography: no ASCII space before « : ; ! ? » and non-breaking spaces inside guillemets", () => {
    for (const e of CATALOGUE) {
      for (const { path, text } of frenchTexts(e)) {
        expect(text, `${e.id} ${path}`).not.toMatch(/ [:;!?]/);
        expect(text, `${e.id} ${path}`).not.toMatch(/«(?!\u00a0)|(?<!\u00a0)»/);
      }
    }
  });

  it("use the typographic apostrophe and no straight double quotes", () => {
    for (const e of CATALOGUE) {
      for (const { path, text } of frenchTexts(e)) {
        expect(text, `${e.id} ${path}`).not.toContain("'");
        expect(text, `${e.id} ${path}`).not.toContain('"');
      }
    }
  });

  it("contain no placeholder, bracket or TODO (E09) and end with a period", () => {
    for (const e of CATALOGUE) {
      expect(e.clause, e.id).not.toMatch(/[[\]]|TODO|XXX/);
      expect(e.clause.trim(), e.id).toMatch(/\.$/);
      for (const c of e.cookies) expect(c.purpose, `${e.id} ${c.name}`).not.toMatch(/[[\]]|TODO/);
    }
  });

  it("do not hedge (« peut-être », « éventuellement », « nous pouvons »)", () => {
    for (const e of CATALOGUE) {
      for (const { path, text } of frenchTexts(e)) {
        expect(text, `${e.id} ${path}`).not.toMatch(/peut-être|éventuellement|nous pouvons|probablement/i);
      }
    }
  });

  it("make no unverifiable claim that a provider does not store data (E11)", () => {
    for (const e of CATALOGUE) expect(e.clause, e.id).not.toMatch(/ne (stocke|conserve|garde) (pas|aucun)/i);
  });

  it("are one or two sentences", () => {
    for (const e of CATALOGUE) {
      const sentences = e.clause.split(/(?<=\.)\s+(?=[A-ZÀ-Ý])/u);
      expect(sentences.length, e.id).toBeLessThanOrEqual(2);
    }
  });
});

describe("searchCatalogue", () => {
  it("« strip » finds Stripe first", () => {
    expect(searchCatalogue("strip")[0]?.id).toBe("stripe");
  });

  it("« google » finds several Google services, name-prefix matches first", () => {
    const results = searchCatalogue("google");
    const ids = results.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(["google-analytics-4", "google-ads", "google-cloud", "google-fonts"]));
    const firstNonPrefix = results.findIndex((e) => !e.name.toLowerCase().startsWith("google"));
    if (firstNonPrefix !== -1) {
      expect(results.slice(firstNonPrefix).every((e) => !e.name.toLowerCase().startsWith("google"))).toBe(true);
    }
  });

  it("ignores case and accents (« MISTRAL », « brévo »)", () => {
    expect(searchCatalogue("MISTRAL")[0]?.id).toBe("mistral-ai");
    expect(searchCatalogue("brévo")[0]?.id).toBe("brevo");
    expect(searchCatalogue("VIDÉOS")[0]?.category).toBe("embed");
  });

  it("matches the legal entity and the category", () => {
    expect(searchCatalogue("Sendinblue").map((e) => e.id)).toContain("brevo");
    expect(searchCatalogue("InnoCraft").map((e) => e.id)).toContain("matomo-cloud");
    expect(searchCatalogue("paiement", 50).map((e) => e.id)).toContain("stripe");
    expect(searchCatalogue("hosting", 50).map((e) => e.id)).toEqual(expect.arrayContaining(["ovhcloud", "vercel"]));
  });

  it("matches word prefixes, not arbitrary substrings", () => {
    expect(searchCatalogue("ia").map((e) => e.id)).not.toContain("infomaniak");
    expect(searchCatalogue("ia").map((e) => e.id)).toContain("openai-api");
    expect(searchCatalogue("google analytics")[0]?.id).toBe("google-analytics-4");
  });

  it("respects the limit, 8 by default", () => {
    expect(searchCatalogue("e").length).toBe(8);
    expect(searchCatalogue("e", 3).length).toBe(3);
  });

  it("returns [] for an empty or blank query", () => {
    expect(searchCatalogue("")).toEqual([]);
    expect(searchCatalogue("   ")).toEqual([]);
  });

  it("returns [] when nothing matches", () => {
    expect(searchCatalogue("zzzz-introuvable")).toEqual([]);
  });
});
