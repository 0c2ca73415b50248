import { diffResponse } from "@/lib/server/public/diff";
import { NOT_FOUND } from "@/lib/server/public/http";
import { withPublishedPolicy } from "@/lib/server/public/resolve";

type TContext = { params: Promise<{ slug: string; a: string; b: string }> };

export async function GET(request: Request, { params }: TContext) {
  const { slug, a, b } = await params;
  if (!/^[1-9]\d{0,5}$/.test(a) || !/^[1-9]\d{0,5}$/.test(b)) return NOT_FOUND();
  return withPublishedPolicy(slug, `/diff/${a}/${b}`, (index) => diffResponse(request, index, Number(a), Number(b)));
}
