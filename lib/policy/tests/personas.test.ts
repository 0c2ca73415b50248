// The personas of ../shared/personas.md as fixtures (issue 11): their legal traps stay handled, and the engine
// defects reading their policies revealed stay fixed. Each test is named after the rule it serves.
import { describe, expect, it } from "vitest";
import { buildDocument, checkCompliance, renderText, type TDocument } from "..";
import { sectionLines } from "../diff/documents";
import { isEea, trackerNeedsConsent } from "../vocabulary";
import { fixture, plainText } from "./support";

const text = (name: string, edit: (a: ReturnType<typeof fixture>) => void = () => {}) => {
  const a = fixture(name);
  edit(a);
  return plainText(renderText(buildDocument(a)));
};
const section = (doc: TDocument, anchor: string) => plainText(sectionLines(doc.sections.find((s) => s.anchor === anchor)!).join("\n"));
const notBlocking = (name: string) => checkCompliance(fixture(name)).findings.filter((f) => f.severity !== "blocking").map((f) => `${f.ruleId} ${f.field}`);

describe("engine defects found by reading the personas' policies", () => {
  it("M07: an adequacy decision is stated only for the countries it covers, the fallback for the others", () => {
    // Wix (Fournil): Israël has an adequacy decision, the United States do not.
    const wixLine = (edit: (a: ReturnType<typeof fixture>) => void = () => {}) => {
      const a = fixture("fournil");
      edit(a);
      return section(buildDocument(a), "transferts").split("\n").find((l) => l.includes("Wix (") && l.includes(" : "))!;
    };
    const wix = wixLine();
    expect(wix).toContain("décision d'adéquation de la Commission européenne pour les données traitées en Israël (article 45 du RGPD) ; pour les données traitées aux États-Unis, clauses contractuelles types");
    expect(wix).not.toMatch(/concernant ces pays|à défaut/);
    // A decision that covers none of the countries is not claimed at all: the fallback frames the transfer.
    const us = wixLine((a) => { a.recipients[0]!.dataLocations = ["US"]; });
    expect(us).not.toContain("adéquation");
    expect(us).toContain("clauses contractuelles types");
    // One country: named in running text (« en Nouvelle-Zélande », never « concernant Nouvelle-Zélande »).
    expect(text("marketplace")).toContain("décision d'adéquation de la Commission européenne pour les données traitées en Nouvelle-Zélande (article 45 du RGPD).");
  });

  it("M03: with sensitive data and no DPO, the policy does not say the designation is optional, and the checker asks to verify it", () => {
    for (const name of ["pulso", "kinelia"]) {
      const dpo = section(buildDocument(fixture(name)), "dpo");
      expect(dpo, name).toContain("n'avons pas désigné de délégué à la protection des données.");
      expect(dpo, name).not.toContain("pas obligatoire");
      expect(notBlocking(name), name).toContain("M03 contact.dpoDesignated");
    }
    expect(section(buildDocument(fixture("fournil")), "dpo")).toContain("cette désignation n'étant pas obligatoire au regard de notre activité");
    expect(notBlocking("fournil")).not.toContain("M03 contact.dpoDesignated");
  });

  it("F03: a mobile application's cookie section neither speaks of browsing nor sends to the browser's settings", () => {
    for (const name of ["pulso", "kids-app"]) {
      const cookies = section(buildDocument(fixture(name)), "cookies");
      expect(cookies, name).toContain("la poursuite de l'utilisation de l'application ne vaut pas consentement");
      expect(cookies, name).not.toMatch(/navigat/);
    }
    const web = section(buildDocument(fixture("tremplin")), "cookies");
    expect(web).toContain("la poursuite de la navigation ne vaut pas consentement");
    expect(web).toContain("Les paramètres de votre navigateur permettent en outre de supprimer les cookies déjà déposés.");
  });

  it("M01: an association is « l'association Les Amis du … » in running text, its members are in the scope, and the minors section speaks of it", () => {
    const t = text("cineclub");
    expect(t).toContain("explique comment l'association Les Amis du Ciné-Club de Brest traite les données personnelles");
    expect(t).toContain(", ainsi que celles de ses adhérents et des participants à ses activités.");
    expect(t).toContain("« nous » désigne l'association Les Amis du Ciné-Club de Brest");
    expect(t).toContain("Qui traite vos données ? L'association Les Amis du Ciné-Club de Brest, Brest (France)");
    expect(t).toContain("Au sein de l'association Les Amis du Ciné-Club de Brest, vos données");
    expect(t).toContain("par courrier à l'association Les Amis du Ciné-Club de Brest, 14 rue de Siam");
    expect(t).toContain("L'association Les Amis du Ciné-Club de Brest accueille les mineurs à partir de 12 ans : conformément à l'article 8");
    expect(t).not.toMatch(/(?<!association )Les Amis du Ciné-Club de Brest traite|de Les Amis|à Les Amis|est Les Amis/);
    // A company keeps its bare name.
    expect(text("fournil")).toContain("explique comment Fournil des Halles traite");
  });

  it("F04: the newsletter sentence says once where to unsubscribe", () => {
    const t = text("fournil");
    expect(t).toContain("chacune peut se désabonner à tout moment, gratuitement, par le lien de désinscription présent dans chaque e-mail");
    expect(t).not.toContain("chaque message permet de se désabonner par le lien");
    expect(text("fournil", (a) => { a.purposes.find((p) => p.key === "newsletter")!.optOut = ""; }))
      .toContain("chaque message permet de se désabonner (article L34-5");
  });

  it("R03: the way to take back published content is « le retirer de la vue du public », true of a deletion as of a privacy setting", () => {
    const t = text("portfolio");
    expect(t).toContain("vous pouvez à tout moment le retirer de la vue du public (la suppression de votre commentaire dans GitHub Discussions)");
    expect(t).not.toContain("rendre de nouveau privé");
  });

  it("M17: a purpose that uses health data states its art. 9.2 exception beside its art. 6 basis", () => {
    expect(text("pulso")).toContain("Consentement (art. 6.1.a du RGPD). Pour les données de santé : votre consentement explicite (art. 9.2.a du RGPD).");
    expect(text("coach-chatbot")).toContain("Pour les données de santé : votre consentement explicite (art. 9.2.a du RGPD).");
    expect(text("fournil")).not.toContain("Pour les données de santé");
  });

  it("M13: the summary flags profiling as a key risk of the first layer", () => {
    expect(section(buildDocument(fixture("tremplin")), "essentiel")).toContain("Profilage : présenté à la section « Décisions automatisées et profilage » ; vous pouvez vous y opposer.");
    expect(section(buildDocument(fixture("fournil")), "essentiel")).not.toContain("Profilage");
  });
});

describe("the personas' legal traps stay handled", () => {
  it("F02/E04 Pulso: not 13 (« dès 13 ans d'après les stores »), heart rate as health data on explicit consent, routes public only by choice", () => {
    const a = fixture("pulso");
    expect(a.service.minimumAge).toBeGreaterThanOrEqual(15);
    expect(a.data.specialCategories).toEqual([expect.objectContaining({ key: "health", exception: "explicit_consent" })]);
    expect(a.purposes.find((p) => p.data.includes("health"))!.basis).toBe("consent");
    expect(a.service.publicContent).toBe("opt_in");
    expect(a.purposes.filter((p) => p.retention.inactive).every((p) => p.retention.inactiveAmount === 3 && p.retention.inactiveUnit === "years")).toBe(true);
    expect(text("pulso")).not.toMatch(/13 ans/);
  });

  it("F03 Fournil: Google Maps and Instagram set trackers that need consent, behind a consent tool; no account is assumed", () => {
    const a = fixture("fournil");
    for (const id of ["google-maps", "instagram-embed"]) {
      const trackers = a.cookies.trackers.filter((t) => t.recipientId === id);
      expect(trackers.length, id).toBeGreaterThan(0);
      expect(trackers.every((t) => trackerNeedsConsent(t.category)), id).toBe(true);
    }
    expect(a.cookies.consentTool).toBeTruthy();
    expect(a.purposes.some((p) => p.key === "account")).toBe(false);
    expect(a.data.categories.some((c) => c.key === "account_credentials")).toBe(false);
  });

  it("R01 Verbatim: processor for the meetings, voice identification left to the client as controller, not declared as Verbatim's own art. 9 processing", () => {
    const a = fixture("verbatim");
    expect(a.data.customers?.people).toBeTruthy();
    expect(a.data.customers?.special).toEqual(["biometric"]);
    expect(a.data.specialCategories).toEqual([]);
    const t = plainText(renderText(buildDocument(a))).replace(/\s+/g, " ");
    expect(t).toContain("ces données comprennent des données sensibles au sens de l'article 9 du RGPD (données biométriques aux fins d'identifier une personne de manière unique). Il revient à chaque client, responsable du traitement, de retenir l'exception");
    expect(t).toContain("aux sous-traitants ultérieurs suivants, tenus aux mêmes obligations que nous : - Scaleway :");
    for (const name of ["OpenAI API :", "Mistral AI :"]) expect(t).toContain(`- ${name}`);
    expect(a.contact.dpoDesignated).toBe(true);
    expect(a.recipients.find((r) => r.catalogueId === "openai-api")!.dataLocations.some((c) => !isEea(c))).toBe(true);
  });

  it("M01/M09 portfolio: a natural person without a published address, reached by e-mail only", () => {
    const a = fixture("portfolio");
    expect(a.controller.kind).toBe("individual");
    expect([a.controller.address.street, a.controller.address.postalCode, a.controller.address.city].join("")).toBe("");
    expect(a.rights.channels).toEqual(["email"]);
    const t = text("portfolio");
    expect(t).toContain("Vous pouvez m'écrire par e-mail");
    expect(t).not.toMatch(/par courrier|\[.*à compléter\]/);
  });

  it("M01 Ciné-Club: an association is a legal person, with its legal form and its RNA number", () => {
    const a = fixture("cineclub");
    expect(a.controller.kind).toBe("company");
    expect(a.controller.legalForm).toMatch(/association déclarée/);
    expect(a.controller.registration).toMatch(/^RNA W\d{9}$/);
    expect(a.service.parentalConsent).toBeTruthy();
  });

  it("M13/M15 Tremplin: ranking candidates is profiling, LinkedIn a public source, restaurant owners a category of recipients", () => {
    const a = fixture("tremplin");
    expect(a.automated.profiling).toMatch(/classe les candidatures/);
    expect(a.automated.decisions).toEqual([]);
    expect(a.data.sources).toEqual([expect.objectContaining({ isPublic: true })]);
    expect(a.recipients.find((r) => r.id === "restaurateurs")!.kind).toBe("category");
  });
});
