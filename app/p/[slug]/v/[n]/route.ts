import { download } from "@/lib/server/public/downloads";
import { NOT_FOUND } from "@/lib/server/public/http";
import { FORMATS, type TFormat } from "@/lib/server/public/page";
import { withPublishedPolicy } from "@/lib/server/public/resolve";
import { versionPage } from "@/lib/server/public/version-response";

type TContext = { params: Promise<{ slug: string; n: string }> };

/** /p/<slug>/v/<n> — that version forever; /p/<slug>/v/<n>.<pdf|html|md|txt|json> — its downloads. */
export async function GET(request: Request, { params }: TContext) {
  const { slug, n } = await params;
  const m = /^([1-9]\d{0,5})(?:\.([a-z]+))?$/.exec(n);
  if (!m || (m[2] && !(m[2] in FORMATS))) return NOT_FOUND();
  const number = Number(m[1]);
  const format = m[2] as TFormat | undefined;
  return withPublishedPolicy(slug, `/v/${n}`, (index) => (format ? download(request, index, number, format) : versionPage(request, index, number)));
}
