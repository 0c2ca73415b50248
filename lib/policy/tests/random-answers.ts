// Seeded random answers for the engine's property tests (reproducible: a failing case replays from its seed).
import { PURPOSE_PRESETS, purposeFrom, recipientFromCatalogue, SCHEMA_VERSION, type TAnswers, type TPurposePreset } from "..";
import { CATALOGUE } from "../catalogue";
import {
  ART9_EXCEPTIONS, AUDIENCES, CHOICES_ACCESS, COUNTRY_CODES, PUBLIC_CONTENT, DATA_CATEGORY_KEYS, LEGAL_BASES, RECIPIENT_ROLES, REQUIREMENTS, RETENTION_MODES,
  RIGHTS_CHANNELS, SECURITY_MEASURES, SERVICE_KINDS, SPECIAL_CATEGORY_KEYS, TIME_UNITS, TRACKER_CATEGORIES, TRANSFER_MECHANISMS,
} from "../vocabulary";
import { mulberry32 } from "./prng";

/** mulberry32: small seeded PRNG, so a failing case can be replayed from its seed. */
export function rng(seed: number) {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T,>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!;
  const some = <T,>(xs: readonly T[], min = 0, max = 4): T[] => [...new Set(Array.from({ length: int(min, max) }, () => pick(xs)))];
  const chance = (p = 0.5) => next() < p;
  return { int, pick, some, chance };
}

const INJECTIONS = ["<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)"];
const WORDS = ["Société Étoile", "l'équipe", "café & thé", "données « clients »", "5 > 3", "O'Brien", "100 %", "ligne\nsuivante", "émoji 🎉", "tab\there", "#titre", "*gras*", "_souligné_", "`code`", "| pipe |", "1. liste"];

function text(r: ReturnType<typeof rng>, max = 120): string {
  const parts = Array.from({ length: r.int(1, 4) }, () => (r.chance(0.4) ? r.pick(INJECTIONS) : r.pick(WORDS)));
  return parts.join(" ").slice(0, max).trim() || "texte";
}
const opt = (r: ReturnType<typeof rng>, max = 120) => (r.chance(0.6) ? text(r, max) : r.chance() ? "" : undefined);

export function randomAnswers(seed: number): TAnswers {
  const r = rng(seed);
  const presets = Object.keys(PURPOSE_PRESETS) as TPurposePreset[];
  const purposes = r.some(presets, 1, 8).map((preset, i) => {
    const p = purposeFrom(preset, { id: `p-${i}` });
    if (r.chance(0.3)) p.label = text(r, 150);
    if (r.chance(0.3)) p.basis = r.pick(LEGAL_BASES);
    if (r.chance(0.3)) p.legitimateInterest = opt(r, 500);
    if (r.chance(0.3)) p.description = opt(r, 500);
    if (r.chance(0.3)) p.requirement = r.pick(REQUIREMENTS);
    if (r.chance(0.3)) p.consequence = opt(r);
    if (r.chance(0.2)) { p.furtherProcessing = true; p.startsOn = r.chance() ? "2027-02-01" : undefined; }
    if (r.chance(0.3)) p.retention = { mode: r.pick(RETENTION_MODES), amount: r.chance(0.8) ? r.int(1, 100) : undefined, unit: r.chance(0.8) ? r.pick(TIME_UNITS) : undefined, from: opt(r), until: opt(r), criteria: opt(r, 400) };
    if (r.chance(0.2)) p.optOut = opt(r);
    if (r.chance(0.3)) p.balancing = r.chance();
    if (r.chance(0.2)) p.retention = { ...p.retention, amountMax: r.int(1, 100) };
    if (r.chance(0.2)) p.retention = { ...p.retention, inactive: true, inactiveAmount: r.chance(0.9) ? r.int(1, 5) : undefined, inactiveUnit: r.pick(TIME_UNITS), inactiveNotice: r.chance() };
    return p;
  });
  const recipients = r.some(CATALOGUE, 0, 6).map((e) => recipientFromCatalogue(e, {
    ...(r.chance(0.3) ? { note: text(r), description: text(r, 300) } : {}),
    ...(r.chance(0.2) ? { arrangement: opt(r, 400) } : {}),
    ...(r.chance(0.2) ? { dataSharing: r.chance() } : {}),
  }));
  if (r.chance(0.4)) {
    recipients.push({
      id: "custom", kind: r.chance(0.3) ? "category" : "entity", name: text(r, 80), legalEntity: opt(r, 80), role: r.pick(RECIPIENT_ROLES), country: r.pick(COUNTRY_CODES),
      dataLocations: r.some(COUNTRY_CODES, 1, 3), transfer: { mechanism: r.pick(TRANSFER_MECHANISMS), fallback: r.chance() ? r.pick(TRANSFER_MECHANISMS) : undefined, note: opt(r) },
      purposes: [], data: r.some(DATA_CATEGORY_KEYS), roleNote: opt(r), description: opt(r, 400), arrangement: opt(r, 400),
    });
  }
  const individual = r.chance(0.3);
  return {
    schemaVersion: SCHEMA_VERSION,
    controller: {
      kind: individual ? "individual" : "company", legalName: text(r, 100), tradeName: opt(r), legalForm: opt(r), shareCapital: r.chance() ? "1 000 €" : undefined,
      registration: opt(r), address: { street: text(r, 100), postalCode: "75011", city: text(r, 60), country: r.pick(COUNTRY_CODES) },
      email: "contact@exemple.fr", phone: r.chance() ? "01 23 45 67 89" : undefined,
      parentCompany: r.chance(0.2) ? { name: text(r, 80), country: r.pick(COUNTRY_CODES), sharesData: opt(r) } : undefined,
    },
    euRepresentative: r.chance(0.3) ? { name: text(r, 80), address: text(r, 200), email: "rep@exemple.eu", country: r.chance(0.8) ? r.pick(COUNTRY_CODES) : undefined } : undefined,
    service: {
      name: text(r, 80), description: opt(r, 400), urls: ["https://exemple.fr/chemin?x=1&y=<2>"].slice(0, r.int(1, 1)), kind: r.pick(SERVICE_KINDS),
      audience: r.pick(AUDIENCES), minimumAge: r.int(0, 21), parentalConsent: opt(r),
      publicContent: r.chance(0.6) ? r.pick(PUBLIC_CONTENT) : undefined, makePrivate: opt(r),
    },
    data: {
      categories: r.some(DATA_CATEGORY_KEYS, 1, 10).map((key) => ({ key, details: opt(r) })),
      specialCategories: r.some(SPECIAL_CATEGORY_KEYS, 0, 2).map((key) => ({ key, exception: r.chance(0.8) ? r.pick(ART9_EXCEPTIONS) : undefined, details: opt(r) })),
      contentNotice: r.chance(0.8), contentHandling: opt(r),
      customers: r.chance(0.3)
        ? { people: opt(r), categories: r.some(DATA_CATEGORY_KEYS, 0, 4), special: r.some(SPECIAL_CATEGORY_KEYS, 0, 2), healthHost: opt(r), details: opt(r, 400) }
        : undefined,
      sources: r.chance(0.3) ? [{ name: text(r, 80), categories: r.some(DATA_CATEGORY_KEYS, 1, 3), isPublic: r.chance(), details: opt(r) }] : [],
    },
    security: { measures: r.some(SECURITY_MEASURES), details: opt(r) },
    purposes,
    automated: {
      decisions: r.chance(0.3) ? [{ name: text(r, 80), logic: opt(r), consequences: opt(r), humanReview: opt(r) }] : [],
      profiling: opt(r),
    },
    recipients,
    noSale: r.chance(0.3) ? r.chance() : undefined,
    cookies: {
      trackers: Array.from({ length: r.int(0, 4) }, () => ({ name: text(r, 60), provider: text(r, 60), purpose: text(r, 200), lifetime: r.pick(["13 mois", "session", "2 ans", "30 minutes"]), category: r.pick(TRACKER_CATEGORIES) })),
      consentTool: opt(r), choicesAccess: r.chance(0.9) ? r.pick(CHOICES_ACCESS) : undefined, choicesLink: opt(r, 60), manageChoices: opt(r),
      policyUrl: r.chance(0.3) ? "https://exemple.fr/cookies" : "", choiceRetentionMonths: r.int(1, 13), details: opt(r),
    },
    contact: { privacyEmail: "donnees@exemple.fr", dpoDesignated: r.chance(0.3), dpoName: opt(r), dpoEmail: r.chance() ? "dpo@exemple.fr" : "" },
    rights: { channels: r.some(RIGHTS_CHANNELS, 1, 4), formUrl: r.chance() ? "https://exemple.fr/droits" : "", consentWithdrawal: opt(r) },
    changes: { channels: ["email"], noticeAmount: r.int(1, 12), noticeUnit: r.pick(["weeks", "months"] as const), archiveUrl: r.chance() ? "https://exemple.fr/versions" : "" },
    effectiveDate: r.pick(["2026-01-01", "2026-11-21", "2028-02-29"]),
  };
}

