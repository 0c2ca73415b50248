// The publish form's date rules (RULES §8), as the founder sees them.
import { describe, expect, it } from "vitest";
import { recipientFromCatalogue } from "@/lib/policy";
import { findService } from "@/lib/policy/catalogue";
import { FIXTURES } from "@/lib/policy/fixtures";
import { checkChosenDate, publishDatePlan } from "./publish-date";

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ").replace(/’/g, "'");
const v1 = () => structuredClone(FIXTURES.ecommerce!);
const withUsRecipient = () => {
  const next = v1();
  next.recipients.push(recipientFromCatalogue(findService("mailchimp")!));
  return next;
};

describe("publish form: effective date", () => {
  it("a substantial change defaults to today + the promised month, and says why in French", () => {
    const plan = publishDatePlan(v1(), withUsRecipient(), "2026-11-29");
    expect(plan.defaultDate).toBe("2026-12-29");
    expect(plain(plan.explanation)).toMatch(/^Modification substantielle \(nouveau destinataire : Mailchimp .*\) : la politique promet un préavis d'un mois ; entrée en vigueur au plus tôt le 29 décembre 2026\.$/);
  });

  it("a first version and a minor change default to today", () => {
    expect(publishDatePlan(null, v1(), "2026-11-29").defaultDate).toBe("2026-11-29");
    const minor = v1();
    minor.controller.phone = "01 02 03 04 05";
    expect(publishDatePlan(v1(), minor, "2026-11-29")).toMatchObject({ defaultDate: "2026-11-29", earliest: { reason: "minor" } });
  });

  it("the draft's own later date is kept as the default; an earlier one is raised to the earliest date", () => {
    expect(publishDatePlan(v1(), withUsRecipient(), "2026-11-29", "2027-03-01").defaultDate).toBe("2027-03-01");
    expect(publishDatePlan(v1(), withUsRecipient(), "2026-11-29", "2026-12-01").defaultDate).toBe("2026-12-29");
  });

  it("a date before today is refused; a substantial change before the notice needs confirmation; the end of the notice is fine", () => {
    const plan = publishDatePlan(v1(), withUsRecipient(), "2026-11-29");
    expect(checkChosenDate(plan, "2026-11-28", "2026-11-29").kind).toBe("past");
    expect(checkChosenDate(plan, "2026-11-29", "2026-11-29").kind).toBe("short_notice");
    expect(checkChosenDate(plan, "2026-12-28", "2026-11-29").kind).toBe("short_notice");
    expect(checkChosenDate(plan, "2026-12-29", "2026-11-29").kind).toBe("ok");
    expect(checkChosenDate(plan, "", "2026-11-29").kind).toBe("invalid");
  });

  it("an incomplete draft (cannot be published yet) defaults to today without an explanation", () => {
    expect(publishDatePlan(v1(), { controller: {} }, "2026-11-29")).toEqual({ earliest: null, defaultDate: "2026-11-29", explanation: "" });
  });
});
