// Invariants of the generated wizard against the engine, over every fixture, every template and seeded
// random edit sequences (the operations a founder performs in the interface, modelled on the answers):
// every finding points to a control the wizard shows; what the wizard hides is not in the policy; an
// optional field left empty never blocks; every option has a French label.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildDocument, lintRenderedText, listFields, renderText, STEPS, TEMPLATES, templateAnswers, zAnswers, type TAnswers } from "@/lib/policy";
import { FILLS, withPurposeType } from "@/lib/policy/answers/fills";
import { cascadeOf } from "@/lib/policy/answers/cascade";
import { confirmProposal, openProposals } from "@/lib/policy/answers/proposals";
import { draftCompliance } from "@/lib/policy/draft";
import { FIXTURES } from "@/lib/policy/fixtures";
import { controlAt, isShown, unwrapField, valueAt, visibleAnswers } from "@/lib/policy/schema/visibility";
import { randomAnswers, rng } from "@/lib/policy/tests/random-answers";
import { arrayElement, defaultValue, describe as describeNode, enumOptions, itemTitle, stepOfPath } from "./schema-walk";

const TODAY = "2026-11-29";
type TLeaf = { path: string; schema: z.ZodType; parent: Record<string, unknown> };

/** Every field of the answers with a concrete path (list items by index), with the object that holds it. */
function fieldsOf(answers: unknown): TLeaf[] {
  const out: TLeaf[] = [];
  const visit = (schema: z.ZodType, value: unknown, path: string) => {
    const { inner } = unwrapField(schema);
    if (inner instanceof z.ZodObject && value && typeof value === "object") {
      for (const [key, child] of Object.entries(inner.shape)) {
        const p = path ? `${path}.${key}` : key;
        out.push({ path: p, schema: child as z.ZodType, parent: value as Record<string, unknown> });
        visit(child as z.ZodType, (value as Record<string, unknown>)[key], p);
      }
    } else if (inner instanceof z.ZodArray && Array.isArray(value)) {
      value.forEach((item, i) => visit(inner.element as z.ZodType, item, `${path}.${i}`));
    }
  };
  visit(zAnswers, answers, "");
  return out;
}

function setAt(root: unknown, path: string, value: unknown) {
  const parts = path.split(".");
  let node = root as Record<string, unknown>;
  for (const part of parts.slice(0, -1)) node = node[part] as Record<string, unknown>;
  const last = parts.at(-1)!;
  if (value === undefined) delete node[last];
  else node[last] = value;
}

/** One operation a founder can perform in the wizard, applied to the answers as the form does. */
function edit(a: TAnswers, r: ReturnType<typeof rng>): void {
  const fields = fieldsOf(a).filter((f) => isShown(unwrapField(f.schema).meta, f.parent));
  const f = r.pick(fields);
  const node = describeNode(f.schema);
  switch (node.kind) {
    case "string":
      setAt(a, f.path, r.pick(["", "Texte saisi par le fondateur", undefined]));
      break;
    case "boolean":
      setAt(a, f.path, !valueAt(a, f.path));
      break;
    case "number":
      setAt(a, f.path, r.chance(0.2) ? undefined : r.int(1, 12));
      break;
    case "enum": {
      const value = r.pick(enumOptions(node)).at(0);
      const parentPath = f.path.slice(0, f.path.lastIndexOf("."));
      if (node.meta?.fills) setAt(a, parentPath, FILLS[node.meta.fills](valueAt(a, parentPath), value));
      else setAt(a, f.path, value);
      break;
    }
    case "array": {
      const items = (valueAt(a, f.path) as unknown[] | undefined) ?? [];
      const element = describeNode(arrayElement(node));
      if (element.kind === "object" && node.meta?.widget === "list") {
        if (items.length && r.chance(0.4)) items.splice(r.int(0, items.length - 1), 1);
        else {
          const item = defaultValue(arrayElement(node)) as Record<string, unknown>;
          if ("id" in item) item.id = `nouveau-${items.length + 1}-${r.int(1, 9999)}`;
          items.push(item);
        }
        setAt(a, f.path, items);
      } else if (element.kind === "enum") {
        setAt(a, f.path, r.some(enumOptions(element, node.meta?.options).map(([v]) => v), 0, 3));
      }
      break;
    }
    case "object":
      if (node.optional) setAt(a, f.path, valueAt(a, f.path) ? undefined : defaultValue(node.inner));
      break;
  }
}

const BASES: [string, TAnswers][] = [
  ...Object.entries(FIXTURES).map(([name, a]) => [`fixture ${name}`, a] as [string, TAnswers]),
  ...Object.keys(TEMPLATES).map((kind) => [`template ${kind}`, templateAnswers(kind as keyof typeof TEMPLATES)] as [string, TAnswers]),
];

/** The fixtures, the templates, and each of them after seeded random edit sequences. */
function corpus(): [string, TAnswers][] {
  const out: [string, TAnswers][] = [...BASES.map(([n, a]) => [n, structuredClone(a)] as [string, TAnswers])];
  for (let seed = 1; seed <= 120; seed++) {
    const r = rng(seed);
    const [name, base] = BASES[seed % BASES.length]!;
    const a = structuredClone(seed % 3 === 0 ? randomAnswers(seed) : base);
    const steps = r.int(1, 25);
    for (let i = 0; i < steps; i++) edit(a, r);
    out.push([`${name}, graine ${seed}, ${steps} modifications`, a]);
  }
  return out;
}
const CORPUS = corpus();

describe("every finding is fixable where it is shown", () => {
  it("each finding's field is a control the wizard shows, in one of its steps", () => {
    let checked = 0;
    for (const [name, a] of CORPUS) {
      for (const f of draftCompliance(a, TODAY).findings) {
        if (!f.field) continue;
        const control = controlAt(a, f.field);
        expect(control, `${name}: ${f.ruleId} ${f.field} has no control`).not.toBeNull();
        expect(control?.shown, `${name}: ${f.ruleId} ${f.field} points to a hidden control`).toBe(true);
        expect(STEPS).toContain(stepOfPath(f.field));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it("no finding message shows an internal path, an empty name or a raw key", () => {
    for (const [name, a] of CORPUS) {
      for (const f of draftCompliance(a, TODAY).findings) {
        expect(f.message, name).not.toMatch(/«\s*»/);
        expect(f.message, name).not.toMatch(/\((?:[a-z]+[A-Z][A-Za-z]*|[a-z]+\.[a-z][\w.]*)\)/);
      }
    }
  });

  it("E09 one finding per field: a field the checker reports is not reported again as a gap", () => {
    for (const [name, a] of CORPUS) {
      const fields = draftCompliance(a, TODAY).findings.filter((f) => f.field && f.severity === "blocking");
      const e09 = fields.filter((f) => f.ruleId === "E09").map((f) => f.field);
      const others = new Set(fields.filter((f) => f.ruleId !== "E09").map((f) => f.field));
      expect(e09.filter((field) => others.has(field)), name).toEqual([]);
    }
  });

  it("publishing never refuses for a reason the panel did not show: every blocking finding of the rendered text is in the panel", () => {
    let complete = 0;
    for (const [name, a] of CORPUS) {
      const dated = { ...a, effectiveDate: a.effectiveDate || TODAY };
      if (!zAnswers.safeParse(dated).success) continue;
      complete += 1;
      const shown = draftCompliance(a, TODAY).findings.map((f) => f.message);
      for (const f of lintRenderedText(renderText(buildDocument(dated))).filter((x) => x.severity === "blocking")) expect(shown, name).toContain(f.message);
    }
    expect(complete).toBeGreaterThan(10);
  });

  it("a draft with a blocking finding never scores 100", () => {
    for (const [name, a] of CORPUS) {
      const c = draftCompliance(a, TODAY);
      if (c.findings.some((f) => f.severity === "blocking")) expect(c.score, name).toBeLessThan(100);
    }
  });
});

describe("what is not visible is not in the policy", () => {
  const poison = (schema: z.ZodType): unknown => {
    const node = describeNode(schema);
    if (node.kind === "string") return "VALEUR CACHÉE QUI NE DOIT PAS PARAÎTRE";
    if (node.kind === "number") return 42;
    if (node.kind === "boolean") return true;
    if (node.kind === "enum") return enumOptions(node).at(-1)?.[0];
    return undefined;
  };

  it("a value under a hidden control changes neither the text nor the findings", () => {
    let poisoned = 0;
    for (const [name, a] of CORPUS) {
      const before = { text: renderText(buildDocument(a)), findings: draftCompliance(a, TODAY).findings };
      const hidden = fieldsOf(a).filter((f) => unwrapField(f.schema).meta?.showWhen && !isShown(unwrapField(f.schema).meta, f.parent));
      if (!hidden.length) continue;
      const b = structuredClone(a);
      for (const f of hidden) {
        const value = poison(f.schema);
        if (value !== undefined) setAt(b, f.path, value);
      }
      poisoned += hidden.length;
      expect(renderText(buildDocument(b)), name).toBe(before.text);
      expect(draftCompliance(b, TODAY).findings, name).toEqual(before.findings);
    }
    expect(poisoned).toBeGreaterThan(100);
  });

  it("visibleAnswers keeps every shown value and drops every switched-off one", () => {
    for (const [name, a] of CORPUS) {
      const v = visibleAnswers(a);
      for (const f of fieldsOf(a)) {
        const meta = unwrapField(f.schema).meta;
        if (!meta?.showWhen) continue;
        const ancestorsShown = controlAt(a, f.path.slice(0, f.path.lastIndexOf(".")))?.shown ?? true;
        if (!ancestorsShown) continue;
        if (isShown(meta, f.parent)) expect(valueAt(v, f.path), `${name} ${f.path}`).toEqual(valueAt(a, f.path));
        else expect(valueAt(v, f.path), `${name} ${f.path}`).toBeUndefined();
      }
    }
  });

  it("switching a retention to « la durée de la relation » drops the duration a new purpose started with", () => {
    const a = templateAnswers("ai_tool");
    const purpose = defaultValue(arrayElement(describeNode(zAnswers.shape.purposes))) as TAnswers["purposes"][number];
    a.purposes.push({ ...purpose, id: "nouvelle", label: "Galerie", data: ["user_content"], retention: { ...purpose.retention, mode: "relationship", until: "la clôture de votre compte" } });
    expect(renderText(buildDocument(a))).not.toMatch(/clôture de votre compte, puis 3\u00a0ans/);
    a.purposes.at(-1)!.retention.extended = true;
    expect(renderText(buildDocument(a))).toMatch(/clôture de votre compte, puis 3\u00a0ans/);
  });
});

describe("editing never creates a blocker the founder did not cause", () => {
  it("an optional field left empty (\"\") blocks exactly as much as one never touched", () => {
    let compared = 0;
    const blocking = (x: TAnswers) => draftCompliance(x, TODAY).findings.filter((f) => f.severity === "blocking").map((f) => `${f.ruleId} ${f.field}`).sort();
    for (const [name, a] of CORPUS.filter((_, i) => i % 8 === 0)) {
      const reference = blocking(a);
      for (const f of fieldsOf(a)) {
        const node = describeNode(f.schema);
        if (!node.optional || node.kind !== "string" || valueAt(a, f.path) !== undefined) continue;
        const b = structuredClone(a);
        setAt(b, f.path, "");
        expect(blocking(b), `${name}: ${f.path} = ""`).toEqual(reference);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(100);
  }, 60_000);

  it("E09 a date, a linked recipient or a catalogue link left empty is not a blocker (defects 1, 2 and 9 of issue 10)", () => {
    for (const kind of Object.keys(TEMPLATES) as (keyof typeof TEMPLATES)[]) {
      const a = templateAnswers(kind);
      const before = draftCompliance(a, TODAY).findings.length;
      for (const p of a.purposes) p.startsOn = "";
      for (const t of a.cookies.trackers) t.recipientId = "";
      for (const r of a.recipients) r.catalogueId = "";
      a.cookies.trackers.push({ name: "", provider: "", purpose: "", lifetime: "", category: "strictly_necessary", recipientId: "" });
      a.recipients.push({ id: "ajout-manuel", catalogueId: "", name: "Boulangerie Dupont", legalEntity: "", role: "processor", country: "FR", dataLocations: ["FR"], transfer: { mechanism: "none_needed" }, purposes: [], data: [] });
      const findings = draftCompliance(a, TODAY).findings;
      expect(findings.filter((f) => /startsOn|recipientId|catalogueId/.test(f.field ?? "")), kind).toEqual([]);
      expect(findings.length).toBeGreaterThanOrEqual(before);
    }
  });
});

describe("the schema decides labels, titles and options", () => {
  it("no label or help shown to a founder carries an internal rule code (M08, F02…)", () => {
    for (const { path, meta } of listFields()) {
      expect(`${meta?.label ?? ""} ${meta?.help ?? ""}`, path).not.toMatch(/\b[MFEP]\d\d\b/);
    }
  });

  it("E09 a gap inside a list item names the item (« Données utilisées — « Paiement » : à compléter. »)", () => {
    const a = templateAnswers("saas");
    const i = a.purposes.findIndex((p) => p.label === "Paiement");
    a.purposes[i]!.data = [];
    const gap = draftCompliance(a, TODAY).findings.find((f) => f.field === `purposes.${i}.data`);
    expect(gap?.message).toBe("Données utilisées — «\u00a0Paiement\u00a0»\u00a0: à compléter.");
  });

  it("every choice the wizard offers has a French label with typographic apostrophes", () => {
    for (const { path } of listFields()) {
      const control = controlAt({}, path.replace(/\*/g, "0"));
      if (!control) continue;
      const node = { ...describeNode(control.node.inner), meta: control.meta };
      const element = node.kind === "array" ? describeNode(arrayElement(node)) : null;
      const options = node.kind === "enum" ? enumOptions(node) : element?.kind === "enum" ? enumOptions(element, node.meta?.options) : [];
      for (const [value, label] of options) {
        expect(label, `${path}: ${value}`).not.toBe(value);
        expect(label, `${path}: ${value}`).not.toMatch(/'/);
      }
    }
  });

  it("every list of objects names its items from their content, never « Élément n »", () => {
    const a = templateAnswers("ecommerce");
    for (const { path } of listFields()) {
      const node = describeNode(controlAt(a, path.replace(/\.\*\./g, ".0."))?.node.inner ?? z.never());
      if (node.kind !== "array" || describeNode(arrayElement(node)).kind !== "object" || node.meta?.hidden) continue;
      expect(node.meta?.itemTitle?.length, path).toBeGreaterThan(0);
      expect(node.meta?.newItem?.title, path).toBeTruthy();
      const items = (valueAt(a, path.replace(/\.\*\./g, ".0.")) as unknown[] | undefined) ?? [];
      items.forEach((item, i) => expect(itemTitle(node, item, i), path).not.toMatch(/Élément|^\s*$/));
    }
    expect(itemTitle(describeNode(zAnswers.shape.purposes), { key: "public_gallery", label: "" }, 0)).toBe("Publication de vos créations dans la galerie publique");
    expect(itemTitle(describeNode(zAnswers.shape.purposes), { key: "custom", label: "" }, 3)).toBe("Nouvelle finalité");
  });
});

describe("choosing a purpose type fills what the founder has not written", () => {
  const fresh = () => ({ ...(defaultValue(arrayElement(describeNode(zAnswers.shape.purposes))) as TAnswers["purposes"][number]), id: "p" });

  it("a new purpose typed « Galerie publique » or « Mesure d'audience » gets its name, basis and data", () => {
    const gallery = withPurposeType(fresh(), "public_gallery");
    expect(gallery).toMatchObject({ label: "Publication de vos créations dans la galerie publique", basis: "consent", data: ["user_content", "identity"] });
    const audience = withPurposeType(fresh(), "analytics_consent");
    expect(audience).toMatchObject({ basis: "consent", requirement: "optional" });
    expect(audience.label).not.toBe("");
  });

  it("a purpose the founder renamed keeps its name, basis and texts", () => {
    const mine = { ...fresh(), label: "Mes envois", basis: "legitimate_interest" as const, legitimateInterest: "Fidéliser nos clients réguliers.", consequence: "Aucune." };
    const next = withPurposeType(mine, "newsletter");
    expect(next).toMatchObject({ label: "Mes envois", basis: "legitimate_interest", legitimateInterest: "Fidéliser nos clients réguliers.", consequence: "Aucune.", key: "newsletter" });
  });

  it("an untouched purpose keeps nothing of its previous type's proposal", () => {
    const account = withPurposeType(fresh(), "account");
    const gallery = withPurposeType(account, "public_gallery");
    expect(gallery.consequence).toBe("");
    expect(gallery.label).toBe("Publication de vos créations dans la galerie publique");
  });
});

describe("P01 nothing is asserted that the founder did not confirm", () => {
  it("every item and field a template prefills is a P01 finding on a shown control until confirmed or removed", () => {
    for (const kind of Object.keys(TEMPLATES) as (keyof typeof TEMPLATES)[]) {
      const a = templateAnswers(kind);
      const open = openProposals(a);
      expect(open.length, kind).toBe(a.purposes.length + a.recipients.length + a.cookies.trackers.length + a.data.categories.length + 3);
      const p01 = draftCompliance(a, TODAY).findings.filter((f) => f.ruleId === "P01");
      expect(p01.map((f) => f.field).sort(), kind).toEqual(open.map((o) => o.path).sort());
      for (const f of p01) {
        expect(controlAt(a, f.field!)?.shown, `${kind} ${f.field}`).toBe(true);
        expect(f.message).toMatch(/^Proposé par le modèle\u00a0: «\u00a0[^»]*\S\u00a0»/);
        expect(f.severity).toBe("warning");
      }
      // Confirming one, removing another: neither is listed any more, the rest still is.
      const confirmed = confirmProposal(a, open[0]!.key);
      const removed = { ...confirmed, purposes: confirmed.purposes.slice(1) };
      const left = openProposals(removed).map((o) => o.key);
      expect(left).not.toContain(open[0]!.key);
      expect(left).not.toContain(`purposes#${a.purposes[0]!.id}`);
      expect(left.length).toBe(open.length - (open[0]!.key === `purposes#${a.purposes[0]!.id}` ? 1 : 2));
    }
  });

  it("answers written by hand (the fixtures) have nothing to confirm", () => {
    for (const [name, a] of Object.entries(FIXTURES)) expect(draftCompliance(a, TODAY).findings.filter((f) => f.ruleId === "P01"), name).toEqual([]);
  });
});

describe("removing an item removes what refers to it", () => {
  it("a data category leaves every purpose, recipient and source that listed it, at once", () => {
    const a = templateAnswers("ecommerce");
    const index = a.data.categories.findIndex((c) => c.key === "contact");
    const cascade = cascadeOf(a, "data.categories", index)!;
    expect(cascade.ask).toBe(false);
    expect(cascade.summary).toMatch(/finalités/);
    const b = cascade.apply(a);
    expect(b.data.categories.map((c) => c.key)).not.toContain("contact");
    expect(b.purposes.flatMap((p) => p.data)).not.toContain("contact");
    expect(b.recipients.flatMap((r) => r.data)).not.toContain("contact");
    expect(b.purposes.length).toBe(a.purposes.length);
  });

  it("a recipient's linked cookies go with it only once the founder says so", () => {
    const a = templateAnswers("ecommerce");
    const index = a.recipients.findIndex((r) => a.cookies.trackers.some((t) => t.recipientId === r.id));
    expect(index).toBeGreaterThanOrEqual(0);
    const id = a.recipients[index]!.id;
    const cascade = cascadeOf(a, "recipients", index)!;
    expect(cascade.ask).toBe(true);
    const b = cascade.apply(a);
    expect(b.recipients.map((r) => r.id)).not.toContain(id);
    expect(b.cookies.trackers.filter((t) => t.recipientId === id)).toEqual([]);
    expect(cascadeOf(a, "recipients", a.recipients.findIndex((r) => !a.cookies.trackers.some((t) => t.recipientId === r.id)))).toBeNull();
  });
});
