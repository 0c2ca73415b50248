// A template's text written for another business (issue 10, the click-and-collect bakery): what the
// founder removed must not survive in the wording of what remains.
import { describe, expect, it } from "vitest";
import { buildDocument, checkCompliance, renderText, templateAnswers } from "..";

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
