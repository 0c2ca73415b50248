import { historyResponse } from "@/lib/server/public/history";
import { withPublishedPolicy } from "@/lib/server/public/resolve";

type TContext = { params: Promise<{ slug: string }> };

export async function GET(request: Request, { params }: TContext) {
  const { slug } = await params;
  return withPublishedPolicy(slug, "/historique", (index) => historyResponse(request, index));
}
