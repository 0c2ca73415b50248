// Where to return after sign-in: a path of this site only. Parsed with the URL parser against a fixed origin (so
// « /\t/evil.example », « /\\evil.example », « https:evil.example » or « //evil.example » cannot leave the site),
// refusing control characters and backslashes raw or percent-encoded (browsers drop tabs and newlines from URLs,
// which turned « /%09/evil.example » into « //evil.example »). Never throws: anything doubtful falls back.
const BASE = "http://clairement.invalid";
const CONTROL = /[\u0000-\u001f\u007f-\u009f\\\u2028\u2029]|%(?:[01][0-9a-f]|7f|5c|e2%80%a[89])/i;

export function safeReturnPath(value: unknown, fallback = "/policies"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2000) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || CONTROL.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE || !url.pathname.startsWith("/") || url.pathname.startsWith("//")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
