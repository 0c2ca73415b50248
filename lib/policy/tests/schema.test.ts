// The questionnaire schema: split by wizard step, French metadata on every field, French messages,
// size caps, JSON Schema export, migration of stored answers.
import { describe, expect, it } from "vitest";
import {
  answersJsonSchema, canonicalContent, defaultAnswers, fieldLabel, listFields, migrateAnswers, SCHEMA_VERSION, STEP_LABELS,
  STEP_SCHEMAS, STEPS, zAnswers,
} from "..";
import { FIXTURE_NAMES, fixture } from "./support";

function get(obj: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined), obj);
}

describe("schema split by wizard step", () => {
  it("has the seven steps, each a zod object, together making up the answers", () => {
    expect(STEPS).toEqual(["entreprise", "service", "donnees", "finalites", "destinataires", "cookies", "droits"]);
    const keys = STEPS.flatMap((s) => Object.keys(STEP_SCHEMAS[s].shape));
    expect(["schemaVersion", "proposed", ...keys].sort()).toEqual(Object.keys(zAnswers.shape).sort());
    for (const s of STEPS) expect(STEP_LABELS[s].title).toBeTruthy();
    expect(STEP_LABELS.droits.title).toBe("Droits et contact");
  });

  it("each step validates its own part of a fixture", () => {
    const a = fixture("ecommerce");
    for (const s of STEPS) expect(STEP_SCHEMAS[s].safeParse(a).success, s).toBe(true);
  });

  it("every field carries a French label and help text", () => {
    const fields = listFields();
    expect(fields.length).toBeGreaterThan(100);
    const missing = fields.filter((f) => !f.meta?.label || !f.meta?.help).map((f) => f.path);
    expect(missing).toEqual([]);
  });

  it("defaultAnswers() starts every field at its metadata default", () => {
    const d = defaultAnswers();
    const checked = listFields().filter((f) => !f.path.includes("*") && f.meta && "default" in f.meta && f.path.split(".").length > 1);
    expect(checked.length).toBeGreaterThan(30);
    for (const f of checked) {
      if (get(d, f.path.split(".").slice(0, -1).join(".")) === undefined) continue; // optional group left out
      const value = get(d, f.path);
      const expected = f.meta!.default;
      expect(value === undefined && expected === "" ? "" : value, f.path).toEqual(expected);
    }
  });

  it("labels a finding's field path for the UI", () => {
    expect(fieldLabel("purposes.2.legitimateInterest")).toBe("Intérêt légitime poursuivi");
    expect(fieldLabel("controller.legalName")).toBe("Dénomination sociale ou nom");
  });
});

describe("validation", () => {
  it.each(FIXTURE_NAMES.map((name) => ({ name })))("accepts the $name fixture", ({ name }) => {
    expect(zAnswers.safeParse(fixture(name)).success).toBe(true);
  });

  it("reports errors in French, on the field's path", () => {
    const a = fixture("brochure") as Record<string, unknown> & ReturnType<typeof fixture>;
    a.controller.email = "pas-une-adresse";
    a.controller.legalName = " ";
    a.service.urls = ["javascript:alert(1)"];
    a.effectiveDate = "2026-02-30";
    const r = zAnswers.safeParse(a);
    expect(r.success).toBe(false);
    const byPath = Object.fromEntries(r.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(byPath["controller.email"]).toBe("Adresse e-mail invalide.");
    expect(byPath["controller.legalName"]).toBe("Ce champ est obligatoire.");
    expect(byPath["service.urls.0"]).toMatch(/^Adresse web invalide/);
    expect(byPath["effectiveDate"]).toBe("Date invalide (format AAAA-MM-JJ).");
  });

  it("caps free text at 2,000 characters and bounds lists", () => {
    const a = fixture("brochure");
    a.purposes[0]!.description = "x".repeat(2001);
    a.data.categories = Array.from({ length: 41 }, () => ({ key: "identity" as const }));
    const issues = zAnswers.safeParse(a).error!.issues;
    expect(issues.find((i) => i.path.join(".") === "purposes.0.description")?.message).toBe("2\u202f000 caractères au maximum.");
    expect(issues.find((i) => i.path.join(".") === "data.categories")?.message).toBe("40 éléments au maximum.");
  });

  it("rejects two purposes with the same id", () => {
    const a = fixture("brochure");
    a.purposes[1]!.id = a.purposes[0]!.id;
    expect(zAnswers.safeParse(a).error!.issues[0]!.message).toBe("Deux éléments portent le même identifiant.");
  });
});

describe("JSON Schema and versions", () => {
  it("exports the schema with its French metadata", () => {
    const js = answersJsonSchema() as { properties: Record<string, { label?: string; properties?: Record<string, { label?: string; default?: unknown }> }> };
    expect(js.properties.controller?.label).toBe("Responsable du traitement");
    expect(js.properties.service?.properties?.minimumAge).toMatchObject({ label: "Âge minimum des utilisateurs", default: 15 });
    expect(JSON.stringify(js)).toContain(`"const":${SCHEMA_VERSION}`);
  });

  it("migrates unversioned drafts, keeps current answers, refuses newer ones", () => {
    const current = fixture("brochure");
    const same = migrateAnswers(current);
    expect(same.success && same.from).toBe(SCHEMA_VERSION);
    const old: Record<string, unknown> = { ...current };
    for (const k of ["schemaVersion", "cookies", "changes"]) delete old[k];
    const up = migrateAnswers(old);
    expect(up.success).toBe(true);
    if (up.success) {
      expect(up.from).toBe(0);
      expect(up.data.cookies.choiceRetentionMonths).toBe(6);
      expect(up.data.controller.legalName).toBe(current.controller.legalName);
    }
    expect(migrateAnswers({ ...current, schemaVersion: SCHEMA_VERSION + 1 }).success).toBe(false);
    expect(migrateAnswers("n'importe quoi").success).toBe(false);
  });

  it("canonicalContent is stable whatever the key order, and ignores empty optional values", () => {
    const a = fixture("marketplace");
    const reverse = (v: unknown): unknown => Array.isArray(v) ? v.map(reverse)
      : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverse(x)])) : v;
    const reordered = reverse(a) as typeof a;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(a));
    expect(canonicalContent({ ...a, controller: { ...a.controller, tradeName: "" } })).toBe(canonicalContent(a));
    expect(canonicalContent(zAnswers.parse(reordered))).toBe(canonicalContent(zAnswers.parse(a)));
    expect(canonicalContent(a)).not.toBe(canonicalContent({ ...a, effectiveDate: "2026-11-22" }));
  });
});
