// R01–R04 (roles of RULES §9) and the sentences the engine now writes itself instead of trusting free text:
// the right to object beside every legitimate-interest purpose (E07), the way back to the consent tool for
// trackers (E05, M10), boilerplate stated only when confirmed, no orphan or miscounted sentence. Properties run
// over seeded random answers; a failure names its seed.
import { describe, expect, it } from "vitest";
import { buildDocument, checkCompliance, lintRenderedText, migrateAnswers, renderText, type TAnswers } from "..";
import { usesConsent } from "../compliance/applicable";
import { FIXTURES } from "../fixtures";
import { isEea, trackerNeedsConsent } from "../vocabulary";
import { randomAnswers } from "./random-answers";
import { fixture, plainText } from "./support";

const SEEDS = Array.from({ length: 300 }, (_, i) => i + 1);
const text = (a: TAnswers) => plainText(renderText(buildDocument(a)));
const section = (a: TAnswers, anchor: string) => {
  const doc = buildDocument(a);
  const s = doc.sections.find((x) => x.anchor === anchor);
  return s ? plainText(renderText({ ...doc, intro: [], sections: [s] })) : "";
};
const findings = (a: TAnswers, ruleId: string) => checkCompliance(a).findings.filter((f) => f.ruleId === ruleId);
const cloned = (name: string) => structuredClone(fixture(name));

describe("R01: processing on behalf of customers (art. 28)", () => {
  it("R01: the section says the customer is the controller, where those people go, and the intro leaves their data out", () => {
    const t = text(fixture("kinelia"));
    expect(t).toContain("Données traitées pour le compte de nos clients");
    expect(t).toContain("enregistrent dans Kinélia des données concernant les patients des kinésithérapeutes");
    expect(t).toContain("exercent leurs droits auprès du client qui a collecté leurs données");
    expect(t).toContain("article L1111-8 du code de la santé publique");
    expect(t).toContain("Elle ne couvre pas les données que nos clients professionnels gèrent au moyen du service");
  });

  it("R01: blocking without the people concerned, and without an HDS host for health data", () => {
    const a = cloned("kinelia");
    a.data.customers = { ...a.data.customers!, people: "", healthHost: "" };
    const f = findings(a, "R01").filter((x) => x.severity === "blocking");
    expect(f.map((x) => x.field)).toEqual(["data.customers.people", "data.customers.healthHost"]);
    a.data.customers.special = [];
    expect(findings(a, "R01").map((x) => x.field)).toEqual(["data.customers.people"]);
  });

  it("R01: the HDS host must be among the recipients, and hosting health data for others asks about a DPO (warnings)", () => {
    const a = cloned("kinelia");
    expect(findings(a, "R01")).toEqual([]);
    expect(findings(a, "M03").map((x) => [x.field, x.severity])).toEqual([["contact.dpoDesignated", "warning"]]);
    a.data.customers = { ...a.data.customers!, healthHost: "Hébergeur Imaginaire HDS" };
    expect(findings(a, "R01").map((x) => x.field)).toContain("data.customers.healthHost");
    a.contact.dpoDesignated = true;
    a.contact.dpoEmail = "dpo@kinelia.fr";
    expect(findings(a, "M03").map((x) => x.field)).not.toContain("contact.dpoDesignated");
  });

  it("R01: a sub-processor of customers' data only is not among the recipients of « vos données », but is named in the customers' section", () => {
    const a = cloned("kinelia");
    const i = a.recipients.findIndex((r) => r.catalogueId === "brevo");
    a.recipients[i] = { ...a.recipients[i]!, forCustomers: true, data: [], purposes: [] };
    expect(section(a, "destinataires")).not.toContain("Brevo");
    expect(section(a, "donnees-clients")).toContain("Brevo");
    expect(checkCompliance(a).findings.filter((f) => f.field === `recipients.${i}.data`)).toEqual([]);
  });

  it.each(SEEDS)("R01: a policy never says no data comes from third parties while customers' data is kept (seed %i)", (seed) => {
    const a = randomAnswers(seed);
    if (a.data.customers) expect(text(a)).not.toContain("aucune donnée n'est obtenue auprès de tiers");
  });
});

describe("R02: joint controllers (art. 26)", () => {
  it("R02: a joint controller without the essence of the arrangement is a warning on that field; with it, the table shows it", () => {
    const a = cloned("ecommerce");
    const i = a.recipients.findIndex((r) => r.role === "joint_controller");
    expect(section(a, "destinataires")).toContain("L'essentiel de l'accord de responsabilité conjointe : Meta recueille");
    a.recipients[i] = { ...a.recipients[i]!, arrangement: "" };
    expect(findings(a, "R02").map((f) => [f.field, f.severity])).toEqual([[`recipients.${i}.arrangement`, "warning"]]);
    expect(section(a, "destinataires")).toContain("vous est communiqué sur simple demande");
  });
});

describe("R03: privacy by default for published content (art. 25.2)", () => {
  it("R03: content public by default is a warning, and the summary says it is public from publication", () => {
    const a = cloned("ai-gallery");
    a.service.publicContent = "default";
    expect(findings(a, "R03").map((f) => f.field)).toEqual(["service.publicContent"]);
    expect(section(a, "essentiel")).toContain("visible de tous dès sa publication");
  });

  it.each(SEEDS)("R03: the summary never says content is published by choice when it is public by default (seed %i)", (seed) => {
    const a = randomAnswers(seed);
    const s = section(a, "essentiel");
    if (a.service.publicContent === "default") expect(s).not.toMatch(/choisissez de publier|ne choisissez pas/);
    if ((a.service.publicContent ?? "none") === "none") expect(s).not.toMatch(/choisissez de publier/);
  });
});

describe("R04: EU representative established in the Union (art. 27)", () => {
  it("R04: a representative outside the EEA, or without a country, is blocking on its country", () => {
    const a = cloned("b2b-non-eu");
    expect(findings(a, "R04")).toEqual([]);
    a.euRepresentative = { ...a.euRepresentative!, country: "GB" };
    expect(findings(a, "R04").map((f) => [f.field, f.severity])).toEqual([["euRepresentative.country", "blocking"]]);
    a.euRepresentative = { ...a.euRepresentative, country: undefined };
    expect(findings(a, "R04").map((f) => f.field)).toEqual(["euRepresentative.country"]);
  });
});

describe("the engine writes the sentences free text got wrong", () => {
  it.each(SEEDS)("E07: every legitimate-interest purpose states the right to object, whatever its refusal consequence says (seed %i)", (seed) => {
    const a = randomAnswers(seed);
    const t = section(a, "finalites");
    const li = a.purposes.filter((p) => p.basis === "legitimate_interest");
    const said = t.split("Vous pouvez vous opposer à ce traitement (section « Vos droits »)").length - 1;
    expect(said).toBe(li.length);
  });

  it.each(SEEDS)("E05/M10: with consent-based trackers, the way out is the consent tool, in the cookie and withdrawal sections (seed %i)", (seed) => {
    const a = randomAnswers(seed);
    if (!a.cookies.trackers.some((t) => trackerNeedsConsent(t.category))) return;
    expect(section(a, "cookies")).toContain("en rouvrant l'outil de gestion du consentement");
    expect(section(a, "consentement")).toContain("Cookies et traceurs : en rouvrant l'outil de gestion du consentement");
  });

  it.each(SEEDS)("M10: every consent-based purpose keeps its own way out, even beside a general withdrawal text (seed %i)", (seed) => {
    const a = randomAnswers(seed);
    const flat = (s: string) => s.replace(/\s+/g, " ");
    const s = flat(section(a, "consentement"));
    for (const p of a.purposes.filter((x) => x.basis === "consent" && x.optOut?.trim())) {
      expect(s).toContain(flat(plainText(p.optOut!.trim())).slice(0, 12));
    }
  });

  it.each(SEEDS)("P01: « mise en balance » and « liés par un contrat conforme à l'article 28 » are stated only when confirmed (seed %i)", (seed) => {
    const a = randomAnswers(seed);
    const t = text(a);
    const li = a.purposes.filter((p) => p.basis === "legitimate_interest");
    if (t.includes("Les traitements fondés sur l'intérêt légitime ont fait l'objet d'une mise en balance")) expect(li.every((p) => p.balancing)).toBe(true);
    if (li.every((p) => !p.balancing)) expect(t).not.toContain("mise en balance");
    if (a.recipients.some((r) => r.role === "processor" && (r.uncertain ?? []).includes("role"))) expect(t).not.toContain("sont liés par un contrat conforme");
  });

  it.each(SEEDS)("F03: no orphan « Les autres traceurs » nor strictly necessary trackers that do not exist (seed %i)", (seed) => {
    const a = randomAnswers(seed);
    const s = section(a, "cookies");
    const categories = a.cookies.trackers.map((t) => t.category);
    if (s.includes("Les autres traceurs")) expect(categories.some((c) => !trackerNeedsConsent(c))).toBe(true);
    if (s.includes("Les traceurs strictement nécessaires")) expect(categories).toContain("strictly_necessary");
  });

  it.each(SEEDS)("M06: the summary never counts « N destinataires…, dont N » (seed %i)", (seed) => {
    const a = randomAnswers(seed);
    const s = section(a, "essentiel");
    const m = /(\S+) destinataires?, présentés?[^,]*, dont (\S+)/.exec(s);
    if (m) expect(m[2]).not.toBe(m[1]!.toLowerCase());
  });

  it("M06: « qui traitent tous trois » when every recipient transfers, and the scope covers prospects and candidates", () => {
    const a = cloned("brochure");
    a.recipients = FIXTURES["b2b-non-eu"]!.recipients.filter((r) => r.dataLocations.some((c) => !isEea(c))).slice(0, 3);
    expect(a.recipients).toHaveLength(3);
    expect(section(a, "essentiel")).toContain("qui traitent tous trois des données hors de l'Union européenne");
    const studio = text(fixture("studio-group"));
    expect(studio).toMatch(/ainsi que celles des prospects et des candidats à un emploi\./);
  });
});

describe("facts the questionnaire now expresses", () => {
  it("M08: a retention range and a deletion after inactivity, with a warning, are written out", () => {
    const a = cloned("brochure");
    a.purposes[0]!.retention = { mode: "duration", amount: 1, amountMax: 3, unit: "years", from: "le dernier contact", inactive: true, inactiveAmount: 2, inactiveUnit: "years", inactiveNotice: true };
    const t = section(a, "conservation");
    expect(t).toContain("De 1 à 3 ans à compter du dernier contact.");
    expect(t).toContain("Les données sont supprimées plus tôt après 2 ans d'inactivité, après un message qui vous en avertit.");
    a.purposes[0]!.retention.amountMax = 1;
    expect(findings(a, "M08").map((f) => f.field)).toContain("purposes.0.retention.amountMax");
  });

  it("M06: a recipient named by category needs no legal entity and is printed by its name", () => {
    const a = cloned("brochure");
    a.recipients.push({ id: "fisc", kind: "category", name: "Administrations fiscales", role: "authority", country: "FR", dataLocations: ["FR"], transfer: { mechanism: "none_needed" }, purposes: [], data: ["billing"] });
    expect(checkCompliance(a).findings.filter((f) => f.field?.startsWith(`recipients.${a.recipients.length - 1}.legalEntity`))).toEqual([]);
    expect(section(a, "destinataires")).toContain("Administrations fiscales");
  });

  it("M01: an address in a country without postal codes is complete without one, and prints no placeholder", () => {
    const a = cloned("brochure");
    a.controller.address = { street: "Office 1203, Boulevard Plaza Tower 1", postalCode: "", city: "Dubaï", country: "AE" };
    a.euRepresentative = { name: "Rep UE SAS", address: "5 rue de Richelieu, 75001 Paris", email: "rep@exemple.eu", country: "FR" };
    expect(checkCompliance(a).findings.filter((f) => f.field === "controller.address")).toEqual([]);
    expect(section(a, "responsable")).toContain("Office 1203, Boulevard Plaza Tower 1, Dubaï, Émirats arabes unis");
  });

  it("GA4: with Google's data sharing on, the recipients table says Google acts for its own purposes", () => {
    const a = cloned("studio-group");
    const i = a.recipients.findIndex((r) => r.catalogueId === "google-analytics-4");
    a.recipients[i] = { ...a.recipients[i]!, dataSharing: true };
    expect(section(a, "destinataires")).toContain("le partage des données étant activé");
    a.recipients[i] = { ...a.recipients[i]!, dataSharing: false };
    expect(section(a, "destinataires")).not.toContain("le partage des données étant activé");
  });

  it("a separate cookie policy is linked, and « nous ne vendons pas vos données » is said only when ticked", () => {
    const a = cloned("ecommerce");
    expect(text(a)).not.toContain("ne vendons");
    a.noSale = true;
    a.cookies.policyUrl = "https://exemple.fr/cookies";
    expect(section(a, "destinataires")).toContain("Nous ne vendons ni ne louons vos données personnelles.");
    expect(section(a, "cookies")).toContain("politique relative aux cookies");
  });

  it("version 2 answers migrate: a footer link keeps its wording, any other text is kept as « Autre »", () => {
    const v2 = (manageChoices: string) => ({ ...structuredClone(fixture("ecommerce")), schemaVersion: 2, cookies: { ...fixture("ecommerce").cookies, choicesAccess: undefined, choicesLink: undefined, manageChoices } });
    const footer = migrateAnswers(v2("le lien « Préférences » présent en bas de chaque page"));
    expect(footer.success && footer.data.cookies).toMatchObject({ choicesAccess: "footer_link", choicesLink: "Préférences", manageChoices: "" });
    const other = migrateAnswers(v2("la rubrique « Confidentialité » de l'espace parent"));
    expect(other.success && other.data.cookies).toMatchObject({ choicesAccess: "other", manageChoices: "la rubrique « Confidentialité » de l'espace parent" });
    const migrated = migrateAnswers(v2("le lien « Gérer mes cookies » présent en bas de chaque page"));
    expect(migrated.success && text(migrated.data)).toBe(text(fixture("ecommerce")));
  });
});

describe("F02/E04: a service open from 13 with joint parental consent below 15", () => {
  it("E04 is not raised when the joint parental consent is described, and the text states the French rule beside the age", () => {
    const a = structuredClone(fixture("kids-app"));
    a.service.minimumAge = 13;
    expect(findings(a, "E04")).toEqual([]);
    const t = section(a, "mineurs");
    expect(t.replace(/\s+/g, " ")).toContain("est accessible à partir de 13 ans : conformément à l'article 8 du RGPD et à l'article 45 de la loi Informatique et Libertés, un mineur peut consentir seul au traitement de ses données à partir de 15 ans ; en dessous de cet âge, le consentement est donné conjointement");
    expect(lintRenderedText(renderText(buildDocument(a))).filter((f) => f.ruleId === "E04")).toEqual([]);
    a.service.parentalConsent = "";
    expect(findings(a, "E04").map((f) => f.field)).toEqual(["service.minimumAge"]);
  });
});

describe("F02: a general-audience service (minimum age 0) is not made to claim an age it does not check", () => {
  it.each(SEEDS)("F02: age 0 is never blocking and never printed as an age limit; 1–14 with consent and no described mechanism is blocking (seed %i)", (seed) => {
    const a = randomAnswers(seed);
    a.service.parentalConsent = "";
    a.service.minimumAge = 0;
    expect(findings(a, "F02")).toEqual([]);
    const minors = section(a, "mineurs");
    expect(minors).not.toMatch(/âgées d.au moins|à partir de 0 an/);
    expect(minors).toContain("un mineur peut consentir seul au traitement de ses données à partir de 15 ans");
    a.service.minimumAge = 1 + (seed % 14);
    expect(findings(a, "F02").map((f) => f.field)).toEqual(usesConsent(a) ? ["service.parentalConsent"] : []);
  });

  it("F02 Fournil des Halles: « s'adresse à tous », and a parent learns how to have a child's data removed (newsletter and cookies on consent)", () => {
    const t = section(fixture("fournil"), "mineurs").replace(/\s+/g, " ");
    expect(t).toContain("Le site du Fournil des Halles s'adresse à tous et ne vise pas particulièrement les enfants.");
    expect(t).toContain("vous pouvez nous écrire à l'adresse indiquée dans la section « Vos droits » : nous les supprimerons.");
    expect(t).not.toContain("au moins 15 ans");
  });
});

describe("R03/M06: the public is a recipient of what is published", () => {
  it.each(SEEDS)("M06: content public by choice or by default is said to be accessible to all in the recipients section (seed %i)", (seed) => {
    const a = randomAnswers(seed);
    const s = section(a, "destinataires");
    expect(s.includes("sont accessibles à tous")).toBe((a.service.publicContent ?? "none") !== "none");
  });
});
