// French wording helpers: dates without Intl, typography, agreement, contractions.
import { describe, expect, it } from "vitest";
import { buildDocument, formatDateFr, renderText } from "..";
import { isIsoDate } from "../text/dates";
import { de, duration, enumerate, until } from "../text/grammar";
import { typo } from "../text/typography";
import { retentionText } from "../document/phrases";
import { fixture } from "./support";

describe("French dates", () => {
  it.each([
    ["2026-11-21", "21 novembre 2026"], ["2027-03-01", "1er mars 2027"], ["2028-02-29", "29 février 2028"], ["2026-08-15", "15 août 2026"],
  ])("%s → « %s »", (iso, fr) => {
    expect(formatDateFr(iso).replace(/\u00a0/g, " ")).toBe(fr);
  });

  it("rejects impossible dates", () => {
    expect(isIsoDate("2026-02-29")).toBe(false);
    expect(isIsoDate("2026-13-01")).toBe(false);
    expect(() => formatDateFr("21/11/2026")).toThrow();
  });
});

describe("typography and grammar", () => {
  it("puts the right no-break spaces and apostrophes", () => {
    expect(typo("Adresse : l'équipe ; vraiment ? « oui » 15 ans, 12 000 €")).toBe("Adresse\u00a0: l’équipe\u202f; vraiment\u202f? «\u00a0oui\u00a0» 15\u00a0ans, 12\u00a0000\u00a0€");
    expect(typo("https://exemple.fr/a?b=1")).toBe("https://exemple.fr/a?b=1");
  });

  it("contracts « de » and « à » and agrees durations", () => {
    expect(de("le dernier contact")).toBe("du dernier contact");
    expect(de("les commandes")).toBe("des commandes");
    expect(de("la collecte")).toBe("de la collecte");
    expect(de("Atelier Nord")).toBe("d'Atelier Nord");
    expect(until("le terme du contrat")).toBe("jusqu'au terme du contrat");
    expect(duration(1, "years")).toBe("un an");
    expect(duration(1, "weeks")).toBe("une semaine");
    expect(duration(13, "months")).toBe("13\u00a0mois");
    expect(enumerate(["a", "b", "c"])).toBe("a, b et c");
    expect(retentionText({ mode: "relationship", until: "la clôture de votre compte", amount: 1, unit: "years" })).toBe("Jusqu'à la clôture de votre compte, puis un an à compter de cette date.");
  });

  it("speaks as « je » for a natural person, with correct verb forms", () => {
    const txt = renderText(buildDocument(fixture("coach-chatbot")));
    expect(txt).toContain("Je traite les catégories");
    expect(txt).toContain("Je n’ai pas désigné de délégué");
    // With health data (art. 37.1.c) the policy does not say the DPO is optional: a natural person without them does.
    expect(renderText(buildDocument(fixture("portfolio")))).toContain("au regard de mon activité");
    expect(txt).toContain("Vous pouvez m’écrire");
    expect(txt).not.toMatch(/\bnous\b/i);
  });

  it("states facts plainly: no hedging « nous pouvons », no « certains »", () => {
    for (const name of ["ecommerce", "marketplace", "coach-chatbot"]) {
      const txt = renderText(buildDocument(fixture(name)));
      expect(txt).not.toMatch(/nous pouvons|je peux|\bcertain(e)?s\b/i);
    }
  });
});

describe("the founder's brand", () => {
  it("a brand keeps its spelling and its address is not said twice (issue 10, defect 8)", () => {
    for (const name of ["brochure", "ai-gallery"]) {
      const a = fixture(name);
      a.service.name = "nanoimagine.art";
      a.service.urls = ["https://nanoimagine.art/"];
      a.cookies.trackers = [];
      a.service.minimumAge = 0;
      const doc = buildDocument(a);
      const txt = renderText(doc);
      expect(doc.subtitle).toBe("nanoimagine.art");
      expect(txt).not.toMatch(/Nanoimagine/);
      expect(txt).not.toMatch(/accessible à l.adresse nanoimagine\.art/);
      expect(txt).toMatch(/Le service nanoimagine\.art (est accessible|ne dépose)/);
    }
  });

  it("a descriptive name is capitalised where it opens a sentence", () => {
    const a = fixture("brochure");
    expect(a.service.name).toMatch(/^le site/);
    expect(renderText(buildDocument(a))).toMatch(/Le site de Lemoine Architecture ne dépose/);
  });
});
