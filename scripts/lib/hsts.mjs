// Strict-Transport-Security when the public URL is HTTPS (issue 12, defect 7): browsers then refuse plain HTTP for
// a year. Never on an http:// deployment (localhost), where it would lock the browser out of the app.

/** The HSTS header value for a public URL, or null when it is not HTTPS. */
export function hstsFor(publicUrl) {
  if (typeof publicUrl !== "string" || !URL.canParse(publicUrl)) return null;
  return new URL(publicUrl).protocol === "https:" ? "max-age=31536000; includeSubDomains" : null;
}
