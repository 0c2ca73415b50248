// Loopback addresses and URLs: the local outbox (sign-in links when no SMTP is set) is served only to loopback
// clients and only while the public URL is loopback (issue 12, defect 1). Plain JS, read by scripts/start.mjs
// and scripts/serve.mjs as well as the app.

/** Whether a peer address (from the socket) is the machine itself: 127.0.0.0/8, ::1, or IPv4-mapped 127.x. */
export function isLoopbackAddress(address) {
  if (typeof address !== "string") return false;
  const a = address.replace(/^::ffff:/i, "");
  return a === "::1" || /^127(?:\.\d{1,3}){3}$/.test(a);
}

/** Whether a URL points at this machine only (localhost, *.localhost, 127.x, [::1]). */
export function isLoopbackUrl(url) {
  if (typeof url !== "string" || !URL.canParse(url)) return false;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return host === "localhost" || host.endsWith(".localhost") || isLoopbackAddress(host);
}

/** The variable that deliberately serves the outbox on a public address (a demo, never a real deployment). */
export const PUBLIC_OUTBOX_VAR = "CLAIREMENT_BOITE_MAIL_PUBLIQUE";
