// A never-renamed policy is titled and addressed after the business: service name, else trade name, else legal name.
import { describe, expect, it } from "vitest";
import { derivedSlug, derivedTitle, policyName, slugCandidates, slugify, templateAnswers } from "..";

const named = (service: string, tradeName = "", legalName = "") => {
  const a = templateAnswers("saas");
  return { ...a, service: { ...a.service, name: service }, controller: { ...a.controller, tradeName, legalName } };
};

describe("policy naming", () => {
  it("the service name first, then the trade name, then the legal name; none → null", () => {
    expect(policyName(named("Lumen", "Atelier Lumen", "Lumen SAS"))).toBe("Lumen");
    expect(policyName(named("  ", "Atelier  Lumen", "Lumen SAS"))).toBe("Atelier Lumen");
    expect(policyName(named("", "", "Lumen SAS"))).toBe("Lumen SAS");
    expect(policyName(named("", "", ""))).toBeNull();
    expect(derivedTitle(named("", "", ""))).toBeNull();
    expect(derivedSlug(named("", "", ""))).toBeNull();
  });

  it("title « Politique de confidentialité — <nom> », with French typography, at most 120 characters", () => {
    expect(derivedTitle(named("L'Atelier Lumen"))).toBe("Politique de confidentialité — L’Atelier Lumen");
    expect(derivedTitle(named("x".repeat(200)))!.length).toBeLessThanOrEqual(120);
  });

  it("slug: accents dropped, lower case, hyphens only, at least 3 characters", () => {
    expect(slugify("Café & Crème — Œuvres d'Été")).toBe("cafe-creme-oeuvres-d-ete");
    expect(derivedSlug(named("Atelier Lumen"))).toBe("atelier-lumen");
    expect(derivedSlug(named("AI"))).toBe("politique-ai");
    expect(derivedSlug(named("!!!", "", "Lumen SAS"))).toBeNull();
    expect(derivedSlug(named("x".repeat(200)))!.length).toBeLessThanOrEqual(60);
    expect(slugCandidates("lumen", 3)).toEqual(["lumen", "lumen-2", "lumen-3"]);
  });
});
