// The checker: clean fixtures have no blocking finding; for each rule, a deliberately broken answers set
// raises it, pointing to the answer to fix.
import { describe, expect, it } from "vitest";
import { checkCompliance, lintRenderedText, zAnswers, type TAnswers, type TRuleId } from "..";
import { FIXTURE_WARNINGS } from "../fixtures";
import { FIXTURE_NAMES, fixture, renderAll } from "./support";

type TBroken = { ruleId: TRuleId; name: string; base: string; field: string; breakIt: (a: TAnswers) => void };

const idx = (a: TAnswers, id: string) => a.purposes.findIndex((p) => p.id === id);
const rIdx = (a: TAnswers, id: string) => a.recipients.findIndex((r) => r.id === id);

const BROKEN: TBroken[] = [
  { ruleId: "M01", name: "controller without a name", base: "ecommerce", field: "controller.legalName", breakIt: (a) => { a.controller.legalName = ""; } },
  { ruleId: "M01", name: "company without a legal form", base: "ecommerce", field: "controller.legalForm", breakIt: (a) => { a.controller.legalForm = ""; } },
  { ruleId: "M02", name: "controller outside the EEA without an EU representative", base: "b2b-non-eu", field: "euRepresentative", breakIt: (a) => { delete a.euRepresentative; } },
  { ruleId: "M03", name: "DPO designated without a contact", base: "kids-app", field: "contact.dpoEmail", breakIt: (a) => { a.contact.dpoEmail = ""; } },
  { ruleId: "M04", name: "no purpose at all", base: "brochure", field: "purposes", breakIt: (a) => { a.purposes = []; } },
  { ruleId: "M05", name: "legitimate interest without the interest stated", base: "ecommerce", field: "purposes.5.legitimateInterest", breakIt: (a) => { a.purposes[idx(a, "support")]!.legitimateInterest = ""; } },
  { ruleId: "M06", name: "recipient without its legal entity", base: "marketplace", field: "recipients.0.legalEntity", breakIt: (a) => { a.recipients[0]!.legalEntity = " "; } },
  { ruleId: "M07", name: "non-EU recipient without a transfer mechanism", base: "ai-gallery", field: "recipients.4.transfer.mechanism", breakIt: (a) => { a.recipients[rIdx(a, "stripe")]!.transfer = { mechanism: "unknown" }; } },
  { ruleId: "M07", name: "adequacy claimed for the United States", base: "ai-gallery", field: "recipients.0.transfer.mechanism", breakIt: (a) => { a.recipients[0]!.transfer = { mechanism: "adequacy" }; } },
  { ruleId: "M08", name: "retention without a duration", base: "brochure", field: "purposes.0.retention.amount", breakIt: (a) => { a.purposes[0]!.retention = { mode: "duration", from: "la collecte" }; } },
  { ruleId: "M09", name: "rights through a form without its address", base: "brochure", field: "rights.formUrl", breakIt: (a) => { a.rights.channels = ["form"]; a.rights.formUrl = ""; } },
  { ruleId: "M10", name: "consent-based purpose without a withdrawal path", base: "ai-gallery", field: "rights.consentWithdrawal", breakIt: (a) => { a.purposes[idx(a, "public-gallery")]!.optOut = ""; } },
  { ruleId: "M12", name: "required data without the consequence of a refusal", base: "brochure", field: "purposes.0.consequence", breakIt: (a) => { a.purposes[0]!.consequence = ""; } },
  { ruleId: "M13", name: "automated decision without human review", base: "marketplace", field: "automated.decisions.0.humanReview", breakIt: (a) => { a.automated.decisions[0]!.humanReview = ""; } },
  { ruleId: "M14", name: "further processing without a start date", base: "ai-gallery", field: "purposes.9.startsOn", breakIt: (a) => { delete a.purposes[idx(a, "ai-training")]!.startsOn; } },
  { ruleId: "M14", name: "further processing starting before the policy", base: "ai-gallery", field: "purposes.9.startsOn", breakIt: (a) => { a.purposes[idx(a, "ai-training")]!.startsOn = "2026-01-01"; } },
  { ruleId: "M15", name: "LinkedIn profiles without their source", base: "studio-group", field: "data.sources", breakIt: (a) => { a.data.sources = []; } },
  { ruleId: "M17", name: "special category without its art. 9 exception", base: "coach-chatbot", field: "data.specialCategories.0.exception", breakIt: (a) => { delete a.data.specialCategories[0]!.exception; } },
  { ruleId: "M17", name: "AI prompts without a sensitive-data warning", base: "ai-gallery", field: "data.contentNotice", breakIt: (a) => { a.data.contentNotice = false; a.data.contentHandling = ""; } },
  { ruleId: "F02", name: "users under 15 without joint parental consent", base: "kids-app", field: "service.parentalConsent", breakIt: (a) => { a.service.parentalConsent = ""; } },
  { ruleId: "F03", name: "consent trackers without a consent tool", base: "ecommerce", field: "cookies.consentTool", breakIt: (a) => { a.cookies.consentTool = ""; } },
  { ruleId: "F03", name: "Google Analytics presented as exempt audience measurement", base: "studio-group", field: "cookies.trackers.0.category", breakIt: (a) => { a.cookies.trackers[0]!.category = "audience_exempt"; } },
  { ruleId: "F03", name: "advertising purpose on legitimate interest", base: "ecommerce", field: "purposes.9.basis", breakIt: (a) => { a.purposes[idx(a, "advertising")]!.basis = "legitimate_interest"; } },
  { ruleId: "F04", name: "B2C newsletter on legitimate interest without soft opt-in", base: "ecommerce", field: "purposes.6.basis", breakIt: (a) => { const p = a.purposes[idx(a, "newsletter")]!; p.basis = "legitimate_interest"; p.legitimateInterest = "Faire connaître nos nouveautés à nos visiteurs."; } },
  { ruleId: "E01", name: "transfer justified by using the service", base: "ai-gallery", field: "recipients.0.note", breakIt: (a) => { a.recipients[0]!.note = "En utilisant le service, vous consentez au transfert de vos données aux États-Unis."; } },
  { ruleId: "E02", name: "continued use worth acceptance", base: "ecommerce", field: "cookies.details", breakIt: (a) => { a.cookies.details = "La poursuite de votre navigation vaut acceptation de la présente politique."; } },
  { ruleId: "E03", name: "a CCPA section", base: "b2b-non-eu", field: "purposes.0.description", breakIt: (a) => { a.purposes[0]!.description = "Si vous résidez en Californie, consultez notre section CCPA."; } },
  { ruleId: "E04", name: "a minimum age of 13 with no joint parental consent", base: "kids-app", field: "service.minimumAge", breakIt: (a) => { a.service.minimumAge = 13; a.service.parentalConsent = ""; } },
  { ruleId: "E05", name: "Google Analytics described as anonymous", base: "studio-group", field: "purposes.6.description", breakIt: (a) => { a.purposes[idx(a, "analytics-consent")]!.description = "Google Analytics ne collecte que des statistiques anonymes."; } },
  { ruleId: "E06", name: "fraud prevention as a legal obligation without a law", base: "marketplace", field: "purposes.9.legalObligation", breakIt: (a) => { const p = a.purposes[idx(a, "security")]!; p.basis = "legal_obligation"; p.legalObligation = ""; } },
  { ruleId: "E07", name: "denying the right to object", base: "marketplace", field: "purposes.5.description", breakIt: (a) => { a.purposes[idx(a, "reviews")]!.description = "Vous ne pouvez pas vous opposer à la publication des avis."; } },
  { ruleId: "E08", name: "« 30 jours » to answer", base: "brochure", field: "purposes.0.description", breakIt: (a) => { a.purposes[0]!.description = "Nous répondons à votre demande sous 30 jours."; } },
  { ruleId: "E09", name: "a placeholder", base: "brochure", field: "data.categories.0.details", breakIt: (a) => { a.data.categories[0]!.details = "[à compléter]"; } },
  { ruleId: "E09", name: "a catalogue cookie name left with its « <id> »", base: "studio-group", field: "cookies.trackers.1.name", breakIt: (a) => { a.cookies.trackers[1]!.name = "_ga_<id>"; } },
  { ruleId: "E10", name: "ISO 27001 as a transfer safeguard", base: "ai-gallery", field: "recipients.3.note", breakIt: (a) => { a.recipients[3]!.note = "Les transferts sont encadrés par la certification ISO 27001 du prestataire."; } },
  { ruleId: "E11", name: "an absolute claim about a processor", base: "ai-gallery", field: "recipients.2.description", breakIt: (a) => { a.recipients[2]!.description = "Vos requêtes ne sont jamais conservées par OpenAI."; } },
  { ruleId: "E12", name: "withdrawal of consent by deleting the account", base: "ai-gallery", field: "rights.consentWithdrawal", breakIt: (a) => { a.rights.consentWithdrawal = "pour retirer votre consentement, supprimez votre compte"; } },
  { ruleId: "E13", name: "legal bases listed without purposes", base: "brochure", field: "purposes.1.description", breakIt: (a) => { a.purposes[1]!.description = "Bases légales : consentement, contrat et intérêt légitime."; } },
];

describe("checkCompliance on the fixtures", () => {
  it.each(FIXTURE_NAMES.map((name) => ({ name })))("$name is valid and has no blocking or warning finding (but a persona's documented ones)", ({ name }) => {
    const a = fixture(name);
    expect(zAnswers.safeParse(a).success).toBe(true);
    const { findings, score } = checkCompliance(a);
    const kept = FIXTURE_WARNINGS[name] ?? [];
    expect(findings.filter((f) => f.severity !== "info").map((f) => `${f.ruleId} ${f.field}`)).toEqual(kept);
    expect(findings.some((f) => f.severity === "blocking")).toBe(false);
    if (kept.length === 0) expect(score).toBe(100);
  });
});

describe("a deliberately broken answers set raises each rule", () => {
  it.each(BROKEN)("$ruleId is raised for $name ($base)", ({ ruleId, base, field, breakIt }) => {
    const a = fixture(base);
    breakIt(a);
    const { findings, score } = checkCompliance(a);
    const hit = findings.find((f) => f.ruleId === ruleId);
    expect(hit, JSON.stringify(findings.map((f) => `${f.ruleId} ${f.field}`))).toBeDefined();
    expect(hit!.field).toBe(field);
    expect(hit!.message).toMatch(/[a-zà-ÿ]/);
    expect(hit!.article).not.toBe("");
    expect(score).toBeLessThan(100);
  });

  it("covers every M and F rule that answers can break, and every E rule", () => {
    const raised = new Set(BROKEN.map((b) => b.ruleId));
    // M11, M16 and F01 are written by the engine whatever the answers: only the lint can catch them (below).
    for (const id of ["M01", "M02", "M03", "M04", "M05", "M06", "M07", "M08", "M09", "M10", "M12", "M13", "M14", "M15", "M17", "F02", "F03", "F04",
      "E01", "E02", "E03", "E04", "E05", "E06", "E07", "E08", "E09", "E10", "E11", "E12", "E13"]) expect(raised.has(id as TRuleId), id).toBe(true);
  });

  it.each(["M09", "M11", "M13", "M16", "F01"].map((ruleId) => ({ ruleId })))("$ruleId is raised by the lint when the rendered text lacks it", ({ ruleId }) => {
    const { text } = renderAll(fixture("ecommerce"));
    const strip: Record<string, RegExp> = {
      M09: /portabilité/g, M11: /TSA 80715/g, M13: /décision fondée exclusivement sur un traitement automatisé/g,
      M16: /prolongeable de deux mois/g, F01: /directives/gi,
    };
    const broken = text.replace(strip[ruleId]!, "…");
    expect(lintRenderedText(text)).toEqual([]);
    expect(lintRenderedText(broken).map((f) => f.ruleId)).toContain(ruleId);
  });
});

describe("score", () => {
  it("is the share of applicable rules satisfied: a blocking finding costs a whole rule", () => {
    const a = fixture("brochure");
    const clean = checkCompliance(a);
    a.controller.legalName = "";
    const broken = checkCompliance(a);
    expect(broken.score).toBe(Math.round((100 * (clean.applicable.length - 1)) / clean.applicable.length));
  });
});
