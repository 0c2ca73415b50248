import { withPublishedPolicy } from "@/lib/server/public/resolve";
import { versionPage } from "@/lib/server/public/version-response";

type TContext = { params: Promise<{ slug: string }> };

/** The version in force. */
export async function GET(request: Request, { params }: TContext) {
  const { slug } = await params;
  return withPublishedPolicy(slug, "", (index) => versionPage(request, index, null));
}
