// Catalogue data that ends up in a draft must never block it: no « <placeholder> » the checker rejects (E09), and
// every vendor known to set cookies brings them, with a lifetime and a category.
import { describe, expect, it } from "vitest";
import { addVendor } from "../answers/vendors";
import { defaultAnswers } from "../answers/defaults";
import { templateAnswers } from "../answers/templates";
import { checkCompliance } from "../compliance/check";
import { scanAnswersText } from "../compliance/scan-answers";
import { SERVICE_KINDS, TRACKER_CATEGORIES } from "../vocabulary";
import { CATALOGUE, findService } from "./index";

const e09 = (findings: { ruleId: string; field: string | null }[]) =>
  findings.filter((f) => f.ruleId === "E09").map((f) => f.field);

describe("E09: no catalogue data carries a placeholder the checker rejects", () => {
  it.each(CATALOGUE.map((e) => ({ id: e.id, e })))("$id: the recipient and trackers addVendor produces have no E09 finding", ({ e }) => {
    const { answers } = addVendor(defaultAnswers(), e);
    expect(e09(scanAnswersText(answers))).toEqual([]);
    expect(e09(checkCompliance(answers).findings)).toEqual([]);
  });

  it.each(SERVICE_KINDS.map((kind) => ({ kind })))("template $kind: its recipients and trackers have no E09 finding", ({ kind }) => {
    const answers = templateAnswers(kind);
    expect(answers.recipients.length).toBeGreaterThan(0);
    expect(e09(scanAnswersText(answers))).toEqual([]);
    expect(e09(checkCompliance(answers).findings)).toEqual([]);
  });

  it("the AI template ships Supabase's session cookie as cookie policies name it, « sb-*-auth-token »", () => {
    expect(templateAnswers("ai_tool").cookies.trackers.map((t) => t.name)).toContain("sb-*-auth-token");
  });

  it("no cookie name holds « < » or « > »: a varying part is written « * »", () => {
    for (const e of CATALOGUE) for (const c of e.cookies) expect(c.name, e.id).not.toMatch(/[<>]/);
  });
});

/** Vendors known to set cookies on the controller's site, with cookies that must be there. */
const KNOWN_COOKIES: { id: string; cookies: string[] }[] = [
  { id: "google-analytics-4", cookies: ["_ga", "_ga_*"] },
  { id: "clerk", cookies: ["__session", "__client_uat", "__client"] },
  { id: "auth0", cookies: ["auth0.*.is.authenticated"] },
  { id: "supabase", cookies: ["sb-*-auth-token"] },
  { id: "meta-pixel", cookies: ["_fbp", "_fbc"] },
  { id: "google-ads", cookies: ["_gcl_au"] },
  { id: "linkedin-insight-tag", cookies: ["li_fat_id"] },
  { id: "stripe", cookies: ["__stripe_mid", "__stripe_sid"] },
  { id: "hubspot", cookies: ["hubspotutk", "__hstc", "__hssc"] },
  { id: "crisp", cookies: ["crisp-client/session/*"] },
  { id: "intercom", cookies: ["intercom-id-*", "intercom-session-*", "intercom-device-id-*"] },
  { id: "hotjar", cookies: ["_hjSessionUser_*", "_hjSession_*"] },
  { id: "matomo-cloud", cookies: ["_pk_id.*", "_pk_ses.*"] },
  { id: "youtube-nocookie", cookies: ["VISITOR_INFO1_LIVE", "YSC"] },
  { id: "vimeo", cookies: ["vuid"] },
  { id: "google-maps", cookies: ["NID"] },
  { id: "axeptio", cookies: ["axeptio_cookies"] },
  { id: "didomi", cookies: ["didomi_token", "euconsent-v2"] },
  { id: "shopify", cookies: ["cart", "_shopify_y"] },
  { id: "cloudflare", cookies: ["__cf_bm"] },
];

describe("vendors known to set cookies carry them", () => {
  it.each(KNOWN_COOKIES)("$id sets $cookies", ({ id, cookies }) => {
    const e = findService(id);
    expect(e, id).toBeDefined();
    expect(e!.cookies.map((c) => c.name)).toEqual(expect.arrayContaining(cookies));
  });

  it("every catalogue cookie has a lifetime, a category and a purpose", () => {
    for (const e of CATALOGUE) {
      for (const c of e.cookies) {
        expect(c.lifetime.trim(), `${e.id} ${c.name}`).not.toBe("");
        expect(c.purpose.trim(), `${e.id} ${c.name}`).not.toBe("");
        expect(TRACKER_CATEGORIES, `${e.id} ${c.name}`).toContain(c.category);
      }
    }
  });

  it("facts still to verify are marked: Clerk's cookie lifetimes and its __client cookie, Auth0's cookies", () => {
    expect(findService("clerk")!.uncertain).toEqual(expect.arrayContaining(["cookies.0.lifetime", "cookies.1.lifetime", "cookies.2"]));
    expect(findService("auth0")!.uncertain).toContain("cookies");
  });
});
