import "server-only";
import { buildDocument } from "@/lib/policy";
import { loadDraft } from "@/lib/policy/draft";
import { getVersion, type TPolicyIndex, type TVersionContent } from "./cache";
import { IMMUTABLE, NOT_FOUND, pageCsp, respond } from "./http";
import { fileBase, frenchDay, type TFormat } from "./page";

const TYPES: Record<TFormat, string> = {
  pdf: "application/pdf",
  html: "text/html; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  txt: "text/plain; charset=utf-8",
  json: "application/json; charset=utf-8",
};

// PDFs are made once per version and process, like the rest of a version's content.
const pdfCache = new Map<string, Promise<Uint8Array>>();

function pdfFor(index: TPolicyIndex, v: TVersionContent): Promise<Uint8Array> {
  const key = `${index.policyId}:${v.number}`;
  let hit = pdfCache.get(key);
  if (!hit) {
    // Answers stored under an older questionnaire are migrated first, so the PDF says what the page says.
    const doc = buildDocument(loadDraft(v.answers));
    // pdfkit is loaded the first time a PDF is asked for, not at start-up.
    hit = import("@/lib/pdf/render-pdf")
      .then(({ renderPdf }) => renderPdf(doc, { company: index.company, version: v.number, publishedOn: frenchDay(v.publishedAt), author: index.company }))
      .then((b: Uint8Array) => new Uint8Array(b));
    hit.catch(() => pdfCache.delete(key));
    if (pdfCache.size > 200) pdfCache.delete(pdfCache.keys().next().value as string);
    pdfCache.set(key, hit);
  }
  return hit;
}

function structuredJson(index: TPolicyIndex, v: TVersionContent): string {
  return JSON.stringify(
    {
      policy: index.slug, version: v.number, sha256: v.sha256, publishedAt: v.publishedAt.toISOString(), effectiveDate: v.effectiveDate,
      url: `/p/${index.slug}/v/${v.number}`, document: JSON.parse(v.rendered.json),
    },
    null,
    2,
  );
}

/** A download of version `number` in `format`: immutable, named politique-confidentialite-<nom>-v<n>.<ext>. */
export async function download(request: Request, index: TPolicyIndex, number: number, format: TFormat): Promise<Response> {
  const v = await getVersion(index, number);
  if (!v) return NOT_FOUND();
  const body =
    format === "pdf" ? await pdfFor(index, v)
    : format === "html" ? v.rendered.document
    : format === "md" ? v.rendered.md
    : format === "txt" ? v.rendered.txt
    : structuredJson(index, v);
  return respond(request, {
    body,
    type: TYPES[format],
    etag: `"${v.sha256}.${format}"`,
    cache: IMMUTABLE,
    filename: `${fileBase(index)}-v${number}.${format}`,
    headers: format === "html" ? { "Content-Security-Policy": pageCsp() } : {},
  });
}
