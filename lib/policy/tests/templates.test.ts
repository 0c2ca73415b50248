// Business-kind templates and catalogue recipients.
import { describe, expect, it } from "vitest";
import { buildDocument, checkCompliance, recipientFromCatalogue, renderText, templateAnswers, zAnswers, lintRenderedText } from "..";
import { findService } from "../catalogue";
import { SERVICE_KINDS } from "../vocabulary";

function filled(kind: (typeof SERVICE_KINDS)[number]) {
  const a = templateAnswers(kind, { effectiveDate: "2026-11-21" });
  a.controller = { ...a.controller, legalName: "Exemple", legalForm: "société par actions simplifiée", registration: "RCS Paris 900 000 001", address: { street: "1 rue de la Paix", postalCode: "75002", city: "Paris", country: "FR" }, email: "contact@exemple.fr" };
  a.service = { ...a.service, name: "Exemple", urls: ["https://exemple.fr"] };
  a.contact.privacyEmail = "donnees@exemple.fr";
  return a;
}

describe("templateAnswers", () => {
  it.each(SERVICE_KINDS.map((kind) => ({ kind })))("$kind: prefilled purposes, data and recipients; valid once the identity is filled", ({ kind }) => {
    const a = filled(kind);
    expect(a.purposes.length).toBeGreaterThan(1);
    expect(a.data.categories.length).toBeGreaterThan(1);
    expect(a.recipients.length).toBeGreaterThan(0);
    expect(zAnswers.safeParse(a).success).toBe(true);
    // Catalogue cookie names such as « crisp-client/session/<website_id> » must be completed by the user:
    // the checker asks for it (E09), and that is the only thing it asks.
    const blocking = checkCompliance(a).findings.filter((f) => f.severity === "blocking");
    expect(blocking.filter((f) => !(f.ruleId === "E09" && /^cookies\.trackers\.\d+\.name$/.test(f.field ?? ""))).map((f) => `${f.ruleId} ${f.field}`)).toEqual([]);
    const placeholders = blocking.length;
    expect(lintRenderedText(renderText(buildDocument(a))).map((f) => f.ruleId)).toEqual(placeholders ? ["E09"] : []);
  });
});

describe("recipientFromCatalogue", () => {
  it("copies the facts of the entry, so the policy does not depend on the catalogue", () => {
    const entry = findService("stripe")!;
    const r = recipientFromCatalogue(entry);
    expect(r).toMatchObject({ id: "stripe", catalogueId: "stripe", name: entry.name, legalEntity: entry.legalEntity, role: entry.role, country: entry.country });
    expect(r.dataLocations).toEqual(entry.dataLocations);
    expect(r.dataLocations).not.toBe(entry.dataLocations);
    expect(r.transfer.mechanism).toBe(entry.transfer.mechanism);
    expect(r.description).toBe(entry.clause);
  });
});
