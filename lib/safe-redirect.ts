/** A same-site path to return to after sign-in; anything else (absolute URL, //host) falls back. */
export function safeReturnPath(value: unknown, fallback = "/policies"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}
