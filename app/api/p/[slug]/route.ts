import { apiResponse, corsPreflight, withCors } from "@/lib/server/public/embed";
import { withPublishedPolicy } from "@/lib/server/public/resolve";

type TContext = { params: Promise<{ slug: string }> };

export async function GET(request: Request, { params }: TContext) {
  const { slug } = await params;
  return withCors(await withPublishedPolicy(slug, "", (index) => apiResponse(request, index)));
}

export function OPTIONS() {
  return corsPreflight();
}
