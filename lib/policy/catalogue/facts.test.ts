// What the catalogue states about each vendor can be checked and reused: every fact is sourced, the search finds
// every alias, transfers follow the data locations, and every French text passes the engine's own lint.
import { describe, expect, it } from "vitest";
import { scanText } from "../compliance/patterns";
import { isEea } from "../vocabulary";
import { CATALOGUE, SOURCED_FACTS, exactCatalogueMatch, findService, searchCatalogue, type TCatalogueEntry } from "./index";

/** As the search normalises: lower case, no accents, punctuation runs as one space. */
const normalise = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** The French prose of an entry that ends up in a policy or in the wizard. */
function frenchTexts(e: TCatalogueEntry): { path: string; text: string }[] {
  return [
    { path: "clause", text: e.clause },
    ...(e.roleNote ? [{ path: "roleNote", text: e.roleNote }] : []),
    ...(e.transfer.note ? [{ path: "transfer.note", text: e.transfer.note }] : []),
    ...e.cookies.map((c, i) => ({ path: `cookies.${i}.purpose`, text: c.purpose })),
  ];
}

/** A source URL that is only a home page (« / », « /fr/ », « /fr/home »): it cannot state a fact precisely. */
const isHomePage = (url: string) => /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/?)?(?:home\/?)?$/i.test(new URL(url).pathname);

describe("every fact of every entry is sourced", () => {
  it.each(CATALOGUE.map((e) => ({ id: e.id, e })))("$id: legal entity, country, locations, role, transfer and cookies each have an https source", ({ e }) => {
    for (const fact of SOURCED_FACTS) expect(e.sources[fact], `${e.id} ${fact}`).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/|$)/);
    expect(Object.keys(e.sources).sort()).toEqual([...SOURCED_FACTS].sort());
  });

  it("a fact sourced only by a vendor's home page is marked « à vérifier »", () => {
    for (const e of CATALOGUE) {
      for (const fact of SOURCED_FACTS) {
        if (isHomePage(e.sources[fact])) expect(e.uncertain, `${e.id} ${fact} (${e.sources[fact]})`).toContain(fact);
      }
    }
  });

  it("the facts RULES §6 marks [U] stay « à vérifier » alongside their sources", () => {
    for (const [id, fact] of [["paypal", "role"], ["openai-api", "transfer.mechanism"], ["clerk", "transfer.mechanism"], ["google-analytics-4", "transfer.mechanism"], ["brevo", "dataLocations"]] as const) {
      expect(findService(id)?.uncertain, id).toContain(fact);
    }
  });
});

describe("every alias resolves to its entry", () => {
  it.each(CATALOGUE.map((e) => ({ id: e.id, e })))("$id: each alias, and the name, is found first by the search and exactly", ({ e }) => {
    for (const typed of [e.name, ...e.aliases]) {
      expect(searchCatalogue(typed)[0]?.id, `« ${typed} »`).toBe(e.id);
      expect(exactCatalogueMatch(typed)?.id, `« ${typed} »`).toBe(e.id);
    }
  });

  it("no name, id or alias is shared by two entries once normalised (« Sendinblue » is Brevo's alone)", () => {
    const owner = new Map<string, string>();
    for (const e of CATALOGUE) {
      for (const n of new Set([e.name, e.id, ...e.aliases].map(normalise))) {
        expect(owner.get(n), `« ${n} »: ${owner.get(n)} and ${e.id}`).toBeUndefined();
        owner.set(n, e.id);
      }
    }
  });

  it("no alias repeats the entry's name or id, or another of its aliases, once normalised", () => {
    for (const e of CATALOGUE) {
      const names = e.aliases.map(normalise);
      expect(new Set(names).size, e.id).toBe(names.length);
      for (const n of names) expect([normalise(e.name), normalise(e.id)], `${e.id} « ${n} »`).not.toContain(n);
    }
  });

  it("the names founders use find the vendor they mean (former names, products, accent-free forms)", () => {
    for (const [typed, id] of [
      ["Sendinblue", "brevo"], ["AT Internet", "piano-analytics"], ["Xiti", "piano-analytics"], ["PayZen", "lyra-payzen"],
      ["Systempay", "lyra-payzen"], ["1&1", "ionos"], ["Turnstile", "cloudflare-turnstile"], ["Stable Diffusion", "stability-ai"],
      ["Eleven Labs", "elevenlabs"], ["Gemini", "google-gemini-api"], ["Supabase Auth", "supabase"], ["Firebase Auth", "firebase"],
      ["Brevo CRM", "brevo"], ["Google Meet", "google-workspace"], ["OVHcloud Healthcare", "ovhcloud-hds"], ["Fil Instagram", "instagram-embed"],
      ["Matomo auto-héberge", "matomo-self-hosted"], ["matomo auto heberge", "matomo-self-hosted"],
    ] as const) {
      expect(searchCatalogue(typed)[0]?.id, typed).toBe(id);
    }
  });
});

describe("M07: transfers follow the data locations", () => {
  it("an entry whose every data location is in the EEA says none_needed, and only such an entry does", () => {
    for (const e of CATALOGUE) {
      const eeaOnly = e.dataLocations.every(isEea);
      expect(e.transfer.mechanism === "none_needed", `${e.id} (${e.dataLocations.join(", ")}: ${e.transfer.mechanism})`).toBe(eeaOnly);
    }
  });

  it("the data locations and transfer of a US-hosted entry are « à vérifier » unless RULES §6 or the vendor's certification settle them", () => {
    const settled = new Set(["stripe", "mailchimp", "meta-pixel", "aws", "google-cloud", "google-ads", "cloudflare", "microsoft-azure", "microsoft-365", "google-workspace", "amazon-ses", "sendgrid", "twilio", "facebook-embed", "instagram-embed", "youtube-nocookie", "youtube-standard", "google-maps", "google-recaptcha", "google-fonts", "firebase", "cloudflare-turnstile", "google-forms", "google-gemini-api", "linkedin-insight-tag", "hubspot", "whatsapp", "zoom", "microsoft-clarity", "elevenlabs", "giscus", "paypal", "shopify", "wix"]);
    for (const e of CATALOGUE.filter((x) => x.dataLocations.includes("US") && !settled.has(x.id))) {
      expect(e.uncertain.some((p) => p === "dataLocations" || p === "transfer.mechanism"), e.id).toBe(true);
    }
  });
});

describe("French texts pass the engine's own lint", () => {
  it.each(CATALOGUE.map((e) => ({ id: e.id, e })))("$id: no E-error of scanText in the clause, role note, transfer note or cookie purposes", ({ e }) => {
    for (const { path, text } of frenchTexts(e)) expect(scanText(text), `${e.id} ${path}`).toEqual([]);
  });

  it("clauses fit any controller: no « nous », « notre », « nos » (a natural person's policy says « je »), no chatbot wording", () => {
    for (const e of CATALOGUE) {
      for (const { path, text } of frenchTexts(e)) {
        expect(text, `${e.id} ${path}`).not.toMatch(/\b(nous|notre|nos)\b/i);
        expect(text, `${e.id} ${path}`).not.toMatch(/messages que vous soumettez|que vous soumettez/i);
      }
    }
  });

  it("E11: what a vendor does with the data is stated as its commitment (« selon ses conditions »), never as a fact about it", () => {
    for (const e of CATALOGUE) {
      if (/n’utilise pas|supprime les/.test(e.clause)) expect(e.clause, e.id).toMatch(/selon ses conditions/);
    }
  });
});

describe("RULES §9 and self-hosted software", () => {
  it("certified health-data hosts (HDS) say so in their role note, always « à vérifier »", () => {
    const hds = CATALOGUE.filter((e) => /\bHDS\b/.test(e.roleNote ?? ""));
    expect(hds.map((e) => e.id)).toEqual(expect.arrayContaining(["ovhcloud-hds", "scalingo", "outscale"]));
    for (const e of hds) {
      expect(e.uncertain, e.id).toContain("roleNote");
      expect(e.transfer.mechanism, e.id).toBe("none_needed");
    }
  });

  it("self-hosted software keeps the data on the site's host: EEA location, no transfer, at least one cookie to bring", () => {
    const selfHosted = CATALOGUE.filter((e) => e.selfHosted);
    expect(selfHosted.map((e) => e.id).sort()).toEqual(["matomo-self-hosted", "prestashop", "tarteaucitron", "woocommerce"]);
    for (const e of selfHosted) {
      expect(e.transfer.mechanism, e.id).toBe("none_needed");
      expect(e.uncertain, e.id).toContain("dataLocations");
      expect(e.cookies.length, e.id).toBeGreaterThan(0);
    }
  });
});
