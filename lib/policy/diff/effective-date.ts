// The earliest date a new version may take effect (RULES §8): a version never takes effect before the
// day it is published, and a substantial change only after the notice the policy itself promises
// (« au moins un mois avant son entrée en vigueur »), read from the NEW answers (changes.noticeAmount
// and changes.noticeUnit), since that is the text readers get with the change.
//
// Calendar rule for months (article 641 du code de procédure civile, the French rule for delays
// expressed in months): the notice ends on the same day-of-month N months later, or on the last day of
// that month when it has no such day. 31 January + 1 month = 28 February (29 in a leap year);
// 30 November + 3 months = 28/29 February. Weeks are 7 days each.
import type { TAnswers } from "../schema";
import { formatDateFr, isIsoDate } from "../text/dates";
import { duration } from "../text/grammar";
import { typo } from "../text/typography";
import { diffAnswers, type TChange } from "./answers";

export type TNotice = { amount: number; unit: "weeks" | "months" };
export type TEarliestEffectiveDate =
  | { date: string; reason: "first" | "minor" | "unchanged" }
  | { date: string; reason: "substantial"; notice: TNotice; changes: TChange[] };

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function parts(iso: string): [number, number, number] {
  if (!isIsoDate(iso)) throw new Error(`Date invalide : ${iso}`);
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `iso` plus `amount` days (negative to go back), calendar-correct. */
export function addDays(iso: string, amount: number): string {
  const [y, m, d] = parts(iso);
  const t = new Date(Date.UTC(y, m - 1, d + amount));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** `iso` plus `amount` months: same day-of-month, or the month's last day when it has none (art. 641 CPC). */
export function addMonths(iso: string, amount: number): string {
  const [y, m, d] = parts(iso);
  const index = y * 12 + (m - 1) + amount;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, daysInMonth(year, month)))}`;
}

/** `today` plus the notice. */
export function addNotice(today: string, notice: TNotice): string {
  return notice.unit === "weeks" ? addDays(today, notice.amount * 7) : addMonths(today, notice.amount);
}

/**
 * The earliest effective date for publishing `answers` on `today` (YYYY-MM-DD, Paris), after
 * `previous` (the last published version's answers, or null for a first version), and why.
 * First version, minor change or no change → today; substantial change → today + the notice.
 */
export function earliestEffectiveDate(previous: TAnswers | null, answers: TAnswers, today: string): TEarliestEffectiveDate {
  parts(today);
  if (!previous) return { date: today, reason: "first" };
  const diff = diffAnswers(previous, answers);
  if (diff.grade !== "substantial") return { date: today, reason: diff.grade === "none" ? "unchanged" : "minor" };
  const notice: TNotice = { amount: answers.changes.noticeAmount, unit: answers.changes.noticeUnit };
  return { date: addNotice(today, notice), reason: "substantial", notice, changes: diff.changes.filter((c) => c.grade === "substantial") };
}

/**
 * Why the date is what it is, in French, for the publish form and the server's refusal, e.g.
 * « Modification substantielle (nouveau destinataire : Mailchimp (États-Unis)) : la politique promet un
 * préavis d’un mois ; entrée en vigueur au plus tôt le 29 décembre 2026. »
 */
export function explainEarliestEffectiveDate(e: TEarliestEffectiveDate): string {
  const day = formatDateFr(e.date);
  switch (e.reason) {
    case "first": return typo(`Première version : elle peut entrer en vigueur dès aujourd'hui, le ${day}.`);
    case "unchanged": return typo(`Aucune modification des réponses depuis la dernière version : entrée en vigueur au plus tôt aujourd'hui, le ${day}.`);
    case "minor": return typo(`Modification mineure : elle peut entrer en vigueur dès aujourd'hui, le ${day}.`);
    case "substantial": {
      const first = e.changes[0];
      const what = first ? `${lowerFirstWord(first.message)}${e.changes.length > 1 ? ` et ${e.changes.length - 1} autre${e.changes.length > 2 ? "s" : ""} changement${e.changes.length > 2 ? "s" : ""}` : ""}` : "";
      return typo(`Modification substantielle${what ? ` (${what})` : ""} : la politique promet un préavis ${noticeDe(e.notice)} ; entrée en vigueur au plus tôt le ${day}.`);
    }
  }
}

// « un préavis d'un mois », « un préavis de 2 semaines ».
function noticeDe(n: TNotice): string {
  const text = duration(n.amount, n.unit);
  return /^une? /.test(text) ? `d'${text}` : `de ${text}`;
}

// « Nouveau destinataire : … » → « nouveau destinataire : … » (keeps proper nouns and acronyms later on).
function lowerFirstWord(message: string): string {
  return message.charAt(0).toLowerCase() + message.slice(1);
}
