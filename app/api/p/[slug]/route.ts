import { env } from "@/lib/env";
import { apiResponse, corsPreflight, withCors } from "@/lib/server/public/embed";
import { API_NOT_FOUND, API_UNAVAILABLE, API_WITHDRAWN } from "@/lib/server/public/http";
import { withPublishedPolicy } from "@/lib/server/public/resolve";

type TContext = { params: Promise<{ slug: string }> };

// A JSON API answers JSON, errors included (404, 410, 503), and its links are absolute (the configured public address).
export async function GET(request: Request, { params }: TContext) {
  const { slug } = await params;
  const origin = env().publicUrl;
  return withCors(await withPublishedPolicy(slug, "", (index) => apiResponse(request, index, origin), { prefix: `${origin}/api/p/`, notFound: API_NOT_FOUND, withdrawn: API_WITHDRAWN, unavailable: API_UNAVAILABLE }));
}

export function OPTIONS() {
  return corsPreflight();
}
