import "server-only";
import { isUnavailable } from "@/lib/server/errors";
import { NOT_FOUND, UNAVAILABLE, WITHDRAWN, redirectTo } from "./http";
import { resolveSlug, type TPolicyIndex } from "./cache";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** How errors and redirects look: HTML pages under /p/ by default; JSON under an absolute /api/p/ for the API. */
export type TResolveStyle = { prefix: string; notFound: () => Response; withdrawn: () => Response; unavailable: () => Response };
const PAGES: TResolveStyle = { prefix: "/p/", notFound: NOT_FOUND, withdrawn: WITHDRAWN, unavailable: UNAVAILABLE };

/**
 * Runs `handle` with the policy published at `slug`: unknown → French 404, withdrawn → 410, an old
 * slug → 301 to the same page under the current one. Malformed slugs never reach the database.
 * The database unavailable, while resolving or while handling → 503 « momentanément indisponible »
 * (Retry-After, never stored: the front cache goes on serving its last good copy meanwhile); any other
 * error stays a 500.
 */
export async function withPublishedPolicy(slug: string, rest: string, handle: (index: TPolicyIndex) => Promise<Response> | Response, style: TResolveStyle = PAGES): Promise<Response> {
  if (!SLUG.test(slug) || slug.length > 80) return style.notFound();
  try {
    const resolved = await resolveSlug(slug);
    switch (resolved.kind) {
      case "missing":
        return style.notFound();
      case "withdrawn":
        return style.withdrawn();
      case "redirect":
        return redirectTo(`${style.prefix}${resolved.slug}${rest}`);
      case "ok":
        return await handle(resolved.index);
    }
  } catch (error) {
    if (!isUnavailable(error)) throw error;
    console.error(`Base de données indisponible pour ${style.prefix}${slug}${rest} :`, error instanceof Error ? error.message.trim().split("\n").at(-1) : error);
    return style.unavailable();
  }
}
