import { NextResponse, type NextRequest } from "next/server";

// A Content-Security-Policy with a fresh nonce for every app page: Next.js puts the nonce on its own
// scripts, and 'strict-dynamic' lets only those load further chunks — no 'unsafe-inline' script.
// App pages cannot be framed. Hosted policies (/p/…), the JSON API and the landing page (/, plain HTML)
// set their own, stricter policy in their route handlers (lib/server/public/http.ts), so they are not
// matched here.
export function appCsp(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Server-action bodies above this size are refused here with a 413, before Next.js parses them. */
export const MAX_ACTION_BODY_BYTES = 1_000_000;

export async function proxy(request: NextRequest) {
  // Every POST matched here (app pages; /api and /p are not matched) is a server action. Next.js compares Origin
  // with Host when Origin is there; a request without Origin is refused here (browsers always send it on a POST).
  if (request.method === "POST" && !request.headers.get("origin")) {
    return new NextResponse("Requête refusée : origine absente.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  if (request.method === "POST") {
    const declared = Number(request.headers.get("content-length") ?? Number.NaN);
    const length = Number.isFinite(declared) ? declared : (await request.clone().arrayBuffer()).byteLength;
    if (length > MAX_ACTION_BODY_BYTES) {
      return new NextResponse("La requête dépasse la taille maximale acceptée (1\u00a0Mo).", { status: 413, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    }
  }
  const nonce = btoa(crypto.randomUUID());
  const csp = appCsp(nonce, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Prefetches too (« purpose: prefetch », next-router-prefetch): a page served to a prefetch is a page, with its CSP.
  matcher: ["/((?!$|api/|p/|_next/static|_next/image|favicon.ico|embed.js|confidentialite).*)"],
};
