// No E-rule (RULES §7) in any output, and the lint recognises each error when a text contains it.
import { describe, expect, it } from "vitest";
import { lintRenderedText, type TRuleId } from "..";
import { typographyIssues } from "../../typography";
import { FIXTURE_NAMES, fixture, renderAll } from "./support";

describe("no E-rule matches any fixture's output", () => {
  it.each(FIXTURE_NAMES.map((name) => ({ name })))("E01–E13 never appear in $name (text and Markdown)", ({ name }) => {
    const { text, md } = renderAll(fixture(name));
    expect(lintRenderedText(text)).toEqual([]);
    const mdAsText = md.replace(/\[([^\]]*)\]\(<[^>]*>\)/g, "$1").replace(/\\([\\`*_[\]<>#|~])/g, "$1");
    expect(lintRenderedText(mdAsText)).toEqual([]);
  });

  it.each(FIXTURE_NAMES.map((name) => ({ name })))("$name follows French typography (no-break spaces, guillemets, apostrophes)", ({ name }) => {
    const { text } = renderAll(fixture(name));
    const issues = text.split("\n").flatMap((line) => typographyIssues(line).map((i) => `${i.rule} — ${i.excerpt}`));
    expect(issues).toEqual([]);
  });
});

const SAMPLES: { ruleId: TRuleId; bad: string; good: string }[] = [
  { ruleId: "E01", bad: "En utilisant le service, vous consentez au transfert de vos données aux États-Unis.", good: "Le transfert vers les États-Unis est encadré par des clauses contractuelles types." },
  { ruleId: "E02", bad: "La poursuite de l'utilisation du service vaut acceptation de la politique modifiée.", good: "La poursuite de la navigation ne vaut pas consentement." },
  { ruleId: "E02", bad: "Continued use of the service means you accept the updated policy.", good: "Toute modification importante vous est annoncée un mois à l'avance." },
  { ruleId: "E03", bad: "Californie : si vous êtes résident, la section CCPA s'applique.", good: "Vous disposez des droits suivants." },
  { ruleId: "E04", bad: "Le service est réservé aux personnes de plus de 13 ans.", good: "Le service est réservé aux personnes de plus de 15 ans." },
  { ruleId: "E05", bad: "Google Analytics ne collecte que des données anonymes.", good: "Google Analytics dépose des cookies soumis à votre consentement." },
  { ruleId: "E05", bad: "Pour refuser Google Analytics, utilisez uniquement les paramètres de votre navigateur.", good: "Les paramètres de votre navigateur permettent en outre de supprimer les cookies déjà déposés." },
  { ruleId: "E06", bad: "Prévention de la fraude\n  Base légale : obligation légale.", good: "Prévention de la fraude\n  Base légale : obligation légale (article L561-5 du code monétaire et financier)." },
  { ruleId: "E07", bad: "Vous ne pouvez pas vous opposer à ce traitement fondé sur notre intérêt légitime.", good: "Vous pouvez vous opposer à tout moment à ce traitement." },
  { ruleId: "E08", bad: "Nous répondons à votre demande dans un délai de 30 jours.", good: "Les journaux sont conservés 30 jours à compter de la collecte." },
  { ruleId: "E09", bad: "La présente politique est en vigueur depuis le [date].", good: "La présente politique est en vigueur depuis le 21 novembre 2026." },
  { ruleId: "E09", bad: "Nom de la société : .", good: "Nom de la société : Pixelune." },
  { ruleId: "E10", bad: "Les transferts sont garantis par la certification ISO 27001 de notre hébergeur.", good: "Notre hébergeur est certifié ISO 27001." },
  { ruleId: "E11", bad: "Vos requêtes ne sont jamais conservées par OpenAI.", good: "Selon ses conditions contractuelles, OpenAI n'utilise pas vos requêtes pour entraîner ses modèles." },
  { ruleId: "E12", bad: "Pour retirer votre consentement, supprimez votre compte.", good: "Retirer votre consentement est sans incidence sur votre accès au service." },
  { ruleId: "E13", bad: "Bases légales : consentement, contrat et intérêt légitime.", good: "Chaque finalité repose sur la base légale indiquée dans le tableau." },
];

describe("lintRenderedText catches the E-errors of RULES §7", () => {
  it.each(SAMPLES)("$ruleId: « $bad »", ({ ruleId, bad, good }) => {
    const found = lintRenderedText(bad, { mandatory: false });
    expect(found.map((f) => f.ruleId)).toContain(ruleId);
    expect(found.find((f) => f.ruleId === ruleId)!.excerpt).toBeTruthy();
    expect(lintRenderedText(good, { mandatory: false }).map((f) => f.ruleId)).not.toContain(ruleId);
  });

  it("sees through no-break spaces and typographic apostrophes", () => {
    expect(lintRenderedText("Réservé aux plus de 13\u00a0ans.", { mandatory: false }).map((f) => f.ruleId)).toEqual(["E04"]);
    expect(lintRenderedText("Vous ne pouvez pas vous opposer à ce traitement.", { mandatory: false })[0]?.ruleId).toBe("E07");
  });
});
