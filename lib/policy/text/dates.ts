// French dates without Intl (identical output in every runtime): « 21 novembre 2026 », « 1er mars 2027 ».
const MONTHS = [
  "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
] as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1] ?? 0;
  return d <= days;
}

/** « 21 novembre 2026 » from "2026-11-21"; the input must satisfy isIsoDate. */
export function formatDateFr(iso: string): string {
  const m = ISO_DATE.exec(iso);
  if (!m || !isIsoDate(iso)) throw new Error(`Date invalide : ${iso}`);
  const day = Number(m[3]);
  return `${day === 1 ? "1er" : String(day)}\u00a0${MONTHS[Number(m[2]) - 1]}\u00a0${m[1]}`;
}

/** "YYYY-MM-DD" of a Date, in UTC (callers pass an explicit date; the engine never reads the clock). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
