// V-rules (« vraisemblance », compliance/plausibility.ts): each fires on a minimal mutation of a fixture, names the
// answer to fix and cites its CNIL reference; durations are read in one helper; and, over a seeded corpus, every
// finding names a control the wizard shows, counts in the score, and goes away once that answer is fixed.
import { describe, expect, it } from "vitest";
import { checkCompliance, TEMPLATES, templateAnswers, type TAnswers, type TRuleId, type TSeverity } from "..";
import { lifetimeMonths, retentionMonths } from "../compliance/answer-rules";
import { PLAUSIBILITY_RULES } from "../compliance/plausibility";
import { controlAt } from "../schema/visibility";
import { findingsOf, fixed, key, nearMisses } from "./answer-rule-cases";
import { FIXTURE_WARNINGS } from "../fixtures";
import { FIXTURE_NAMES, fixture } from "./support";

type TCase = { ruleId: TRuleId; name: string; base: string; field: (a: TAnswers) => string; severity: TSeverity; mutate: (a: TAnswers) => void };

const pIdx = (a: TAnswers, id: string) => a.purposes.findIndex((p) => p.id === id);
const tIdx = (a: TAnswers, prefix: string) => a.cookies.trackers.findIndex((t) => t.name.startsWith(prefix));
const without = (a: TAnswers, ...ids: string[]) => { a.recipients = a.recipients.filter((r) => !ids.includes(r.id)); };
const field = (path: string) => () => path;
const purposeField = (id: string, f: string) => (a: TAnswers) => `purposes.${pIdx(a, id)}.${f}`;
const trackerField = (prefix: string) => (a: TAnswers) => `cookies.trackers.${tIdx(a, prefix)}.lifetime`;

const CASES: TCase[] = [
  { ruleId: "V01", name: "an exempt audience tracker living 25 months", base: "marketplace", field: trackerField("_pk_id"), severity: "blocking",
    mutate: (a) => { a.cookies.trackers[tIdx(a, "_pk_id")]!.lifetime = "25 mois"; } },
  { ruleId: "V01", name: "an exempt audience tracker living 400 days", base: "marketplace", field: trackerField("_pk_id"), severity: "blocking",
    mutate: (a) => { a.cookies.trackers[tIdx(a, "_pk_id")]!.lifetime = "400 jours"; } },
  { ruleId: "V01", name: "a consent analytics tracker living 2 years", base: "studio-group", field: trackerField("_ga"), severity: "warning",
    mutate: (a) => { a.cookies.trackers[tIdx(a, "_ga")]!.lifetime = "2 ans"; } },
  { ruleId: "V02", name: "exempt audience data kept 3 years", base: "marketplace", field: purposeField("audience-exempt", "retention.amount"), severity: "blocking",
    mutate: (a) => { Object.assign(a.purposes[pIdx(a, "audience-exempt")]!.retention, { amount: 3, unit: "years" }); } },
  { ruleId: "V02", name: "exempt audience data kept until an event, with no fixed duration", base: "marketplace", field: purposeField("audience-exempt", "retention.mode"), severity: "warning",
    mutate: (a) => { a.purposes[pIdx(a, "audience-exempt")]!.retention = { mode: "relationship", until: "la clôture de votre compte" }; } },
  { ruleId: "V02", name: "consent analytics data kept 30 months", base: "kids-app", field: purposeField("analytics-consent", "retention.amount"), severity: "warning",
    mutate: (a) => { Object.assign(a.purposes[pIdx(a, "analytics-consent")]!.retention, { amount: 30, unit: "months" }); } },
  { ruleId: "V03", name: "security logs kept 2 years with no reason given", base: "brochure", field: purposeField("security", "retention.criteria"), severity: "warning",
    mutate: (a) => { a.purposes[pIdx(a, "security")]!.retention = { mode: "duration", amount: 2, unit: "years", from: "la collecte" }; } },
  { ruleId: "V03", name: "security logs kept 5 years", base: "brochure", field: purposeField("security", "retention.amount"), severity: "warning",
    mutate: (a) => { a.purposes[pIdx(a, "security")]!.retention = { mode: "duration", amount: 5, unit: "years", from: "la collecte", criteria: "Par précaution." }; } },
  { ruleId: "V03", name: "error logs (data category logs) kept 18 months with no reason given", base: "kids-app", field: purposeField("error-monitoring", "retention.criteria"), severity: "warning",
    mutate: (a) => { Object.assign(a.purposes[pIdx(a, "error-monitoring")]!.retention, { amount: 18, unit: "months" }); } },
  { ruleId: "V04", name: "newsletter subscribers kept 5 years", base: "ecommerce", field: purposeField("newsletter", "retention.amount"), severity: "warning",
    mutate: (a) => { Object.assign(a.purposes[pIdx(a, "newsletter")]!.retention, { amount: 5, unit: "years" }); } },
  { ruleId: "V04", name: "B2B prospects kept 60 months", base: "studio-group", field: purposeField("b2b-prospecting", "retention.amount"), severity: "warning",
    mutate: (a) => { Object.assign(a.purposes[pIdx(a, "b2b-prospecting")]!.retention, { amount: 60, unit: "months" }); } },
  { ruleId: "V05", name: "the cookie choice kept 12 months", base: "ecommerce", field: field("cookies.choiceRetentionMonths"), severity: "warning",
    mutate: (a) => { a.cookies.choiceRetentionMonths = 12; } },
  { ruleId: "M05", name: "a legitimate interest that is only the words « notre intérêt légitime »", base: "ecommerce", field: purposeField("support", "legitimateInterest"), severity: "blocking",
    mutate: (a) => { a.purposes[pIdx(a, "support")]!.legitimateInterest = "Notre intérêt légitime."; } },
  { ruleId: "M05", name: "« l'intérêt légitime de la société »", base: "brochure", field: purposeField("security", "legitimateInterest"), severity: "blocking",
    mutate: (a) => { a.purposes[pIdx(a, "security")]!.legitimateInterest = "L'intérêt légitime de la société"; } },
  { ruleId: "V06", name: "« nos intérêts légitimes à développer notre activité »", base: "ecommerce", field: purposeField("security", "legitimateInterest"), severity: "warning",
    mutate: (a) => { a.purposes[pIdx(a, "security")]!.legitimateInterest = "Nos intérêts légitimes à développer notre activité."; } },
  { ruleId: "V06", name: "a two-word interest, « Améliorer nos services »", base: "marketplace", field: purposeField("security", "legitimateInterest"), severity: "warning",
    mutate: (a) => { a.purposes[pIdx(a, "security")]!.legitimateInterest = "Améliorer nos services"; } },
  { ruleId: "V07", name: "an AI SaaS without a host", base: "ai-gallery", field: field("recipients"), severity: "warning",
    mutate: (a) => { without(a, "vercel", "supabase"); } },
  { ruleId: "V08", name: "an AI coaching purpose without an AI provider", base: "coach-chatbot", field: field("recipients"), severity: "warning",
    mutate: (a) => { without(a, "mistral-ai", "trendscope"); } },
  { ruleId: "V09", name: "consent advertising without an ad network", base: "ecommerce", field: field("recipients"), severity: "warning",
    mutate: (a) => { without(a, "meta-pixel"); } },
];

describe("V-rules fire on a minimal mutation of a fixture, name the answer to fix and cite their reference", () => {
  it.each(CASES)("$ruleId $name ($base)", (c) => {
    const a = fixture(c.base);
    expect(findingsOf(a).filter((f) => f.ruleId === c.ruleId)).toEqual([]);
    const path = c.field(a);
    c.mutate(a);
    const { findings, applicable } = checkCompliance(a);
    const hit = findings.find((f) => f.ruleId === c.ruleId && f.field === path);
    expect(hit, JSON.stringify(findings.map(key))).toBeDefined();
    expect(hit!.severity).toBe(c.severity);
    if (/^V0[1-5]$/.test(c.ruleId)) expect(hit!.message).toMatch(/recommandation CNIL 20\d\d-\d{3}|référentiel CNIL/);
    expect(applicable).toContain(c.ruleId);
    expect(controlAt(a, path)?.shown, path).toBe(true);
  });

  it("every V-rule has a case", () => {
    for (const rule of PLAUSIBILITY_RULES) expect(CASES.some((c) => c.ruleId === rule.id), rule.id).toBe(true);
  });
});

describe("V-rules keep quiet within the references", () => {
  const quiet = (base: string, mutate: (a: TAnswers) => void, ruleId: TRuleId) => {
    const a = fixture(base);
    mutate(a);
    return findingsOf(a).filter((f) => f.ruleId === ruleId).map(key);
  };

  it.each(["13 mois", "395 jours", "397 jours", "1 an", "session", "persistant", "variable selon le navigateur"])("V01 does not flag an exempt tracker living « %s »", (lifetime) => {
    expect(quiet("marketplace", (a) => { a.cookies.trackers[tIdx(a, "_pk_id")]!.lifetime = lifetime; }, "V01")).toEqual([]);
  });

  it("V03 accepts logs kept 2 years when the reason is stated", () => {
    expect(quiet("brochure", (a) => {
      a.purposes[pIdx(a, "security")]!.retention = { mode: "duration", amount: 2, unit: "years", from: "la collecte", criteria: "Deux ans, pour détecter les intrusions lentes exigées par notre assureur." };
    }, "V03")).toEqual([]);
  });

  it("V05 does not ask about the choice duration when no tracker needs consent (the text does not print it)", () => {
    expect(quiet("brochure", (a) => { a.cookies.choiceRetentionMonths = 12; }, "V05")).toEqual([]);
  });

  it("V06 accepts every legitimate interest of the purpose presets and fixtures", () => {
    for (const name of FIXTURE_NAMES) expect(quiet(name, () => {}, "V06"), name).toEqual([]);
    expect(quiet("brochure", (a) => { a.purposes[pIdx(a, "security")]!.legitimateInterest = "Notre intérêt légitime à protéger le site contre les attaques et les abus."; }, "V06")).toEqual([]);
  });

  it("V08 accepts a model that the purpose says runs on the controller's own servers", () => {
    expect(quiet("coach-chatbot", (a) => {
      without(a, "mistral-ai", "trendscope");
      a.purposes[pIdx(a, "ai-processing")]!.description = "Le modèle tourne sur nos propres serveurs, en France.";
    }, "V08")).toEqual([]);
  });
});

describe("V-rules read durations in one helper", () => {
  it.each([
    ["13 mois", 13], ["395 jours", 12.98], ["2 ans", 24], ["1 an", 12], ["1 an et 6 mois", 18], ["1,5 an", 18],
    ["13\u00a0mois", 13], ["session", 0], ["persistant", undefined], ["", undefined],
  ] as const)("V01 reads a lifetime of « %s »", (text, months) => {
    if (months === undefined) expect(lifetimeMonths(text)).toBeUndefined();
    else expect(lifetimeMonths(text)).toBeCloseTo(months, 1);
  });

  it("V02–V04 read a retention in months only when it has a fixed bound", () => {
    expect(retentionMonths({ mode: "duration", amount: 25, unit: "months" })).toBe(25);
    expect(retentionMonths({ mode: "duration", amount: 3, unit: "years" })).toBeCloseTo(36, 1);
    expect(retentionMonths({ mode: "duration", amount: 760, unit: "days" })).toBeCloseTo(24.97, 2);
    expect(retentionMonths({ mode: "duration", amount: 2, unit: "weeks" })).toBeCloseTo(0.46, 2);
    expect(retentionMonths({ mode: "relationship", until: "la clôture du compte", extended: true, amount: 3, unit: "years" })).toBeUndefined();
    expect(retentionMonths({ mode: "criteria", criteria: "La durée de la procédure." })).toBeUndefined();
    expect(retentionMonths({ mode: "duration" })).toBeUndefined();
  });
});

describe("V-rules over fixtures, templates and a seeded corpus", () => {
  it.each(FIXTURE_NAMES.map((name) => ({ name })))("$name has no V-finding (but a persona's documented ones)", ({ name }) => {
    const kept = (FIXTURE_WARNINGS[name] ?? []).filter((k) => k.startsWith("V"));
    expect(findingsOf(fixture(name), PLAUSIBILITY_RULES).map(key)).toEqual(kept);
  });

  it.each(Object.keys(TEMPLATES).map((kind) => ({ kind })))("template $kind has no blocking V-finding", ({ kind }) => {
    const a = templateAnswers(kind as keyof typeof TEMPLATES);
    expect(findingsOf(a, PLAUSIBILITY_RULES).filter((f) => f.severity === "blocking").map(key)).toEqual([]);
  });

  const CORPUS = nearMisses();

  it("each finding's field is a control the wizard shows, and its rule counts in the score", () => {
    const seen = new Set<string>();
    for (const [name, a] of CORPUS) {
      const { applicable } = checkCompliance(a);
      for (const f of findingsOf(a, PLAUSIBILITY_RULES)) {
        seen.add(f.ruleId);
        const control = controlAt(a, f.field!);
        expect(control, `${name}: ${key(f)}`).not.toBeNull();
        expect(control!.shown, `${name}: ${key(f)} is hidden`).toBe(true);
        expect(applicable, `${name}: ${f.ruleId}`).toContain(f.ruleId);
      }
    }
    expect([...seen].sort()).toEqual(["M05", "V01", "V02", "V03", "V04", "V05", "V06", "V07", "V08", "V09"]);
  });

  it("fixing the field a finding names makes that finding go away", () => {
    let fixes = 0;
    for (const [name, a] of CORPUS) {
      for (const f of findingsOf(a, PLAUSIBILITY_RULES)) {
        const b = fixed(a, f.field!);
        expect(b, `${name}: no fix known for ${f.field}`).toBeDefined();
        expect(findingsOf(b!, PLAUSIBILITY_RULES).map(key), `${name}: ${key(f)}`).not.toContain(key(f));
        fixes += 1;
      }
    }
    expect(fixes).toBeGreaterThan(100);
  });
});
