const dateTime = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Paris" });
const dateOnly = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "Europe/Paris" });

/** « 21 novembre 2026 à 14:32 » (Paris time). */
export function formatDateTime(d: Date): string {
  return dateTime.format(d);
}

/** « 21 novembre 2026 » (Paris time). */
export function formatDate(d: Date): string {
  return dateOnly.format(d);
}

// Built once: constructing an Intl.DateTimeFormat is costly, and the hosted pages (every request) and
// the wizard's live checks (every keystroke) ask for the day.
const parisDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" });

/** Today in Paris as YYYY-MM-DD: the default effective date of a version. */
export function todayInParis(now = new Date()): string {
  return parisDay.format(now);
}
