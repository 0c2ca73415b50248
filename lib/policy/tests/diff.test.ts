// Version diff: structured changes graded per RULES §8, with French sentences; section-by-section text diff.
import { describe, expect, it } from "vitest";
import { buildDocument, diffAnswers, diffDocuments, recipientFromCatalogue } from "..";
import { findService } from "../catalogue";
import { purposeFrom } from "../answers/purposes";
import { fixture, plainText } from "./support";

const messages = (d: ReturnType<typeof diffAnswers>) => d.changes.map((c) => plainText(c.message));

describe("diffAnswers", () => {
  it("no change, no grade", () => {
    expect(diffAnswers(fixture("brochure"), fixture("brochure"))).toEqual({ grade: "none", changes: [] });
  });

  it("a new recipient outside the EU is substantial: recipient and transfer", () => {
    const a = fixture("brochure");
    const b = fixture("brochure");
    b.recipients.push(recipientFromCatalogue(findService("stripe")!));
    const d = diffAnswers(a, b);
    expect(d.grade).toBe("substantial");
    expect(messages(d)).toEqual(["Nouveau destinataire : Stripe (Irlande et États-Unis)", "Nouveau transfert hors de l'Union européenne : Stripe (États-Unis)"]);
    expect(d.changes[0]!.field).toBe("recipients.0");
  });

  it("a new purpose and a new data category are substantial", () => {
    const a = fixture("brochure");
    const b = fixture("brochure");
    b.purposes.push(purposeFrom("newsletter"));
    b.data.categories.push({ key: "preferences" });
    const d = diffAnswers(a, b);
    expect(d.grade).toBe("substantial");
    expect(messages(d)).toContain("Nouvelle finalité : Envoi de la lettre d'information");
    expect(messages(d)).toContain("Nouvelle catégorie de données : Préférences");
  });

  it("a shortened retention and new contact details are minor", () => {
    const a = fixture("brochure");
    const b = fixture("brochure");
    b.purposes[1]!.retention = { mode: "duration", amount: 3, unit: "months", from: "la collecte" };
    b.controller.phone = "02 99 00 00 00";
    const d = diffAnswers(a, b);
    expect(d.grade).toBe("minor");
    expect(messages(d)).toEqual([
      "Durée de conservation réduite pour « Sécurité du site (journaux du serveur) » : 3 mois à compter de la collecte",
      "Coordonnées du responsable du traitement modifiées",
    ]);
  });

  it("a lengthened retention, a changed legal basis and a new rights contact are substantial", () => {
    const a = fixture("brochure");
    const b = fixture("brochure");
    b.purposes[1]!.retention = { mode: "duration", amount: 2, unit: "years", from: "la collecte" };
    b.purposes[0]!.basis = "legitimate_interest";
    b.contact.privacyEmail = "rgpd@lemoine-architecture.fr";
    const d = diffAnswers(a, b);
    // The interest now stated under the new basis is a wording change of its own (minor).
    expect(d.changes.filter((c) => c.grade === "substantial").map((c) => [c.kind, c.grade])).toEqual([
      ["basis_changed", "substantial"], ["retention_changed", "substantial"], ["rights_contact_changed", "substantial"],
    ]);
    expect(d.grade).toBe("substantial");
  });

  it("a removed recipient is minor", () => {
    const a = fixture("ecommerce");
    const b = fixture("ecommerce");
    b.recipients = b.recipients.filter((r) => r.id !== "paypal");
    const d = diffAnswers(a, b);
    expect(d.grade).toBe("minor");
    expect(messages(d)).toEqual(["Destinataire supprimé : PayPal"]);
  });
});

describe("diffDocuments", () => {
  it("compares two rendered policies section by section", () => {
    const a = fixture("brochure");
    const b = fixture("brochure");
    b.recipients.push(recipientFromCatalogue(findService("ovhcloud")!));
    const d = diffDocuments(buildDocument(a), buildDocument(b));
    const byAnchor = Object.fromEntries(d.map((s) => [s.anchor, s]));
    expect(byAnchor.destinataires!.status).toBe("changed");
    expect(byAnchor.reclamation!.status).toBe("unchanged");
    expect(byAnchor.destinataires!.lines.some((l) => l.op === "insert" && l.text.includes("OVHcloud"))).toBe(true);
    expect(byAnchor.destinataires!.lines.some((l) => l.op === "delete" && l.text.includes("aucun prestataire"))).toBe(true);
  });

  it("reports added and removed sections", () => {
    const a = fixture("brochure");
    const b = fixture("ai-gallery");
    const d = diffDocuments(buildDocument(a), buildDocument(b));
    expect(d.find((s) => s.anchor === "consentement")?.status).toBe("added");
    const back = diffDocuments(buildDocument(b), buildDocument(a));
    expect(back.find((s) => s.anchor === "consentement")?.status).toBe("removed");
  });

  it("list items are marked as items, their text without a Markdown marker (« - », « * »)", () => {
    const a = fixture("ecommerce");
    const b = fixture("ecommerce");
    b.security.measures = b.security.measures.slice(1);
    const lines = diffDocuments(buildDocument(a), buildDocument(b)).flatMap((s) => s.lines);
    const items = lines.filter((l) => l.kind === "item");
    expect(items.length).toBeGreaterThan(0);
    expect(items.some((l) => l.op === "delete")).toBe(true);
    for (const l of lines) expect(l.text).not.toMatch(/^[-*] /);
  });
});
