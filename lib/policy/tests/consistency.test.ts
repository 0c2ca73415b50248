// C-rules (« cohérence », compliance/consistency.ts): each fires on a minimal mutation of a fixture and names the
// answer to fix; negated or cookieless wordings do not fire; and, over a seeded corpus, every finding names a
// control the wizard shows, counts in the score, and goes away once that answer is fixed.
import { describe, expect, it } from "vitest";
import { checkCompliance, type TAnswers, type TRuleId, type TSeverity } from "..";
import { CONSISTENCY_RULES } from "../compliance/consistency";
import { fromCatalogue } from "../fixtures/helpers";
import { controlAt } from "../schema/visibility";
import { describeRuleFamily, findingsOf, key } from "./answer-rule-cases";
import { fixture } from "./support";

type TCase = { ruleId: TRuleId; name: string; base: string; field: string | ((a: TAnswers) => string); severity: TSeverity; mutate: (a: TAnswers) => void };

const pIdx = (a: TAnswers, id: string) => a.purposes.findIndex((p) => p.id === id);
const tIdx = (a: TAnswers, name: string) => a.cookies.trackers.findIndex((t) => t.name === name);
const without = (a: TAnswers, ...ids: string[]) => { a.recipients = a.recipients.filter((r) => !ids.includes(r.id)); };

const CASES: TCase[] = [
  { ruleId: "C01", name: "a targeted-advertising purpose while « Profilage » is empty", base: "ecommerce", field: "automated.profiling", severity: "blocking",
    mutate: (a) => { a.automated.profiling = ""; } },
  { ruleId: "C01", name: "personalised recommendations from the purchase history", base: "brochure", field: "automated.profiling", severity: "blocking",
    mutate: (a) => { a.purposes[0]!.description = "Nous vous adressons des recommandations personnalisées selon votre historique de demandes."; } },
  { ruleId: "C01", name: "customer segmentation", base: "marketplace", field: "automated.profiling", severity: "blocking",
    mutate: (a) => { a.purposes[pIdx(a, "newsletter")]!.description = "Segmentation de nos abonnés selon les travaux envisagés."; } },
  { ruleId: "C02", name: "audience and advertising purposes while no tracker is declared", base: "ecommerce", field: "cookies.trackers", severity: "blocking",
    mutate: (a) => { a.cookies.trackers = []; } },
  { ruleId: "C02", name: "cookie identifiers among the data while no tracker is declared", base: "brochure", field: "cookies.trackers", severity: "blocking",
    mutate: (a) => { a.data.categories.push({ key: "cookies_ids" }); } },
  { ruleId: "C02", name: "a custom consent purpose that speaks of cookies while none is declared", base: "brochure", field: "cookies.trackers", severity: "blocking",
    mutate: (a) => { a.purposes.push({ ...a.purposes[0]!, id: "stats", key: "custom", label: "Statistiques de visite", description: "Des cookies comptent les visites.", basis: "consent", optOut: "le lien « Cookies » en bas de page", requirement: "optional" }); } },
  { ruleId: "C02", name: "an advertising purpose without any advertising tracker", base: "ecommerce", field: "cookies.trackers", severity: "warning",
    mutate: (a) => { a.cookies.trackers = a.cookies.trackers.filter((t) => t.category !== "advertising"); } },
  { ruleId: "C02", name: "an exempt audience measurement that no longer says it is cookieless, without exempt tracker", base: "ai-gallery", field: "cookies.trackers", severity: "warning",
    mutate: (a) => { a.purposes[pIdx(a, "audience-exempt")]!.legitimateInterest = "Mesurer la fréquentation du site au moyen de statistiques anonymes, pour en améliorer le fonctionnement."; } },
  { ruleId: "C03", name: "Google Analytics among the recipients while no tracker is declared", base: "brochure", field: "cookies.trackers", severity: "blocking",
    mutate: (a) => { a.recipients.push(fromCatalogue("google-analytics-4")); } },
  { ruleId: "C03", name: "Stripe among the recipients while no tracker is declared (strictly necessary cookies only)", base: "coach-chatbot", field: "cookies.trackers", severity: "warning",
    mutate: (a) => { a.cookies.trackers = []; } },
  { ruleId: "C04", name: "a consent tool without any tracker", base: "brochure", field: "cookies.trackers", severity: "warning",
    mutate: (a) => { a.cookies.consentTool = "Axeptio"; } },
  { ruleId: "C05", name: "card data without a payment provider", base: "ecommerce", field: "recipients", severity: "blocking",
    mutate: (a) => { without(a, "shopify", "stripe", "paypal"); } },
  { ruleId: "C05", name: "card data, the payment providers replaced by one added by hand with no purpose yet", base: "ecommerce", field: "recipients", severity: "warning",
    mutate: (a) => {
      without(a, "shopify", "stripe", "paypal");
      a.recipients.push({ id: "sumup", name: "SumUp", legalEntity: "SumUp Limited", role: "processor", country: "IE", dataLocations: ["IE"], transfer: { mechanism: "none_needed" }, purposes: [], data: [] });
    } },
  { ruleId: "C07", name: "an audience cookie whose audience purpose was removed (Wix's svSession, Fournil des Halles walk)", base: "fournil", field: "purposes", severity: "blocking",
    mutate: (a) => {
      a.cookies.trackers.push({ name: "svSession", provider: "Wix", purpose: "Mesure d'audience", lifetime: "2 ans", category: "audience_exempt" });
      a.purposes = a.purposes.filter((p) => p.key !== "audience_exempt" && p.key !== "analytics_consent");
    } },
  { ruleId: "C07", name: "an embedded-content cookie with no embedded-content purpose", base: "brochure", field: "purposes", severity: "blocking",
    mutate: (a) => { a.cookies.trackers.push({ name: "NID", provider: "Google Maps", purpose: "Carte", lifetime: "6 mois", category: "embedded_content" }); } },
  { ruleId: "C08", name: "Axeptio named as the consent tool after it was removed from the recipients (Fournil des Halles walk)", base: "ecommerce", field: "cookies.consentTool", severity: "blocking",
    mutate: (a) => { without(a, "axeptio"); a.cookies.consentTool = "Axeptio"; } },
  { ruleId: "C06", name: "the Meta Pixel cookie declared strictly necessary", base: "ecommerce", field: (a) => `cookies.trackers.${tIdx(a, "_fbp")}.category`, severity: "blocking",
    mutate: (a) => { a.cookies.trackers[tIdx(a, "_fbp")]!.category = "strictly_necessary"; } },
  { ruleId: "C06", name: "a Hotjar cookie declared exempt audience measurement", base: "brochure", field: "cookies.trackers.0.category", severity: "blocking",
    mutate: (a) => { a.cookies.trackers = [{ name: "_hjSessionUser_3021", provider: "Hotjar", purpose: "Statistiques", lifetime: "1 an", category: "audience_exempt" }]; } },
  { ruleId: "M10", name: "consent trackers, « Autre » place to reopen the consent tool left blank, a withdrawal text about e-mails only", base: "ecommerce", field: "cookies.manageChoices", severity: "blocking",
    mutate: (a) => { a.cookies.choicesAccess = "other"; a.cookies.manageChoices = ""; a.rights.consentWithdrawal = "le lien de désinscription présent dans chaque e-mail"; } },
  { ruleId: "M10", name: "a consent audience purpose left to a cookie manager the policy will not print", base: "brochure", field: "purposes.2.optOut", severity: "blocking",
    mutate: (a) => { a.cookies.choicesAccess = "other"; a.cookies.manageChoices = "le lien « Cookies » en bas de page"; a.purposes.push({ ...a.purposes[0]!, id: "stats", key: "analytics_consent", label: "Statistiques", basis: "consent", optOut: "", requirement: "optional" }); } },
];

const fieldOf = (c: TCase, a: TAnswers) => (typeof c.field === "string" ? c.field : c.field(a));

describe("C-rules fire on a minimal mutation of a fixture and name the answer to fix", () => {
  it.each(CASES)("$ruleId $name ($base)", (c) => {
    const a = fixture(c.base);
    expect(findingsOf(a).filter((f) => f.ruleId === c.ruleId)).toEqual([]);
    const field = fieldOf(c, a);
    c.mutate(a);
    const { findings, applicable } = checkCompliance(a);
    const hit = findings.find((f) => f.ruleId === c.ruleId && f.field === field);
    expect(hit, JSON.stringify(findings.map(key))).toBeDefined();
    expect(hit!.severity).toBe(c.severity);
    expect(hit!.message).toMatch(/^[A-ZÀ-Ý«]/);
    expect(applicable).toContain(c.ruleId);
    expect(controlAt(a, field)?.shown, field).toBe(true);
  });

  it("every C-rule has a case", () => {
    for (const rule of CONSISTENCY_RULES) expect(CASES.some((c) => c.ruleId === rule.id), rule.id).toBe(true);
  });
});

describe("C-rules keep quiet where the answers agree", () => {
  const quiet = (base: string, mutate: (a: TAnswers) => void, ruleId: TRuleId) => {
    const a = fixture(base);
    mutate(a);
    return findingsOf(a).filter((f) => f.ruleId === ruleId);
  };

  it.each([
    "Publicités non personnalisées, sans profilage",
    "Nous ne réalisons aucun profilage ni ciblage.",
    "Gestion de votre profil et de vos préférences",
    "Envoi de la lettre d'information selon les thèmes que vous avez choisis",
    "Le score de l'exercice est affiché à la fin de la leçon.",
  ])("C01 does not read profiling in « %s »", (text) => {
    expect(quiet("brochure", (a) => { a.purposes[0]!.description = text; }, "C01")).toEqual([]);
  });

  it("C01 is satisfied once the profiling is described", () => {
    expect(quiet("ecommerce", () => {}, "C01")).toEqual([]);
    expect(checkCompliance(fixture("ecommerce")).applicable).toContain("C01");
  });

  it("C02 accepts a cookieless audience measurement that says so (Plausible, ai-gallery)", () => {
    expect(quiet("ai-gallery", () => {}, "C02")).toEqual([]);
  });

  it("C02 does not ask trackers of a consent purpose about e-mail offers", () => {
    expect(quiet("brochure", (a) => {
      a.purposes.push({ ...a.purposes[0]!, id: "offres", key: "custom", label: "Offres publicitaires par e-mail", basis: "consent", optOut: "le lien de désinscription", requirement: "optional" });
    }, "C02")).toEqual([]);
  });

  it("C06 leaves Google Analytics declared exempt to F03 (one finding per field)", () => {
    const a = fixture("studio-group");
    a.cookies.trackers[0]!.category = "audience_exempt";
    const onField = checkCompliance(a).findings.filter((f) => f.field === "cookies.trackers.0.category").map((f) => f.ruleId);
    expect(onField).toEqual(["F03"]);
  });

  it("M10 accepts a withdrawal text that says where cookie choices are changed", () => {
    expect(quiet("ecommerce", (a) => { a.cookies.manageChoices = ""; a.rights.consentWithdrawal = "le lien « Gérer mes cookies » en bas de chaque page, ou le lien de désinscription de chaque e-mail"; }, "M10")).toEqual([]);
  });
});

describeRuleFamily("C", ["C01", "C02", "C03", "C04", "C05", "C06", "C07", "C08", "M10"], CONSISTENCY_RULES);
