// The personas of ../shared/personas.md as fixtures (issue 11): their legal traps stay handled, and the engine
// defects reading their policies revealed stay fixed. Each test is named after the rule it serves.
import { describe, expect, it } from "vitest";
import { buildDocument, renderText } from "..";
import { isEea, trackerNeedsConsent } from "../vocabulary";
import { fixture, plainText } from "./support";

const text = (name: string, edit: (a: ReturnType<typeof fixture>) => void = () => {}) => {
  const a = fixture(name);
  edit(a);
  return plainText(renderText(buildDocument(a)));
};

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
    expect(a.data.customers?.details).toMatch(/biométriques/);
    expect(a.data.specialCategories).toEqual([]);
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
