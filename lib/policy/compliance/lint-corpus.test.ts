// The lint corpus (./corpus): every phrasing of an E-error of RULES §7 is caught, on the field it was typed in;
// every correct sentence, the engine's own text and the catalogue's are left alone. 100 % recall and precision.
import { describe, expect, it } from "vitest";
import { checkCompliance } from "./check";
import { lintRenderedText } from "./lint";
import { scanText } from "./patterns";
import * as PHRASING from "./phrasing";
import { scanAnswersText } from "./scan-answers";
import { RULE_IDS, type TRuleId } from "./rules";
import { corpusItems } from "./corpus";
import { catalogueDrafts, engineDocuments } from "./corpus/engine";
import { figures, placeText, runCorpus } from "./corpus/evaluate";

const E_RULES = RULE_IDS.filter((id) => id.startsWith("E"));
const ITEMS = corpusItems();
const OUTCOMES = runCorpus(ITEMS);
const where = (o: (typeof OUTCOMES)[number]) => (o.item.context ? ` (${o.item.context.field}${o.item.context.basis ? `, ${o.item.context.basis}` : ""})` : "");

describe("the lint corpus", () => {
  it("has at least 5 phrasings for every E-rule, and at least as many correct sentences as phrasings", () => {
    for (const id of E_RULES) expect(ITEMS.filter((i) => i.expect === id).length, id).toBeGreaterThanOrEqual(5);
    const positives = ITEMS.filter((i) => i.expect !== null).length;
    expect(ITEMS.filter((i) => i.expect === null).length).toBeGreaterThanOrEqual(positives);
  });

  it.each(OUTCOMES.filter((o) => o.item.expect).map((o) => ({ o, id: o.item.expect, text: o.item.text, at: where(o) })))(
    "$id: « $text »$at is caught", ({ o }) => {
      expect(o.detected, JSON.stringify(o.run)).toBe(true);
      expect(o.extra, JSON.stringify(o.run)).toEqual([]);
    });

  it.each(OUTCOMES.filter((o) => !o.item.expect).map((o) => ({ o, file: o.item.file, text: o.item.text, at: where(o) })))(
    "no E-rule in « $text »$at ($file)", ({ o }) => {
      expect(o.extra, JSON.stringify(o.run)).toEqual([]);
    });

  it("E01–E13: 100 % recall on the phrasings, 100 % precision on the correct sentences", () => {
    const bad = figures(OUTCOMES, E_RULES).filter((f) => f.recall < 1 || f.precision < 1);
    expect(bad).toEqual([]);
  });
});

describe("errors that only exist in context are blocked on their field", () => {
  const blocking = (text: string, ctx: Parameters<typeof placeText>[1]) => {
    const { answers, path } = placeText(text, ctx);
    return checkCompliance(answers).findings.filter((f) => f.field === path && f.severity === "blocking" && f.ruleId.startsWith("E")).map((f) => f.ruleId);
  };

  it("E07: a legitimate-interest refusal consequence saying objection is impossible is blocked on its field", () => {
    const { answers, path } = placeText("Aucune opposition n'est possible.", { field: "purposes.*.consequence", basis: "legitimate_interest", purpose: "support" });
    const hit = checkCompliance(answers).findings.find((f) => f.ruleId === "E07");
    expect(hit?.field).toBe(path);
    expect(path).toMatch(/^purposes\.\d+\.consequence$/);
    expect(hit?.severity).toBe("blocking");
    expect(hit?.message).toContain("Aucune opposition");
  });

  it("E07: « vous n'avez pas la possibilité de refuser ce traitement » is blocked for legitimate interest, allowed for a contract", () => {
    const text = "Vous n'avez pas la possibilité de refuser ce traitement.";
    expect(blocking(text, { field: "purposes.*.consequence", basis: "legitimate_interest" })).toEqual(["E07"]);
    expect(blocking(text, { field: "purposes.*.consequence", basis: "contract" })).toEqual([]);
    expect(blocking("Le service ne peut pas être fourni.", { field: "purposes.*.consequence", basis: "contract" })).toEqual([]);
  });

  it("E07: an opt-out answered « Impossible » is blocked for a purpose based on legitimate interest", () => {
    expect(blocking("Impossible", { field: "purposes.*.optOut", basis: "legitimate_interest" })).toEqual(["E07"]);
    expect(blocking("Impossible", { field: "purposes.*.description", basis: "legitimate_interest" })).toEqual([]);
  });

  it("E05: the browser as the way to manage choices is blocked when trackers need consent, not when none does", () => {
    expect(blocking("les paramètres de votre navigateur", { field: "cookies.manageChoices" })).toEqual(["E05"]);
    expect(blocking("Vous pouvez désactiver les cookies via votre navigateur.", { field: "cookies.details" })).toEqual(["E05"]);
    expect(blocking("Vous pouvez désactiver les cookies via votre navigateur.", { field: "cookies.details", consentTrackers: false })).toEqual([]);
    expect(blocking("Le navigateur permet aussi de supprimer les cookies déjà déposés, en plus de notre outil de gestion.", { field: "cookies.details" })).toEqual([]);
  });

  it("E05: a vendor's opt-out tool offered for an advertising purpose is blocked on its opt-out", () => {
    expect(blocking("utilisez l'outil d'opt-out de Google", { field: "purposes.*.optOut", purpose: "advertising", basis: "consent" })).toEqual(["E05"]);
  });

  it("E12: deleting the account as the way to withdraw consent is blocked on rights.consentWithdrawal", () => {
    expect(blocking("en supprimant votre compte depuis les paramètres", { field: "rights.consentWithdrawal" })).toEqual(["E12"]);
    expect(blocking("le lien de désinscription présent dans chaque e-mail", { field: "rights.consentWithdrawal" })).toEqual([]);
  });

  it("E04: an age threshold at 13 is blocked, a clientele of 13 to 18 year olds and « depuis 13 ans » are not", () => {
    expect(blocking("Le service est ouvert à partir de 13 ans.", { field: "service.description" })).toEqual(["E04"]);
    expect(blocking("Notre équipe accompagne des élèves de 13 ans à 18 ans en présence de leurs parents.", { field: "service.description" })).toEqual([]);
    expect(blocking("Nous accompagnons des entreprises depuis 13 ans.", { field: "service.description" })).toEqual([]);
  });

  it("E02: continued browsing presented as acceptance is blocked in cookies.details", () => {
    expect(blocking("En poursuivant votre navigation, vous acceptez l'utilisation de cookies.", { field: "cookies.details" })).toEqual(["E02"]);
  });

  it("E10: a certification given as a transfer safeguard is blocked in a recipient's note", () => {
    expect(blocking("Nos prestataires sont certifiés ISO 27001, ce qui garantit la sécurité des données transférées.", { field: "recipients.*.note" })).toEqual(["E10"]);
  });
});

describe("the engine's own text raises no E-rule", () => {
  it.each(engineDocuments().map((d) => ({ ...d })))("E01–E13 never appear in the rendered text of $name", ({ text, answers }) => {
    expect(lintRenderedText(text, { mandatory: false }).map((f) => `${f.ruleId} « ${f.excerpt} »`)).toEqual([]);
    expect(checkCompliance(answers).findings.filter((f) => f.ruleId.startsWith("E")).map((f) => `${f.ruleId} ${f.field}`)).toEqual([]);
  });

  it.each(catalogueDrafts())("E01–E13 never appear in the answers $name brings", ({ answers }) => {
    expect(scanAnswersText(answers).map((h) => `${h.ruleId} ${h.field}`)).toEqual([]);
  });
});

describe("the patterns stay linear", () => {
  const HOSTILE = [
    "de ".repeat(4000), "l'".repeat(4000), "ne pas ".repeat(2000), "vous vous ".repeat(2000), "13 ans ".repeat(2000),
    "consentement, contrat, ".repeat(1000), "oppos ".repeat(3000), ", ".repeat(5000), "x".repeat(20000), "[".repeat(10000),
    "<a".repeat(8000), "navigateur ".repeat(2000), "30 jours ".repeat(2000), "iso 27001 transfert garanti ".repeat(800),
    "ne sont jamais conserves par ".repeat(800), "refus ".repeat(3000), "a ".repeat(8000),
  ];
  it.each(HOSTILE.map((t) => ({ t, head: t.slice(0, 24) })))("scanning « $head… » (no full stop) takes well under a second", ({ t }) => {
    const start = performance.now();
    scanText(t, { objectable: true, wayOut: true, withdrawal: true, consentTrackers: true });
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it("every building block of phrasing.ts runs through every hostile text in well under a second", () => {
    const slow: string[] = [];
    for (const [name, re] of Object.entries(PHRASING)) {
      if (!(re instanceof RegExp)) continue;
      const start = performance.now();
      for (const t of HOSTILE) { re.lastIndex = 0; re.test(t); }
      if (performance.now() - start > 1000) slow.push(name);
    }
    expect(slow).toEqual([]);
  });
});

describe("rule IDs in the corpus", () => {
  it("every item names an E-rule or null", () => {
    for (const i of ITEMS) {
      if (i.expect) expect(E_RULES).toContain(i.expect as TRuleId);
    }
  });
});
