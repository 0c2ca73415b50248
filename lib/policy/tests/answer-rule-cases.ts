// Shared by consistency.test.ts and plausibility.test.ts: the findings of the C- and V-rules alone, a seeded
// corpus that wanders near those rules (fixtures, templates and random answers, each nudged by the edits a
// founder makes), and for each field a finding may point to, the edit that fixes it.
import { describe, expect, it } from "vitest";
import { checkCompliance, recipientFromCatalogue, TEMPLATES, templateAnswers, type TAnswers, type TFinding } from "..";
import { controlAt } from "../schema/visibility";
import { FIXTURE_NAMES, fixture } from "./support";
import { purposeFrom } from "../answers/purposes";
import { findService } from "../catalogue";
import { runAnswerRules, type TAnswerRule } from "../compliance/answer-rules";
import { catalogueCookieOf, CONSISTENCY_RULES } from "../compliance/consistency";
import { PLAUSIBILITY_RULES } from "../compliance/plausibility";
import { RULES } from "../compliance/rules";
import { FIXTURES, FIXTURE_WARNINGS } from "../fixtures";
import { visibleAnswers } from "../schema/visibility";
import { TRACKER_CATEGORIES, TIME_UNITS } from "../vocabulary";
import { randomAnswers, rng } from "./random-answers";

/** What the given rules report on the answers, read as the checker reads them (visibleAnswers). */
export function findingsOf(a: TAnswers, rules: readonly TAnswerRule[] = [...CONSISTENCY_RULES, ...PLAUSIBILITY_RULES]): TFinding[] {
  const out: TFinding[] = [];
  runAnswerRules(rules, visibleAnswers(a), (ruleId, severity, field, message) => out.push({ ruleId, severity, field, message, article: RULES[ruleId].article }));
  return out;
}

export const key = (f: TFinding) => `${f.ruleId} ${f.field}`;

const recipient = (id: string) => recipientFromCatalogue(findService(id)!, { id: `corrige-${id}` });

/** For each field a C- or V-finding may name, what the founder does there to answer it. */
export const FIXES: [RegExp, (a: TAnswers, m: RegExpExecArray) => void][] = [
  [/^automated\.profiling$/, (a) => { a.automated.profiling = "Vos achats sont analysés pour vous recommander des produits voisins."; }],
  [/^cookies\.trackers$/, (a) => {
    for (const category of TRACKER_CATEGORIES) a.cookies.trackers.push({ name: `corrige-${category}`, provider: "Exemple", purpose: "Exemple", lifetime: "6 mois", category });
  }],
  [/^recipients$/, (a) => { a.recipients.push(...["scaleway", "stripe", "mistral-ai", "meta-pixel"].map(recipient)); }],
  [/^cookies\.trackers\.(\d+)\.category$/, (a, m) => { const t = a.cookies.trackers[Number(m[1])]!; t.category = catalogueCookieOf(t)!.cookie.category; }],
  [/^cookies\.trackers\.(\d+)\.lifetime$/, (a, m) => { a.cookies.trackers[Number(m[1])]!.lifetime = "13 mois"; }],
  [/^purposes$/, (a) => { a.purposes.push(...(["audience_exempt", "advertising", "embedded_content"] as const).map((k) => purposeFrom(k))); }],
  [/^cookies\.consentTool$/, (a) => { a.cookies.consentTool = "la bannière de cookies du site"; }],
  [/^cookies\.manageChoices$/, (a) => { a.cookies.manageChoices = "le lien « Gérer mes cookies » en bas de chaque page"; }],
  [/^cookies\.choiceRetentionMonths$/, (a) => { a.cookies.choiceRetentionMonths = 6; }],
  [/^purposes\.(\d+)\.optOut$/, (a, m) => { a.purposes[Number(m[1])]!.optOut = "le réglage « Statistiques » de votre compte"; }],
  [/^purposes\.(\d+)\.retention\.amount$/, (a, m) => { Object.assign(a.purposes[Number(m[1])]!.retention, { amount: 12, unit: "months" }); }],
  [/^purposes\.(\d+)\.retention\.mode$/, (a, m) => { Object.assign(a.purposes[Number(m[1])]!.retention, { mode: "duration", amount: 25, unit: "months", from: "la collecte" }); }],
  [/^purposes\.(\d+)\.retention\.criteria$/, (a, m) => { a.purposes[Number(m[1])]!.retention.criteria = "Deux ans, pour détecter les attaques lentes signalées par notre assureur."; }],
  [/^purposes\.(\d+)\.legitimateInterest$/, (a, m) => { a.purposes[Number(m[1])]!.legitimateInterest = "Protéger les comptes contre les connexions frauduleuses et les abus."; }],
];

/** The answers once the founder has fixed the field a finding names; undefined when no fix is known. */
export function fixed(a: TAnswers, field: string): TAnswers | undefined {
  for (const [re, fix] of FIXES) {
    const m = re.exec(field);
    if (!m) continue;
    const b = structuredClone(a);
    fix(b, m);
    return b;
  }
  return undefined;
}

const LIFETIMES = ["13 mois", "14 mois", "395 jours", "400 jours", "2 ans", "1 an et 6 mois", "session", "persistant", "30 minutes"];
const INTERESTS = ["Notre intérêt légitime.", "L'intérêt légitime de la société", "Nos intérêts légitimes à développer notre activité", "Améliorer nos services", "Protéger les comptes contre les connexions frauduleuses."];
const PROFILING_TEXT = ["Recommandations personnalisées selon votre historique d'achats", "Publicités non personnalisées", "Segmentation de nos clients", "Gestion de votre profil"];

/** One edit near a C- or V-rule, as a founder would make it in the wizard. */
function nudge(a: TAnswers, r: ReturnType<typeof rng>): void {
  const p = a.purposes.length ? a.purposes[r.int(0, a.purposes.length - 1)]! : undefined;
  switch (r.int(0, 11)) {
    case 0: a.cookies.trackers = []; break;
    case 1: a.automated.profiling = ""; break;
    case 2: if (p) p.description = r.pick(PROFILING_TEXT); break;
    case 3: if (a.recipients.length) a.recipients.splice(r.int(0, a.recipients.length - 1), 1); break;
    case 4: for (const t of a.cookies.trackers) if (r.chance()) t.lifetime = r.pick(LIFETIMES); break;
    case 5: for (const t of a.cookies.trackers) if (r.chance(0.3)) t.category = r.pick(["strictly_necessary", "audience_exempt"] as const); break;
    case 6: if (p) p.retention = { mode: "duration", amount: r.int(1, 60), unit: r.pick(TIME_UNITS), from: "la collecte", criteria: r.chance() ? "" : "Justifié par un texte." }; break;
    case 7: if (p) { p.basis = "legitimate_interest"; p.legitimateInterest = r.pick(INTERESTS); } break;
    case 8: a.cookies.manageChoices = ""; a.rights.consentWithdrawal = r.pick(["", "le lien de désinscription de chaque e-mail", "le lien « Cookies » en bas de page"]); break;
    case 9: a.cookies.choiceRetentionMonths = r.int(1, 13); break;
    case 10: a.cookies.consentTool = r.pick(["", "Axeptio"]); break;
    case 11: if (p) { p.key = r.pick(["audience_exempt", "analytics_consent", "advertising", "ai_processing", "security", "newsletter"] as const); p.basis = r.pick(["consent", "legitimate_interest"] as const); } break;
  }
}

const BASES: [string, TAnswers][] = [
  ...Object.entries(FIXTURES).map(([name, a]) => [`fixture ${name}`, a] as [string, TAnswers]),
  ...Object.keys(TEMPLATES).map((kind) => [`template ${kind}`, templateAnswers(kind as keyof typeof TEMPLATES)] as [string, TAnswers]),
];

/** Fixtures, templates and random answers, each after a few seeded nudges (reproducible from the seed). */
export function nearMisses(count = 400): [string, TAnswers][] {
  const out: [string, TAnswers][] = [];
  for (let seed = 1; seed <= count; seed++) {
    const r = rng(seed);
    const [name, base] = seed % 4 === 0 ? [`aléatoire ${seed}`, randomAnswers(seed)] : BASES[seed % BASES.length]!;
    const a = structuredClone(base);
    const steps = r.int(1, 4);
    for (let i = 0; i < steps; i++) nudge(a, r);
    out.push([`${name}, graine ${seed}`, a]);
  }
  return out;
}

/** What every answer-rule family must hold over the fixtures, the templates and the seeded near-misses. */
export function describeRuleFamily(family: string, ids: readonly string[], rules: readonly TAnswerRule[]) {
  describe(`${family}-rules over fixtures, templates and a seeded corpus`, () => {
    it.each(FIXTURE_NAMES.map((name) => ({ name })))(`$name has no ${family}-finding (but a persona's documented ones)`, ({ name }) => {
      const kept = (FIXTURE_WARNINGS[name] ?? []).filter((k) => ids.includes(k.split(" ")[0]!));
      expect(findingsOf(fixture(name), rules).map(key)).toEqual(kept);
    });

    it.each(Object.keys(TEMPLATES).map((kind) => ({ kind })))(`template $kind has no blocking ${family}-finding`, ({ kind }) => {
      const a = templateAnswers(kind as keyof typeof TEMPLATES);
      expect(findingsOf(a, rules).filter((f) => f.severity === "blocking").map(key)).toEqual([]);
    });

    const CORPUS = nearMisses();

    it("each finding's field is a control the wizard shows, and its rule counts in the score", () => {
      const seen = new Set<string>();
      for (const [name, a] of CORPUS) {
        const { applicable } = checkCompliance(a);
        for (const f of findingsOf(a, rules)) {
          seen.add(f.ruleId);
          const control = controlAt(a, f.field!);
          expect(control, `${name}: ${key(f)}`).not.toBeNull();
          expect(control!.shown, `${name}: ${key(f)} is hidden`).toBe(true);
          expect(applicable, `${name}: ${f.ruleId}`).toContain(f.ruleId);
        }
      }
      expect([...seen].sort()).toEqual([...ids].sort());
    });

    it("fixing the field a finding names makes that finding go away", () => {
      let fixes = 0;
      for (const [name, a] of CORPUS) {
        for (const f of findingsOf(a, rules)) {
          const b = fixed(a, f.field!);
          expect(b, `${name}: no fix known for ${f.field}`).toBeDefined();
          expect(findingsOf(b!, rules).map(key), `${name}: ${key(f)}`).not.toContain(key(f));
          fixes += 1;
        }
      }
      expect(fixes).toBeGreaterThan(100);
    });
  });
}
