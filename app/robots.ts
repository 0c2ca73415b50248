import type { MetadataRoute } from "next";

// /robots.txt: the home page, hosted policies and their downloads are public and meant to be found; the
// signed-in space, the local outbox and the sign-in API are not (they are behind a session anyway).
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/policies", "/compte", "/boite-mail", "/api/auth/"] },
  };
}
