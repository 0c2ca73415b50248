// Line breaking for styled text: spans → atoms (unbreakable pieces, possibly mixing styles) → lines.
// Only an ordinary space (U+0020), a hyphen between letters or a slash inside a URL-like word is a break
// opportunity; U+00A0 and U+202F glue (« 20 000 € », « ? », « » »). A word wider than the line is cut
// between characters, so nothing ever runs past the margin.
import type { TFontKey } from "./fonts";

export type TStyle = {
  font: TFontKey;
  size: number;
  color: string;
  /** Safe URL (already checked) of a link run. */
  href?: string;
  /** Identifies the link run, so that one link split over two lines stays one tagged Link. */
  linkId?: number;
  underline?: boolean;
};
export type TSpan = { text: string; style: TStyle };
export type TFrag = { text: string; style: TStyle; width: number };
export type TAtom = {
  frags: TFrag[];
  width: number;
  /** Trailing space (U+0020) after the atom: its width (0 when none) and style. */
  space: number;
  spaceStyle?: TStyle;
};
export type TLine = { atoms: TAtom[]; width: number };
export type TMeasure = (text: string, style: TStyle) => number;

const LETTER = /\p{L}/u;

function emptyAtom(): TAtom {
  return { frags: [], width: 0, space: 0 };
}

function pushText(atom: TAtom, text: string, style: TStyle, measure: TMeasure): void {
  if (!text) return;
  const w = measure(text, style);
  const last = atom.frags[atom.frags.length - 1];
  if (last && last.style === style) {
    last.text += text;
    last.width += w;
  } else atom.frags.push({ text, style, width: w });
  atom.width += w;
}

/** Spans → atoms. Runs of spaces collapse to one; leading and trailing spaces vanish at line ends. */
export function atomize(spans: TSpan[], measure: TMeasure): TAtom[] {
  const atoms: TAtom[] = [];
  let atom = emptyAtom();
  const close = () => {
    if (atom.frags.length) atoms.push(atom);
    atom = emptyAtom();
  };
  for (const { text, style } of spans) {
    let buf = "";
    for (let i = 0; i < text.length; i++) {
      const ch = text[i] as string;
      if (ch === " " || ch === "\n" || ch === "\t") {
        pushText(atom, buf, style, measure);
        buf = "";
        if (atom.frags.length) {
          atom.space = measure(" ", style);
          atom.spaceStyle = style;
          close();
        }
        continue;
      }
      buf += ch;
      const next = text[i + 1] ?? "";
      const prev = text[i - 1] ?? "";
      // No break inside an address (« bonjour@maison-brunet.fr »): links break at slashes only.
      const hyphen = ch === "-" && !style.href && LETTER.test(prev) && LETTER.test(next) && buf.length > 2;
      const slash = ch === "/" && next !== "/" && next !== "" && next !== " " && buf.length > 8;
      if (hyphen || slash) {
        pushText(atom, buf, style, measure);
        buf = "";
        close();
      }
    }
    pushText(atom, buf, style, measure);
  }
  close();
  return atoms;
}

/**
 * Cuts an atom wider than the line into pieces that fit (between characters). Widths are measured on the
 * growing text, not summed per character: kerning makes the two differ.
 */
function cutAtom(atom: TAtom, maxWidth: number, measure: TMeasure): TAtom[] {
  const pieces: TAtom[] = [];
  let piece = emptyAtom();
  for (const frag of atom.frags) {
    for (const ch of frag.text) {
      const last = piece.frags[piece.frags.length - 1];
      const same = last !== undefined && last.style === frag.style;
      const grown = measure(same ? last.text + ch : ch, frag.style);
      const width = piece.width - (same ? last.width : 0) + grown;
      if (width > maxWidth && piece.frags.length) {
        pieces.push(piece);
        piece = emptyAtom();
        pushText(piece, ch, frag.style, measure);
      } else if (same) {
        last.text += ch;
        last.width = grown;
        piece.width = width;
      } else {
        piece.frags.push({ text: ch, style: frag.style, width: grown });
        piece.width = width;
      }
    }
  }
  piece.space = atom.space;
  piece.spaceStyle = atom.spaceStyle;
  pieces.push(piece);
  return pieces;
}

/**
 * Line breaking by least squares (a small Knuth–Plass without stretchable glue): the breaks minimise the
 * sum of the squared free space of every line but the last, so lines come out evenly filled — which keeps
 * justified lines tight and ragged ones calm. A break after a hyphen or a slash costs a little more.
 */
export function breakLines(input: TAtom[], maxWidth: number, measure: TMeasure, justify = false): TLine[] {
  const atoms = input.flatMap((a) => (a.width > maxWidth ? cutAtom(a, maxWidth, measure) : [a]));
  const n = atoms.length;
  const best = new Array<number>(n + 1).fill(Infinity);
  const from = new Array<number>(n + 1).fill(0);
  const widths = new Array<number>(n + 1).fill(0);
  best[0] = 0;
  for (let i = 0; i < n; i++) {
    if (best[i] === Infinity) continue;
    let width = 0;
    let gaps = 0;
    for (let j = i + 1; j <= n; j++) {
      const atom = atoms[j - 1] as TAtom;
      const space = j > i + 1 ? (atoms[j - 2] as TAtom).space : 0;
      width += space + atom.width;
      if (space > 0) gaps++;
      if (width > maxWidth + 0.001 && j > i + 1) break;
      // Justified, what shows is the stretch of each word space; ragged, the free space at the end.
      const slack = justify && gaps > 0 ? (maxWidth - width) / gaps : maxWidth - width;
      const cost = j === n ? 0 : slack * slack + (atom.space > 0 ? 0 : (maxWidth * 0.2) ** 2);
      const total = (best[i] as number) + cost;
      if (total < (best[j] as number)) {
        best[j] = total;
        from[j] = i;
        widths[j] = width;
      }
    }
  }
  const lines: TLine[] = [];
  for (let j = n; j > 0; j = from[j] as number) lines.push({ atoms: atoms.slice(from[j], j), width: widths[j] as number });
  return lines.reverse();
}

export function layoutText(spans: TSpan[], maxWidth: number, measure: TMeasure, justify = false): TLine[] {
  return breakLines(atomize(spans, measure), maxWidth, measure, justify);
}
