import "server-only";
import { NOT_FOUND, WITHDRAWN, redirectTo } from "./http";
import { resolveSlug, type TPolicyIndex } from "./cache";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Runs `handle` with the policy published at `slug`: unknown → French 404, withdrawn → 410, an old
 * slug → 301 to the same page under the current one. Malformed slugs never reach the database.
 */
export async function withPublishedPolicy(slug: string, rest: string, handle: (index: TPolicyIndex) => Promise<Response> | Response): Promise<Response> {
  if (!SLUG.test(slug) || slug.length > 80) return NOT_FOUND();
  const resolved = await resolveSlug(slug);
  switch (resolved.kind) {
    case "missing":
      return NOT_FOUND();
    case "withdrawn":
      return WITHDRAWN();
    case "redirect":
      return redirectTo(`/p/${resolved.slug}${rest}`);
    case "ok":
      return handle(resolved.index);
  }
}
