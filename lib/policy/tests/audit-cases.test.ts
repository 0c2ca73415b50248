// What a privacy lawyer failed in five policies the checker had scored 98–100/100 (an AI generator with a public
// gallery, a coaching chatbot run by a natural person, a SaaS with a shop, a B2B SaaS outside the EU, a B2B studio
// in a group): each defect, typed into the fixture of its kind of business, is now either a finding on the field
// to fix (with its rule ID and severity) or impossible because the engine writes that sentence itself.
import { describe, expect, it } from "vitest";
import { buildDocument, checkCompliance, renderText, type TAnswers, type TRuleId, type TSeverity } from "..";
import { fromCatalogue } from "../fixtures/helpers";
import { fixture, plainText } from "./support";

type TAudit = { name: string; base: string; mutate: (a: TAnswers) => void; ruleId: TRuleId; severity: TSeverity; field: string | ((a: TAnswers) => string) };

const li = (a: TAnswers) => a.purposes.findIndex((p) => p.basis === "legitimate_interest");
const key = (a: TAnswers, k: string) => a.purposes.findIndex((p) => p.key === k);
const without = (a: TAnswers, ...ids: string[]) => { a.recipients = a.recipients.filter((r) => !ids.includes(r.catalogueId ?? r.id)); };

const CASES: TAudit[] = [
  // 1. Free text carrying the errors the engine prevents.
  { name: "a legitimate-interest refusal consequence « aucune opposition n'est possible »", base: "ai-gallery", ruleId: "E07", severity: "blocking",
    mutate: (a) => { a.purposes[li(a)]!.consequence = "Aucune opposition n'est possible."; }, field: (a) => `purposes.${li(a)}.consequence` },
  { name: "« vous n'avez pas la possibilité de refuser ce traitement » for a legitimate interest", base: "b2b-non-eu", ruleId: "E07", severity: "blocking",
    mutate: (a) => { a.purposes[li(a)]!.consequence = "Vous n'avez pas la possibilité de refuser ce traitement."; }, field: (a) => `purposes.${li(a)}.consequence` },
  { name: "consent trackers refused through the browser settings", base: "studio-group", ruleId: "E05", severity: "blocking",
    mutate: (a) => { a.cookies.choicesAccess = "other"; a.cookies.manageChoices = "bloquez les cookies dans les réglages de votre navigateur"; }, field: "cookies.manageChoices" },
  { name: "« installez le module complémentaire fourni par Google » as the way out", base: "studio-group", ruleId: "E05", severity: "blocking",
    mutate: (a) => { a.cookies.details = "Pour refuser Google Analytics, installez le module complémentaire de désactivation fourni par Google."; }, field: "cookies.details" },
  { name: "« en poursuivant votre navigation, vous acceptez » in the description", base: "ecommerce", ruleId: "E02", severity: "blocking",
    mutate: (a) => { a.service.description = "En poursuivant votre navigation sur la boutique, vous acceptez la présente politique."; }, field: "service.description" },
  { name: "a security certification given as the transfer safeguard", base: "b2b-non-eu", ruleId: "E10", severity: "blocking",
    mutate: (a) => { a.recipients[0]!.note = "Ce prestataire est certifié ISO 27001, ce qui garantit la sécurité des données transférées aux États-Unis."; }, field: "recipients.0.note" },
  // 2. The text contradicting itself.
  { name: "« Nous ne réalisons pas de profilage » beside recommendations adapted to the profile", base: "coach-chatbot", ruleId: "C01", severity: "blocking",
    mutate: (a) => { a.purposes[0]!.description = "Le coach adapte ses recommandations à votre profil et à vos habitudes."; a.automated.profiling = ""; }, field: "automated.profiling" },
  { name: "« ne dépose ni ne lit aucun cookie » with a consent-based audience purpose", base: "studio-group", ruleId: "C02", severity: "blocking",
    mutate: (a) => { a.cookies.trackers = []; }, field: "cookies.trackers" },
  { name: "an embedded map that reads trackers, and no tracker declared", base: "brochure", ruleId: "C03", severity: "blocking",
    mutate: (a) => { a.recipients.push(fromCatalogue("google-maps")); a.cookies.trackers = []; }, field: "cookies.trackers" },
  { name: "card data « saisies par le prestataire de paiement » with no payment provider", base: "ecommerce", ruleId: "C05", severity: "blocking",
    mutate: (a) => { without(a, "shopify", "stripe", "paypal"); }, field: "recipients" },
  { name: "a gallery public by default", base: "ai-gallery", ruleId: "R03", severity: "warning",
    mutate: (a) => { a.service.publicContent = "default"; }, field: "service.publicContent" },
  // 3. Plausibility.
  { name: "an exempt audience tracker living 25 months", base: "marketplace", ruleId: "V01", severity: "blocking",
    mutate: (a) => { const t = a.cookies.trackers.find((x) => x.category === "audience_exempt"); if (t) t.lifetime = "25 mois"; else a.cookies.trackers.push({ name: "_pk_id.*", provider: "Matomo", purpose: "Mesure d'audience", lifetime: "25 mois", category: "audience_exempt" }); },
    field: (a) => `cookies.trackers.${a.cookies.trackers.findIndex((x) => x.lifetime === "25 mois")}.lifetime` },
  { name: "security logs kept 3 years with no reason", base: "brochure", ruleId: "V03", severity: "warning",
    mutate: (a) => { a.purposes[key(a, "security")]!.retention = { mode: "duration", amount: 3, unit: "years", from: "la collecte", criteria: "" }; },
    field: (a) => `purposes.${key(a, "security")}.retention.criteria` },
  { name: "prospects kept 5 years", base: "studio-group", ruleId: "V04", severity: "warning",
    mutate: (a) => { a.purposes[key(a, "b2b_prospecting")]!.retention = { mode: "duration", amount: 5, unit: "years", from: "le dernier contact" }; },
    field: (a) => `purposes.${key(a, "b2b_prospecting")}.retention.amount` },
  { name: "an EU representative established outside the EU", base: "b2b-non-eu", ruleId: "R04", severity: "blocking",
    mutate: (a) => { a.euRepresentative = { ...a.euRepresentative!, address: "10 Downing Street, London", country: "GB" }; }, field: "euRepresentative.country" },
  { name: "a legitimate interest that restates itself", base: "brochure", ruleId: "M05", severity: "blocking",
    mutate: (a) => { a.purposes[li(a)]!.legitimateInterest = "Notre intérêt légitime."; }, field: (a) => `purposes.${li(a)}.legitimateInterest` },
  { name: "an AI tool with no hosting provider", base: "ai-gallery", ruleId: "V07", severity: "warning",
    mutate: (a) => { a.recipients = a.recipients.filter((r) => !r.purposes.includes("hosting")); }, field: "recipients" },
  { name: "an AI-processing purpose with no AI provider", base: "coach-chatbot", ruleId: "V08", severity: "warning",
    mutate: (a) => { a.recipients = a.recipients.filter((r) => !r.purposes.includes("ai_processing")); }, field: "recipients" },
  // 4. Facts the questionnaire could not express.
  { name: "a B2B studio storing its clients' customers' data without saying whose", base: "studio-group", ruleId: "R01", severity: "blocking",
    mutate: (a) => { a.data.customers = { people: "", categories: ["identity", "contact"] }; }, field: "data.customers.people" },
  { name: "health data hosted for customers with no HDS host", base: "kinelia", ruleId: "R01", severity: "blocking",
    mutate: (a) => { a.data.customers = { ...a.data.customers!, healthHost: "" }; }, field: "data.customers.healthHost" },
];

describe("issue 11: what a lawyer failed at 98–100/100 is now caught on its field", () => {
  it.each(CASES.map((c) => ({ ...c, title: `${c.ruleId} ${c.name} (${c.base})` })))("$title", (c) => {
    const a = structuredClone(fixture(c.base));
    c.mutate(a);
    const field = typeof c.field === "string" ? c.field : c.field(a);
    const found = checkCompliance(a).findings.filter((f) => f.ruleId === c.ruleId).map((f) => [f.field, f.severity]);
    expect(found).toContainEqual([field, c.severity]);
  });
});

describe("issue 11: sentences the engine now writes itself", () => {
  const text = (a: TAnswers) => plainText(renderText(buildDocument(a))).replace(/\s+/g, " ");

  it("E07/M09: a legitimate-interest purpose refused as « impossible » still states the right to object beside it", () => {
    const a = structuredClone(fixture("ai-gallery"));
    a.purposes[li(a)]!.consequence = "Sans ces données, le service ne peut pas fonctionner.";
    expect(text(a)).toContain("Sans ces données, le service ne peut pas fonctionner. Vous pouvez vous opposer à ce traitement (section « Vos droits »).");
  });

  it("M10: a newsletter-only withdrawal text does not hide the way back to the consent tool for trackers", () => {
    const a = structuredClone(fixture("ecommerce"));
    a.rights.consentWithdrawal = "le lien de désinscription présent dans chaque lettre d'information";
    expect(text(a)).toContain("Cookies et traceurs : en rouvrant l'outil de gestion du consentement (Axeptio) au moyen du lien « Gérer mes cookies »");
  });

  it("P01: « mise en balance » and a contract « conforme à l'article 28 » are asserted only when confirmed", () => {
    const a = structuredClone(fixture("studio-group"));
    expect(text(a)).not.toContain("mise en balance");
    for (const p of a.purposes) p.balancing = true;
    expect(text(a)).toContain("ont fait l'objet d'une mise en balance");
    a.recipients[0]!.uncertain = [...(a.recipients[0]!.uncertain ?? []), "role"];
    expect(text(a)).not.toContain("sont liés par un contrat conforme à l'article 28");
    expect(text(a)).toContain("qu'après avoir conclu avec chacun un contrat conforme à l'article 28");
  });
});
