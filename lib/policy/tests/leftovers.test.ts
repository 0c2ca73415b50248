// A template's text written for another business (issue 10, the click-and-collect bakery): what the
// founder removed must not survive in the wording of what remains.
import { describe, expect, it } from "vitest";
import { buildDocument, checkCompliance, lintRenderedText, renderText, templateAnswers } from "..";

function bakery() {
  const a = templateAnswers("ecommerce");
  a.purposes = a.purposes.filter((p) => p.key !== "account");
  a.data.categories = a.data.categories.filter((c) => c.key !== "account_credentials");
  return a;
}

describe("template leftovers", () => {
  it("M08 a retention that ends with « votre compte » is flagged when the service declares no account", () => {
    const a = bakery();
    const leftovers = checkCompliance(a).findings.filter((f) => f.ruleId === "M08" && /renvoie à un compte/.test(f.message));
    const expected = a.purposes.filter((p) => /compte/.test(`${p.retention.until ?? ""} ${p.retention.from ?? ""} ${p.retention.criteria ?? ""}`)).length;
    expect(expected).toBeGreaterThan(0);
    expect(leftovers).toHaveLength(expected);
    for (const f of leftovers) expect(f).toMatchObject({ severity: "warning", field: expect.stringMatching(/^purposes\.\d+\.retention\.(until|from|criteria)$/) });
    // With accounts, the same wording is right and nothing is said.
    expect(checkCompliance(templateAnswers("ecommerce")).findings.filter((f) => /renvoie à un compte/.test(f.message))).toEqual([]);
  });

  it("the e-commerce presets assert neither a delivery nor a checkbox the founder never mentioned", () => {
    const txt = renderText(buildDocument(bakery()));
    expect(txt).not.toMatch(/ni livrée|case à cocher proposée lors de la commande|numéro de TVA/);
  });
});

describe("declared data and its uses agree", () => {
  it("M04 a declared category no purpose, source or recipient uses is flagged on its card; a used one missing from the list too", () => {
    const a = bakery();
    a.data.categories.push({ key: "voice", details: "" });
    a.purposes[0]!.data = [...a.purposes[0]!.data, "location"];
    const findings = checkCompliance(a).findings;
    const i = a.data.categories.findIndex((c) => c.key === "voice");
    expect(findings).toContainEqual(expect.objectContaining({ ruleId: "M04", severity: "warning", field: `data.categories.${i}` }));
    expect(findings.find((f) => f.field === "purposes.0.data" && /absentes de la liste/.test(f.message))?.message).toMatch(/localisation/);
  });

  it("M01 « hachage des mots de passe » without any account, and M06 a recipient that receives nothing, are flagged", () => {
    const a = bakery();
    a.recipients.push({ id: "wix", name: "Wix", legalEntity: "Wix.com Ltd.", role: "processor", country: "IL", dataLocations: ["IL"], transfer: { mechanism: "adequacy" }, purposes: [], data: [] });
    const findings = checkCompliance(a).findings;
    expect(findings).toContainEqual(expect.objectContaining({ field: "security.measures", severity: "warning" }));
    expect(findings).toContainEqual(expect.objectContaining({ ruleId: "M06", field: `recipients.${a.recipients.length - 1}.data`, severity: "warning" }));
    expect(checkCompliance(templateAnswers("ecommerce")).findings.filter((f) => f.field === "security.measures" && f.ruleId === "M01")).toEqual([]);
  });
});

describe("a natural person with no address to publish (persona 5)", () => {
  it("M01 the policy publishes no address and gives the e-mail; courrier as a rights channel is M09 blocking", () => {
    const a = templateAnswers("brochure");
    Object.assign(a.controller, { kind: "individual", legalName: "Léa Marchand", email: "lea@exemple.fr" });
    Object.assign(a.service, { name: "leamarchand.dev", urls: ["https://leamarchand.dev"] });
    a.contact.privacyEmail = "lea@exemple.fr";
    a.rights.channels = ["email"];
    const blocking = (x: typeof a) => checkCompliance(x).findings.filter((f) => f.severity === "blocking" && /^controller\.address|^rights/.test(f.field ?? ""));
    expect(blocking(a)).toEqual([]);
    const txt = renderText(buildDocument({ ...a, effectiveDate: "2026-12-01" }));
    expect(txt).toMatch(/Le responsable du traitement est Léa Marchand\. Vous pouvez m.écrire par e-mail à lea@exemple\.fr/);
    expect(txt).not.toMatch(/adresse professionnelle est|à compléter|, \(/);
    expect(txt).toMatch(/Qui traite vos données\u202f\? Léa Marchand, responsable du traitement\./);
    expect(lintRenderedText(txt).filter((f) => f.ruleId === "E09")).toEqual([]);
    expect(blocking({ ...a, rights: { ...a.rights, channels: ["email", "postal"] } })).toEqual([expect.objectContaining({ ruleId: "M09", field: "rights.channels" })]);
    // A company always gives its seat; an address begun is finished.
    expect(blocking({ ...a, controller: { ...a.controller, kind: "company" } })).toEqual([expect.objectContaining({ ruleId: "M01", field: "controller.address" })]);
    expect(blocking({ ...a, controller: { ...a.controller, address: { ...a.controller.address, city: "Rennes" } } })).toHaveLength(1);
  });
});
