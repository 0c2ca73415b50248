import { describe, expect, it } from "vitest";
import { findService, type TCatalogueEntry } from "../catalogue";
import { checkCompliance } from "../compliance/check";
import type { TAnswers } from "../schema";
import { defaultAnswers } from "./defaults";
import { purposeFrom } from "./purposes";
import { addPurposes, purposeSuggestions } from "./suggestions";
import { addManualVendor, addVendor, removeVendor, sameCookie, slugify } from "./vendors";

function entry(id: string): TCatalogueEntry {
  const found = findService(id);
  if (!found) throw new Error(`missing catalogue entry ${id}`);
  return found;
}

const names = (a: TAnswers) => a.cookies.trackers.map((t) => t.name);

describe("addVendor: software installed on the site's own hosting brings its cookies and no recipient", () => {
  it.each([
    { id: "matomo-self-hosted", cookies: ["_pk_id.*", "_pk_ses.*"] },
    { id: "woocommerce", cookies: ["woocommerce_cart_hash", "woocommerce_items_in_cart", "wp_woocommerce_session_*", "sbjs_*"] },
    { id: "prestashop", cookies: ["PrestaShop-*"] },
  ])("$id: $cookies as the site's own trackers, linked to no recipient", ({ id, cookies }) => {
    const { answers, added } = addVendor(defaultAnswers(), entry(id));
    expect(answers.recipients).toEqual([]);
    expect(added.recipient).toBeNull();
    expect(names(answers)).toEqual(cookies);
    for (const t of answers.cookies.trackers) {
      expect(t.recipientId).toBeUndefined();
      expect(t.provider).toBe(entry(id).name);
    }
    // The purpose these cookies serve is C07's, on « purposes » (the vendor suggests it): here, the cookies' own fields.
    expect(checkCompliance(answers).findings.filter((f) => f.field?.startsWith("cookies.trackers"))).toEqual([]);
  });

  it("tarteaucitron fills an empty consent tool; picked twice, it adds no cookie twice", () => {
    const once = addVendor(defaultAnswers(), entry("tarteaucitron"));
    expect(once.answers.cookies.consentTool).toBe("Tarteaucitron");
    expect(once.added.trackers.map((t) => t.name)).toEqual(["tarteaucitron"]);
    expect(addVendor(once.answers, entry("tarteaucitron")).added.trackers).toEqual([]);
  });
});

describe("addVendor adds the recipient and the cookies it sets", () => {
  it.each([
    { id: "google-analytics-4", cookies: ["_ga", "_ga_*"] },
    { id: "clerk", cookies: ["__session", "__client_uat", "__client"] },
    { id: "meta-pixel", cookies: ["_fbp", "_fbc"] },
    { id: "stripe", cookies: ["__stripe_mid", "__stripe_sid"] },
  ])("$id: recipient plus $cookies, each linked to the recipient by recipientId", ({ id, cookies }) => {
    const { answers, added } = addVendor(defaultAnswers(), entry(id));
    expect(answers.recipients.map((r) => r.catalogueId)).toEqual([id]);
    expect(added.recipient?.id).toBe(id);
    expect(added.alreadyPresent).toBe(false);
    expect(names(answers)).toEqual(cookies);
    expect(added.trackers.map((t) => t.name)).toEqual(cookies);
    for (const t of answers.cookies.trackers) {
      expect(t).toMatchObject({ recipientId: id, provider: entry(id).name });
      expect(t.lifetime).not.toBe("");
      expect(t.purpose).not.toBe("");
    }
  });

  it("the policy's promise that every cookie is in the table holds: no tracker points to a missing recipient (M06)", () => {
    const { answers } = addVendor(addVendor(defaultAnswers(), entry("google-analytics-4")).answers, entry("clerk"));
    expect(answers.cookies.trackers).toHaveLength(5);
    // The purpose these cookies serve is C07's, on « purposes » (the vendor suggests it): here, the cookies' own fields.
    expect(checkCompliance(answers).findings.filter((f) => f.field?.startsWith("cookies.trackers"))).toEqual([]);
  });

  it("never mutates the answers it is given", () => {
    const before = defaultAnswers();
    const copy = structuredClone(before);
    addVendor(before, entry("google-analytics-4"));
    expect(before).toEqual(copy);
  });

  it("skips cookies already in the draft, including a completed « _ga_* » (« _ga_7QK2M4N8PL ») and an old « _ga_<id> »", () => {
    const a = defaultAnswers();
    a.cookies.trackers = [
      { name: "_GA", provider: "Google", purpose: "Mesure", lifetime: "13 mois", category: "analytics" },
      { name: "_ga_7QK2M4N8PL", provider: "Google", purpose: "Mesure", lifetime: "13 mois", category: "analytics", recipientId: "google-analytics-4" },
    ];
    const { answers, added } = addVendor(a, entry("google-analytics-4"));
    expect(added.trackers).toEqual([]);
    expect(names(answers)).toEqual(["_GA", "_ga_7QK2M4N8PL"]);
    // The unlinked « _GA » is now linked to the recipient just added.
    expect(answers.cookies.trackers[0]?.recipientId).toBe("google-analytics-4");
    const old = defaultAnswers();
    old.cookies.trackers = [{ name: "_ga_<id>", provider: "Google", purpose: "Mesure", lifetime: "13 mois", category: "analytics" }];
    expect(addVendor(old, entry("google-analytics-4")).added.trackers.map((t) => t.name)).toEqual(["_ga"]);
  });

  it("picking an entry twice adds nothing twice, but restores its missing cookies", () => {
    const once = addVendor(defaultAnswers(), entry("stripe")).answers;
    const twice = addVendor(once, entry("stripe"));
    expect(twice.added.alreadyPresent).toBe(true);
    expect(twice.answers.recipients).toHaveLength(1);
    expect(twice.added.trackers).toEqual([]);
    once.cookies.trackers = once.cookies.trackers.filter((t) => t.name !== "__stripe_sid");
    expect(addVendor(once, entry("stripe")).added.trackers.map((t) => t.name)).toEqual(["__stripe_sid"]);
  });

  it("gives the recipient a free id when a hand-added recipient already uses the entry's id, and links the cookies to it", () => {
    const a = addManualVendor(defaultAnswers(), "Stripe").answers;
    expect(a.recipients[0]?.id).toBe("stripe");
    const { answers, added } = addVendor(a, entry("stripe"));
    expect(added.recipient?.id).toBe("stripe-2");
    expect(answers.cookies.trackers.every((t) => t.recipientId === "stripe-2")).toBe(true);
  });

  it("suggests the presets of the entry's usual purposes that the draft lacks (Google Maps → contenus intégrés)", () => {
    expect(addVendor(defaultAnswers(), entry("google-maps")).added.suggestedPurposes).toEqual(["embedded_content"]);
    const a = defaultAnswers();
    a.purposes = [purposeFrom("payment")];
    expect(addVendor(a, entry("stripe")).added.suggestedPurposes).toEqual(["security"]);
  });

  it("a consent platform fills an empty consent tool, and never overwrites one", () => {
    expect(addVendor(defaultAnswers(), entry("axeptio")).answers.cookies.consentTool).toBe("Axeptio");
    const a = defaultAnswers();
    a.cookies.consentTool = "tarteaucitron";
    expect(addVendor(a, entry("didomi")).answers.cookies.consentTool).toBe("tarteaucitron");
    expect(addVendor(defaultAnswers(), entry("stripe")).answers.cookies.consentTool).toBe("");
  });
});

describe("removeVendor", () => {
  const withTwo = () => addVendor(addVendor(defaultAnswers(), entry("google-analytics-4")).answers, entry("stripe")).answers;

  it("withTrackers: true removes the recipient and the trackers linked to it, nothing else", () => {
    const { answers, removed } = removeVendor(withTwo(), "google-analytics-4", { withTrackers: true });
    expect(answers.recipients.map((r) => r.id)).toEqual(["stripe"]);
    expect(names(answers)).toEqual(["__stripe_mid", "__stripe_sid"]);
    expect(removed.recipient?.id).toBe("google-analytics-4");
    expect(removed.trackers.map((t) => t.name)).toEqual(["_ga", "_ga_*"]);
  });

  it("withTrackers: false keeps the trackers, unlinked, so none points to a recipient that is gone", () => {
    const { answers, removed } = removeVendor(withTwo(), "google-analytics-4", { withTrackers: false });
    expect(answers.recipients.map((r) => r.id)).toEqual(["stripe"]);
    expect(names(answers)).toEqual(["_ga", "_ga_*", "__stripe_mid", "__stripe_sid"]);
    expect(answers.cookies.trackers.slice(0, 2).every((t) => !("recipientId" in t))).toBe(true);
    expect(removed.trackers).toEqual([]);
    expect(checkCompliance(answers).findings.filter((f) => f.field?.endsWith("recipientId"))).toEqual([]);
  });

  it("an unknown id changes nothing", () => {
    const a = withTwo();
    const { answers, removed } = removeVendor(a, "nope", { withTrackers: true });
    expect(answers).toBe(a);
    expect(removed).toEqual({ recipient: null, trackers: [] });
  });
});

describe("addManualVendor", () => {
  it("adds a recipient named as typed, with a slug id and no catalogueId key at all", () => {
    const { answers, recipient } = addManualVendor(defaultAnswers(), "  Ma Compta Été & Co ");
    expect(recipient.name).toBe("Ma Compta Été & Co");
    expect(recipient.id).toBe("ma-compta-ete-co");
    expect("catalogueId" in recipient).toBe(false);
    expect(answers.recipients).toEqual([recipient]);
  });

  it("falls back to « destinataire » for a name with no letter or digit, and keeps ids unique", () => {
    let a = addManualVendor(defaultAnswers(), "???").answers;
    a = addManualVendor(a, "!!!").answers;
    expect(a.recipients.map((r) => r.id)).toEqual(["destinataire", "destinataire-2"]);
  });

  it("slugify keeps within the schema's 60 characters and never ends with a dash", () => {
    const s = slugify("a".repeat(56) + " b c d e");
    expect(s.length).toBeLessThanOrEqual(57);
    expect(s).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});

describe("sameCookie", () => {
  it.each([
    ["_ga", "_ga", true],
    ["_ga", "_GA", true],
    ["_ga_*", "_ga_7QK2M4N8PL", true],
    ["_ga_*", "_ga_<id>", true],
    ["_ga_*", "_ga", false],
    ["sb-*-auth-token", "sb-pxl-auth-token", true],
    ["auth0.*.is.authenticated", "_legacy_auth0.x.is.authenticated", false],
    ["intercom-id-*", "intercom-device-id-x", false],
  ])("catalogue « %s » vs draft « %s » → %s", (catalogueName, draftName, same) => {
    expect(sameCookie(catalogueName, draftName)).toBe(same);
  });
});

describe("purposeSuggestions are derived from the answers, so they survive a reload", () => {
  it("a recipient whose usual purposes are missing is suggested, from the saved answers alone", () => {
    const saved = JSON.parse(JSON.stringify(addVendor(defaultAnswers(), entry("google-maps")).answers)) as TAnswers;
    expect(purposeSuggestions(saved)).toEqual([{ recipientId: "google-maps", name: entry("google-maps").name, presets: ["embedded_content"] }]);
  });

  it("disappears once the purposes are added, and for a dismissed recipient", () => {
    const a = addVendor(defaultAnswers(), entry("google-maps")).answers;
    const { answers, added } = addPurposes(a, ["embedded_content"]);
    expect(added.map((p) => p.key)).toEqual(["embedded_content"]);
    expect(purposeSuggestions(answers)).toEqual([]);
    expect(purposeSuggestions(a, ["google-maps"])).toEqual([]);
  });

  it("one preset per missing key: Stripe suggests « payment », not also « invoicing »", () => {
    const a = addVendor(defaultAnswers(), entry("stripe")).answers;
    expect(purposeSuggestions(a)[0]?.presets).toEqual(["payment", "security"]);
  });

  it("leaves out a purpose the founder removed from the recipient, and hand-added recipients", () => {
    const a = addVendor(defaultAnswers(), entry("stripe")).answers;
    a.recipients[0]!.purposes = ["payment"];
    expect(purposeSuggestions(a)[0]?.presets).toEqual(["payment"]);
    expect(purposeSuggestions(addManualVendor(defaultAnswers(), "Ma Compta").answers)).toEqual([]);
  });

  it("a half-filled draft whose recipient has no purposes list yet still gets the catalogue's suggestions", () => {
    const a = addVendor(defaultAnswers(), entry("google-maps")).answers;
    delete (a.recipients[0] as Partial<TAnswers["recipients"][number]>).purposes;
    expect(purposeSuggestions(a)[0]?.presets).toEqual(["embedded_content"]);
  });

  it("addPurposes gives each purpose an id no other purpose uses", () => {
    const a = defaultAnswers();
    a.purposes = [{ ...purposeFrom("support"), id: "security" }];
    const { answers } = addPurposes(a, ["security"]);
    expect(answers.purposes.map((p) => p.id)).toEqual(["security", "security-2"]);
  });
});
