// RULES §8: a version never takes effect before the day it is published; a substantial change only
// after the notice the (new) policy promises. Month arithmetic follows article 641 of the French code
// of civil procedure (same day-of-month, or the month's last day).
import { describe, expect, it } from "vitest";
import { addMonths, addNotice, earliestEffectiveDate, explainEarliestEffectiveDate, recipientFromCatalogue } from "..";
import { findService } from "../catalogue";
import { fixture, plainText } from "./support";

describe("addMonths and addNotice (art. 641 CPC)", () => {
  it.each([
    ["2026-11-29", 1, "2026-12-29"],
    ["2026-01-31", 1, "2026-02-28"],
    ["2028-01-31", 1, "2028-02-29"],
    ["2026-03-31", 1, "2026-04-30"],
    ["2026-11-30", 3, "2027-02-28"],
    ["2026-12-15", 1, "2027-01-15"],
    ["2026-08-31", 12, "2027-08-31"],
    ["2024-02-29", 12, "2025-02-28"],
  ])("%s + %i month(s) = %s", (from, n, expected) => {
    expect(addMonths(from, n)).toBe(expected);
  });

  it("weeks are 7 days each, across month and year ends", () => {
    expect(addNotice("2026-12-28", { amount: 2, unit: "weeks" })).toBe("2027-01-11");
    expect(addNotice("2028-02-22", { amount: 1, unit: "weeks" })).toBe("2028-02-29");
  });
});

describe("earliestEffectiveDate", () => {
  const withUsRecipient = () => {
    const b = fixture("brochure");
    b.recipients.push(recipientFromCatalogue(findService("stripe")!));
    return b;
  };

  it("a first version may take effect today", () => {
    expect(earliestEffectiveDate(null, fixture("brochure"), "2026-11-29")).toEqual({ date: "2026-11-29", reason: "first" });
  });

  it("a minor change may take effect today", () => {
    const b = fixture("brochure");
    b.controller.phone = "02 99 00 00 00";
    expect(earliestEffectiveDate(fixture("brochure"), b, "2026-11-29")).toEqual({ date: "2026-11-29", reason: "minor" });
  });

  it("an unchanged policy: today", () => {
    expect(earliestEffectiveDate(fixture("brochure"), fixture("brochure"), "2026-11-29").date).toBe("2026-11-29");
  });

  it("a substantial change (a US recipient) waits for the notice promised by the new answers, in months", () => {
    const b = withUsRecipient();
    b.changes = { ...b.changes, noticeAmount: 1, noticeUnit: "months" };
    const e = earliestEffectiveDate(fixture("brochure"), b, "2026-11-29");
    expect(e).toMatchObject({ date: "2026-12-29", reason: "substantial", notice: { amount: 1, unit: "months" } });
    expect(plainText(explainEarliestEffectiveDate(e))).toBe(
      "Modification substantielle (nouveau destinataire : Stripe (Irlande et États-Unis) et 1 autre changement) : la politique promet un préavis d'un mois ; entrée en vigueur au plus tôt le 29 décembre 2026.",
    );
  });

  it("a substantial change on 31 January with one month's notice: 28 February (29 in a leap year)", () => {
    const b = withUsRecipient();
    b.changes = { ...b.changes, noticeAmount: 1, noticeUnit: "months" };
    expect(earliestEffectiveDate(fixture("brochure"), b, "2027-01-31").date).toBe("2027-02-28");
    expect(earliestEffectiveDate(fixture("brochure"), b, "2028-01-31").date).toBe("2028-02-29");
  });

  it("the notice is read from the new answers, in weeks (the brochure promises 2 weeks)", () => {
    const b = withUsRecipient();
    const e = earliestEffectiveDate(fixture("brochure"), b, "2026-12-25");
    expect(e).toMatchObject({ date: "2027-01-08", reason: "substantial", notice: { amount: 2, unit: "weeks" } });
    expect(plainText(explainEarliestEffectiveDate(e))).toContain("un préavis de 2 semaines ; entrée en vigueur au plus tôt le 8 janvier 2027.");
  });

  it("the explanation follows French typography (no plain space before « : » or « ; », no straight apostrophe)", () => {
    const text = explainEarliestEffectiveDate(earliestEffectiveDate(fixture("brochure"), withUsRecipient(), "2026-11-29"));
    expect(text).not.toMatch(/ [:;]/);
    expect(text).not.toContain("'");
    expect(text).toContain("\u202f;");
  });
});
