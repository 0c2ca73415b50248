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
