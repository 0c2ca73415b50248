// What the publish form says about the effective date (RULES §8), from the live answers and the last
// published version's: the default date, why, and whether the chosen date is refused (before today) or
// needs the founder's confirmation (a substantial change before the promised notice). Pure, so testable
// without a browser; the server applies the same rule (lib/server/publish-version.ts).
import { earliestEffectiveDate, explainEarliestEffectiveDate, zAnswers, type TAnswers, type TEarliestEffectiveDate } from "@/lib/policy";
import { formatDateFr, isIsoDate } from "@/lib/policy/text/dates";
import { typo } from "@/lib/policy/text/typography";

export type TDateCheck = { kind: "ok" } | { kind: "invalid"; message: string } | { kind: "past"; message: string } | { kind: "short_notice"; message: string };
export type TPublishDatePlan = { earliest: TEarliestEffectiveDate | null; defaultDate: string; explanation: string };

/** The earliest date and the default one (the draft's own date when it is later). */
export function publishDatePlan(previous: TAnswers | null, answers: unknown, today: string, draftDate?: string): TPublishDatePlan {
  const parsed = zAnswers.safeParse({ ...(answers as object), effectiveDate: today });
  // An incomplete draft cannot be published anyway (blocking findings): today, without explanation.
  const earliest = parsed.success ? earliestEffectiveDate(previous, parsed.data, today) : null;
  const floor = earliest?.date ?? today;
  const defaultDate = draftDate && isIsoDate(draftDate) && draftDate > floor ? draftDate : floor;
  return { earliest, defaultDate, explanation: earliest ? explainEarliestEffectiveDate(earliest) : "" };
}

/** Whether `chosen` may be published as is. */
export function checkChosenDate(plan: TPublishDatePlan, chosen: string, today: string): TDateCheck {
  if (!isIsoDate(chosen)) return { kind: "invalid", message: "Indiquez une date valide." };
  if (chosen < today) return { kind: "past", message: typo(`Date refusée : une version ne peut pas entrer en vigueur avant le jour de sa publication (aujourd’hui, le ${formatDateFr(today)}).`) };
  if (plan.earliest?.reason === "substantial" && chosen < plan.earliest.date) {
    return { kind: "short_notice", message: typo(`Cette date précède la fin du préavis promis par la politique (le ${formatDateFr(plan.earliest.date)}). Vous ne pouvez la garder que si vos utilisateurs ont déjà été prévenus de ces modifications.`) };
  }
  return { kind: "ok" };
}
