import { embedOptions, embedResponse } from "@/lib/server/public/embed";
import { withPublishedPolicy } from "@/lib/server/public/resolve";

type TContext = { params: Promise<{ slug: string }> };

export async function GET(request: Request, { params }: TContext) {
  const { slug } = await params;
  const url = new URL(request.url);
  return withPublishedPolicy(slug, `/embed${url.search}`, (index) => embedResponse(request, index, embedOptions(url)));
}
