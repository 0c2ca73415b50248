// Fonts parsed once per process, with shaping memoised across documents. pdfkit parses each font again
// for every document (fontkit's GSUB/GPOS tables included) and shapes every word again: together, most of
// the rendering time. pdfkit's registerFont accepts a parsed font (any object with a `layout` method), so
// each font is parsed once — through a throwaway pdfkit document, since fontkit is pdfkit's dependency,
// not ours — and wrapped so that the layout of a word is computed once. pdfkit scales the positions of a
// layout in place: every call returns fresh copies of the positions (the glyphs are shared, read-only).
import PDFDocument from "pdfkit";
import { pdfFonts, type TFontName } from "./fonts";

type TPosition = Record<string, number>;
type TRun = { glyphs: unknown[]; positions: TPosition[]; readonly advanceWidth: number };
export type TParsedFont = { layout(text: string, features?: unknown): TRun };

/** Beyond this many distinct words per font the memo starts again (a long-running server stays bounded). */
const MAX_WORDS = 40_000;

let shared: Record<TFontName, TParsedFont> | null = null;

export function parsedFonts(): Record<TFontName, TParsedFont> {
  if (shared) return shared;
  const probe = new PDFDocument({ autoFirstPage: false });
  const out = {} as Record<TFontName, TParsedFont>;
  for (const [name, font] of Object.entries(pdfFonts()) as [TFontName, { data: Buffer }][]) {
    probe.registerFont(name, font.data);
    const parsed = (probe.font(name) as unknown as { _font?: { font?: TParsedFont } })._font?.font;
    if (typeof parsed?.layout !== "function") throw new Error("pdfkit : police analysée introuvable.");
    out[name] = memoised(parsed);
  }
  shared = out;
  return out;
}

function memoised(font: TParsedFont): TParsedFont {
  const cache = new Map<string, TRun>();
  const wrapper = Object.create(font) as TParsedFont;
  wrapper.layout = (text: string, features?: unknown) => {
    if (features) return font.layout(text, features);
    let run = cache.get(text);
    if (!run) {
      if (cache.size >= MAX_WORDS) cache.clear();
      run = font.layout(text);
      cache.set(text, run);
    }
    const positions = run.positions.map((p) => ({ ...p }));
    return {
      glyphs: run.glyphs,
      positions,
      get advanceWidth() {
        return positions.reduce((sum, p) => sum + (p.xAdvance ?? 0), 0);
      },
    };
  };
  return wrapper;
}
