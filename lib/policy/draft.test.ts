import { describe, expect, it } from "vitest";
import { checkDraft, draftGaps, loadDraft } from "./draft";
import { FIXTURES } from "./fixtures";
import { templateAnswers } from "./answers/templates";
import { SCHEMA_VERSION } from "./schema";

describe("drafts", () => {
  it("E09 a template's blank answers are accepted as a draft but listed as blocking gaps, each with its field and label", () => {
    const draft = templateAnswers("brochure");
    expect(checkDraft(draft).ok).toBe(true);
    const gaps = draftGaps(draft);
    const byField = new Map(gaps.map((g) => [g.field, g]));
    expect(byField.get("controller.legalName")).toMatchObject({ ruleId: "E09", severity: "blocking", message: "Dénomination sociale ou nom\u00a0: à compléter." });
    expect(byField.get("service.urls")?.message).toBe("Adresses du service\u00a0: à compléter.");
  });

  it("E09 a complete fixture has no gap", () => {
    for (const answers of Object.values(FIXTURES)) expect(draftGaps(answers)).toEqual([]);
  });

  it("a malformed value is refused with its path, while an empty one is not", () => {
    const draft = templateAnswers("saas");
    draft.controller.email = "contact@";
    const r = checkDraft(draft);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues).toEqual([{ path: "controller.email", message: "Adresse e-mail invalide." }]);
  });

  it("loadDraft starts an empty legacy draft from the defaults and keeps a current one as saved", () => {
    expect(loadDraft({}).schemaVersion).toBe(SCHEMA_VERSION);
    const saved = FIXTURES.brochure!;
    expect(loadDraft(saved)).toEqual(saved);
    expect(() => loadDraft({ schemaVersion: SCHEMA_VERSION + 1 })).toThrow(/migration impossible/);
  });

  it("M08 answers saved under questionnaire version 1 say the same after migration: a relationship prolonged by a duration stays prolonged", async () => {
    const { buildDocument, renderText } = await import(".");
    const v2 = structuredClone(FIXTURES.marketplace!);
    const v1 = JSON.parse(JSON.stringify({ ...v2, schemaVersion: 1 })) as Record<string, unknown> & { purposes: { retention: Record<string, unknown> }[] };
    for (const p of v1.purposes) delete p.retention.extended;
    const prolonged = v2.purposes.filter((p) => p.retention.mode === "relationship" && p.retention.amount !== undefined);
    expect(prolonged.length).toBeGreaterThan(0);
    const migrated = loadDraft(v1);
    expect(migrated.schemaVersion).toBe(SCHEMA_VERSION);
    expect(renderText(buildDocument(migrated))).toBe(renderText(buildDocument(v2)));
    expect(renderText(buildDocument(migrated))).toMatch(/la fin de la transaction, puis 5\u00a0ans/);
  });
});

describe("E09 placeholders versus markup", () => {
  it("E09 flags « <id> » placeholders but not HTML element names, which the renderers print as text", async () => {
    const { lintRenderedText } = await import("./compliance/lint");
    const e09 = (text: string) => lintRenderedText(text, { mandatory: false }).filter((f) => f.ruleId === "E09").length;
    expect(e09("Le cookie _ga_<id> mesure l’audience.")).toBe(1);
    expect(e09("Le cookie sb-<project-ref>-auth-token garde la session.")).toBe(1);
    expect(e09("La société Pirate <script>alert(1)</script> SARL édite le site.")).toBe(0);
  });
});

describe("one finding per error in the wizard's panel", () => {
  it("E07 typed in a legitimate-interest purpose's refusal consequence is shown once, on its field", async () => {
    const { draftCompliance } = await import("./draft");
    const a = structuredClone(FIXTURES.brochure!);
    const i = a.purposes.findIndex((p) => p.basis === "legitimate_interest");
    a.purposes[i]!.consequence = "Aucune opposition n'est possible.";
    const e07 = draftCompliance(a, "2026-11-29").findings.filter((f) => f.ruleId === "E07");
    expect(e07.map((f) => f.field)).toEqual([`purposes.${i}.consequence`]);
  });
});
