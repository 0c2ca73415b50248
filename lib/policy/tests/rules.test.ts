// Every applicable M/F rule appears in every fixture's output (RULES.md §1). One test per rule and fixture.
import { describe, expect, it } from "vitest";
import { applicableRules, formatDateFr, type TAnswers, type TDocument, type TRuleId } from "..";
import { CNIL_ADDRESS, RESPONSE_DELAY } from "../legal";
import { ART9_EXCEPTION_LABELS, SPECIAL_CATEGORY_LABELS } from "../labels";
import { inlineText } from "../document/inline";
import { isEea } from "../vocabulary";
import { sectionLines } from "../diff/documents";
import { onlyForCustomers } from "../document/context";
import { FIXTURE_NAMES, fixture, plainText, renderAll } from "./support";

type TCheck = (a: TAnswers, text: string, doc: TDocument) => void;

function section(doc: TDocument, anchor: string): string {
  const s = doc.sections.find((x) => x.anchor === anchor);
  expect(s, `section ${anchor}`).toBeDefined();
  return plainText(sectionLines(s!).join("\n"));
}

function tableRows(doc: TDocument, anchor: string): string[] {
  const s = doc.sections.find((x) => x.anchor === anchor)!;
  const table = s.blocks.find((b) => b.kind === "table");
  expect(table, `table in ${anchor}`).toBeDefined();
  return table!.kind === "table" ? table!.rows.map((r) => plainText(r.map(inlineText).join(" | "))) : [];
}

const p = plainText;

const RULE_CHECKS: Partial<Record<TRuleId, { name: string; check: TCheck }>> = {
  M01: { name: "M01 states the controller's identity, address and e-mail", check: (a, t) => {
    for (const s of [a.controller.legalName, a.controller.address.city, a.controller.address.postalCode, a.controller.email]) expect(t).toContain(p(s ?? ""));
    if (a.controller.legalForm) expect(t).toContain(p(a.controller.legalForm));
  } },
  M02: { name: "M02 names the EU representative of a controller outside the EEA", check: (a, t) => {
    expect(t).toContain(p(a.euRepresentative!.name));
    expect(t).toContain(a.euRepresentative!.email);
    expect(t).toContain("article 27 du RGPD");
  } },
  M03: { name: "M03 gives the DPO or states that none is designated and gives the privacy contact", check: (a, _t, doc) => {
    const s = section(doc, "dpo");
    if (a.contact.dpoDesignated) expect(s).toContain(a.contact.dpoEmail);
    else expect(s).toMatch(/n'(avons|ai) pas désigné de délégué/);
    expect(p(s)).toContain(a.contact.dpoDesignated ? "délégué à la protection des données" : a.contact.privacyEmail);
  } },
  M04: { name: "M04 maps every purpose to its legal basis in one table", check: (a, _t, doc) => {
    const rows = tableRows(doc, "finalites");
    expect(rows).toHaveLength(a.purposes.length);
    a.purposes.forEach((pp, i) => expect(rows[i]).toMatch(/art\. 6\.1\.[a-f] du RGPD/));
  } },
  M05: { name: "M05 states the legitimate interest of each purpose based on it", check: (a, _t, doc) => {
    const rows = tableRows(doc, "finalites");
    a.purposes.forEach((pp, i) => {
      if (pp.basis === "legitimate_interest") expect(rows[i]).toContain(p(pp.legitimateInterest!.slice(1, 40)));
    });
  } },
  M06: { name: "M06 names every recipient (a sub-processor of customers' data only, in the customers' section)", check: (a, _t, doc) => {
    const s = section(doc, "destinataires");
    for (const r of a.recipients) expect(onlyForCustomers(a, r) ? section(doc, "donnees-clients") : s).toContain(p(r.name));
    if (a.recipients.length === 0) expect(s).toContain("aucun prestataire");
  } },
  M07: { name: "M07 names the transfer mechanism for each non-EU recipient", check: (a, _t, doc) => {
    const s = section(doc, "transferts");
    const phrases = { adequacy: "décision d'adéquation", dpf: "Data Privacy Framework", scc: "clauses contractuelles types", bcr: "règles d'entreprise contraignantes" } as Record<string, string>;
    const outside = a.recipients.filter((r) => r.dataLocations.some((c) => !isEea(c)));
    for (const r of outside) {
      const line = s.split("\n").find((l) => l.includes(p(r.name)) && l.includes(" : "));
      expect(line, r.name).toBeDefined();
      expect(line).toContain(phrases[r.transfer.mechanism]);
    }
    if (outside.length === 0) expect(s).toMatch(/aucun (autre destinataire|transfert)/i);
    if (outside.some((r) => [r.transfer.mechanism, r.transfer.fallback].includes("scc"))) expect(s).toContain("copie");
  } },
  M08: { name: "M08 gives a retention period for every purpose", check: (a, _t, doc) => {
    const rows = tableRows(doc, "conservation");
    expect(rows).toHaveLength(a.purposes.length);
    // A period, or the statement that none of the data is kept (content embedded from a third party).
    for (const r of rows) expect(r).toMatch(/\| (Jusqu'|\d|Un |Une |Pendant |Nous ne conservons aucune |Je ne conserve aucune )/);
  } },
  M09: { name: "M09 lists the six rights, with objection presented separately", check: (_a, t, doc) => {
    for (const r of ["droit d'accès", "droit de rectification", "droit à l'effacement", "droit à la limitation", "droit à la portabilité", "droit d'opposition"]) expect(t).toContain(r);
    const rights = doc.sections.find((s) => s.anchor === "droits")!;
    expect(rights.blocks.some((b) => b.kind === "heading" && p(b.text) === "Votre droit d'opposition")).toBe(true);
  } },
  M10: { name: "M10 explains how to withdraw consent at any time", check: (_a, _t, doc) => {
    expect(section(doc, "consentement")).toContain("retirer à tout moment");
  } },
  M11: { name: "M11 gives the CNIL's full address", check: (_a, t) => {
    expect(t).toContain(CNIL_ADDRESS);
    expect(t).toContain("www.cnil.fr/fr/plaintes");
  } },
  M12: { name: "M12 says for each purpose whether the data is required", check: (a, _t, doc) => {
    const rows = tableRows(doc, "finalites");
    rows.forEach((r) => expect(r).toMatch(/\| (Obligatoire|Facultative|Collecte automatique|Données issues|Données obtenues)[^|]*$/));
    expect(rows).toHaveLength(a.purposes.length);
  } },
  M13: { name: "M13 describes automated decisions, or states there are none", check: (a, _t, doc) => {
    const s = section(doc, "decisions-automatisees");
    if (a.automated.decisions.length === 0) expect(s).toContain("aucune décision fondée exclusivement sur un traitement automatisé");
    for (const d of a.automated.decisions) {
      expect(s).toContain(p(d.name));
      expect(s).toContain("intervention humaine");
    }
  } },
  M14: { name: "M14 announces further processing before it starts", check: (a, _t, doc) => {
    const s = section(doc, "finalites");
    for (const pp of a.purposes.filter((x) => x.furtherProcessing)) {
      expect(s).toContain("Nouvelle utilisation de données");
      expect(s).toContain(plainText(formatDateFr(pp.startsOn!)));
    }
  } },
  M15: { name: "M15 names each indirect source and the data obtained from it", check: (a, _t, doc) => {
    const s = section(doc, "donnees");
    for (const src of a.data.sources) expect(s).toContain(p(src.name));
  } },
  M16: { name: "M16 gives the response delay word for word", check: (_a, t) => {
    expect(t.replace(/\s+/g, " ")).toContain(RESPONSE_DELAY);
  } },
  M17: { name: "M17 names the art. 9 exception or warns against entering sensitive data", check: (a, _t, doc) => {
    const s = section(doc, "donnees");
    for (const sc of a.data.specialCategories) {
      expect(s.toLowerCase()).toContain(p(SPECIAL_CATEGORY_LABELS[sc.key]).toLowerCase());
      expect(s).toContain(ART9_EXCEPTION_LABELS[sc.exception!].cite);
    }
    if (a.data.contentNotice !== false) expect(s).toMatch(/ne saisir ni transmettre|données sensibles suivantes/);
  } },
  F01: { name: "F01 presents post-mortem directives", check: (_a, t) => {
    expect(t).toContain("Directives post mortem");
    expect(t).toContain("article 85 de la loi n° 78-17");
    expect(t).toContain("désigner une personne");
  } },
  F02: { name: "F02 states the digital majority of 15 and joint parental consent", check: (a, t) => {
    expect(t).toContain("à partir de 15 ans");
    expect(t).toContain("titulaires de l'autorité parentale");
    if (a.service.minimumAge < 15 && a.service.parentalConsent) expect(t).toContain(p(a.service.parentalConsent.slice(0, 40)));
  } },
  F03: { name: "F03 lists every tracker with its consent status, or states there is none", check: (a, _t, doc) => {
    const s = section(doc, "cookies");
    for (const tr of a.cookies.trackers) expect(s).toContain(p(tr.name));
    if (a.cookies.trackers.length === 0) expect(s).toContain("ne dépose ni ne lit aucun cookie");
    if (a.cookies.trackers.some((tr) => !["strictly_necessary", "audience_exempt"].includes(tr.category))) {
      // A mobile application is used, not browsed.
      expect(s).toContain(a.service.kind === "mobile_app" ? "la poursuite de l'utilisation de l'application ne vaut pas consentement" : "la poursuite de la navigation ne vaut pas consentement");
    }
  } },
  R01: { name: "R01 says which data the service processes for its customers, that the customer is the controller and where those people go", check: (a, t, doc) => {
    const s = section(doc, "donnees-clients");
    expect(s).toContain("sous-traitant");
    expect(s).toContain("article 28 du RGPD");
    expect(s).toContain("exercent leurs droits auprès du client");
    if (a.data.customers?.special?.includes("health")) expect(s).toContain("L1111-8");
    expect(t).not.toContain("aucune donnée n'est obtenue auprès de tiers");
  } },
  R02: { name: "R02 makes the essence of each joint-controller arrangement available", check: (a, _t, doc) => {
    const s = section(doc, "destinataires");
    expect(s).toContain("article 26 du RGPD");
    for (const r of a.recipients.filter((x) => x.role === "joint_controller" && x.arrangement)) expect(s).toContain(p(r.arrangement!.slice(1, 40)));
  } },
  R03: { name: "R03 says whether published content is public by default or by choice, and how to make it private", check: (a, _t, doc) => {
    const s = section(doc, "essentiel");
    expect(s).toContain("Contenus publics");
    if (a.service.publicContent === "opt_in") expect(s).toContain("restent privés tant que vous ne choisissez pas");
    if (a.service.makePrivate) expect(s).toContain(p(a.service.makePrivate.replace(/^(le|la|les) /, "").slice(0, 30)));
  } },
  R04: { name: "R04 names the EU representative and its country in the Union", check: (a, _t, doc) => {
    const s = section(doc, "responsable");
    expect(s).toContain("article 27 du RGPD");
    expect(s).toContain(a.euRepresentative!.name);
  } },
  F04: { name: "F04 frames e-mail prospection (consent, soft opt-in or B2B opt-out)", check: (_a, _t, doc) => {
    expect(section(doc, "finalites")).toContain("article L34-5 du code des postes et des communications électroniques");
  } },
};

const CASES = FIXTURE_NAMES.flatMap((name) => {
  const a = fixture(name);
  return applicableRules(a).filter((id) => !id.startsWith("E")).map((ruleId) => ({ ruleId, name }));
});

describe("every applicable M/F rule appears in every fixture's output", () => {
  for (const [ruleId, { name: title, check }] of Object.entries(RULE_CHECKS)) {
    const cases = CASES.filter((c) => c.ruleId === ruleId);
    if (cases.length === 0) continue;
    it.each(cases)(`${title} — $name`, ({ name }) => {
      const a = fixture(name);
      const { doc, text } = renderAll(a);
      check(a, plainText(text), doc);
      expect(doc.sections.some((s) => s.rules.includes(ruleId as TRuleId))).toBe(true);
    });
  }

  it("every M/F rule has a check, and every fixture has its applicable rules tagged on a section", () => {
    for (const c of CASES) expect(RULE_CHECKS[c.ruleId], c.ruleId).toBeDefined();
    for (const name of FIXTURE_NAMES) {
      const a = fixture(name);
      const { doc } = renderAll(a);
      const tagged = new Set(doc.sections.flatMap((s) => s.rules));
      for (const id of applicableRules(a).filter((r) => !r.startsWith("E"))) expect(tagged.has(id), `${name} ${id}`).toBe(true);
    }
  });

  it("the fixtures together exercise every M and F rule", () => {
    const covered = new Set(CASES.map((c) => c.ruleId));
    for (const id of Object.keys(RULE_CHECKS)) expect(covered.has(id as TRuleId), id).toBe(true);
  });
});
