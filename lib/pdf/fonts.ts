// The PDF's fonts: the @fontsource WOFF files, unwrapped into plain TrueType (sfnt) buffers once per process.
// Why not hand pdfkit the files directly:
// - WOFF2: fontkit 2 crashes while subsetting them (composite glyphs of the transformed glyf table);
// - WOFF: fontkit reads 10 bytes past the glyf table for an empty glyph stored last (Source Serif's thin
//   spaces), so the table is padded with zeros here;
// - neither font maps U+202F (narrow no-break space, which the engine puts before « ; ! ? »): without a
//   cmap entry it would print the missing-glyph box. It is mapped to the thin space's glyph (U+2009),
//   and pdfkit's ToUnicode keeps the code point of the text, so copying still yields U+202F.
import { readFileSync } from "node:fs";
import path from "node:path";
import { inflateSync } from "node:zlib";

export type TFontKey = "serif" | "serifSemibold" | "serifItalic" | "sans" | "sansSemibold";
/** A font as registered in pdfkit: the latin subset, or its latin-ext fallback (« Łódź », « Ștefan »). */
export type TFontName = TFontKey | `${TFontKey}Ext`;

const FILES: Record<TFontKey, string> = {
  serif: "source-serif-4/files/source-serif-4-latin-400-normal.woff",
  serifSemibold: "source-serif-4/files/source-serif-4-latin-600-normal.woff",
  serifItalic: "source-serif-4/files/source-serif-4-latin-400-italic.woff",
  sans: "inter/files/inter-latin-400-normal.woff",
  sansSemibold: "inter/files/inter-latin-600-normal.woff",
};

/** Code points the fonts lack, drawn with the glyph of another code point (first one present wins). */
const ALIASES: [number, number[]][] = [[0x202f, [0x2009, 0x00a0]]];

export type TFont = { data: Buffer; covers: Set<number> };
let cache: Record<TFontName, TFont> | null = null;

/** TrueType buffers for pdfkit's registerFont and their coverage, read and patched on first use. */
export function pdfFonts(): Record<TFontName, TFont> {
  if (cache) return cache;
  const dir = path.join(process.cwd(), "node_modules", "@fontsource");
  const out = {} as Record<TFontName, TFont>;
  for (const key of Object.keys(FILES) as TFontKey[]) {
    out[key] = woffToSfnt(readFileSync(path.join(dir, FILES[key])));
    out[`${key}Ext`] = woffToSfnt(readFileSync(path.join(dir, FILES[key].replace("-latin-", "-latin-ext-"))));
  }
  cache = out;
  return out;
}

/** WOFF 1.0 → sfnt, with the cmap aliases added and the glyf table padded; and the code points it maps. */
export function woffToSfnt(woff: Buffer): TFont {
  if (woff.toString("latin1", 0, 4) !== "wOFF") throw new Error("Police attendue au format WOFF 1.0.");
  const flavor = woff.readUInt32BE(4);
  const count = woff.readUInt16BE(12);
  const tables = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const at = 44 + i * 20;
    const tag = woff.toString("latin1", at, at + 4);
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const raw = woff.subarray(offset, offset + compLength);
    tables.set(tag, compLength < origLength ? inflateSync(raw) : Buffer.from(raw));
  }
  const cmap = tables.get("cmap");
  if (!cmap) throw new Error("Police sans table cmap.");
  const map = readCmap(cmap);
  tables.set("cmap", withAliases(map));
  const glyf = tables.get("glyf");
  if (glyf) tables.set("glyf", Buffer.concat([glyf, Buffer.alloc(12)]));
  return { data: buildSfnt(flavor, tables), covers: new Set([...map.keys()].filter((cp) => cp > 0x20)) };
}

function buildSfnt(flavor: number, tables: Map<string, Buffer>): Buffer {
  const tags = [...tables.keys()].sort();
  const n = tags.length;
  const pow = 2 ** Math.floor(Math.log2(n));
  const header = Buffer.alloc(12 + 16 * n);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(n, 4);
  header.writeUInt16BE(pow * 16, 6);
  header.writeUInt16BE(Math.log2(pow), 8);
  header.writeUInt16BE(n * 16 - pow * 16, 10);
  const bodies: Buffer[] = [];
  let offset = header.length;
  tags.forEach((tag, i) => {
    const data = tables.get(tag) as Buffer;
    const padded = Buffer.concat([data, Buffer.alloc((4 - (data.length % 4)) % 4)]);
    const at = 12 + 16 * i;
    header.write(tag, at, 4, "latin1");
    header.writeUInt32BE(checksum(padded), at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(data.length, at + 12);
    bodies.push(padded);
    offset += padded.length;
  });
  return Buffer.concat([header, ...bodies]);
}

function checksum(data: Buffer): number {
  let sum = 0;
  for (let i = 0; i < data.length; i += 4) sum = (sum + data.readUInt32BE(i)) >>> 0;
  return sum;
}

/** Adds the aliases to the font's Unicode mapping and writes it as one format 12 subtable. */
function withAliases(map: Map<number, number>): Buffer {
  for (const [cp, sources] of ALIASES) {
    if (map.has(cp)) continue;
    const gid = sources.map((s) => map.get(s)).find((g) => g !== undefined);
    if (gid !== undefined) map.set(cp, gid);
  }
  const codes = [...map.keys()].sort((a, b) => a - b);
  const groups: [number, number, number][] = [];
  for (const cp of codes) {
    const gid = map.get(cp) as number;
    const last = groups[groups.length - 1];
    if (last && cp === last[1] + 1 && gid === last[2] + (cp - last[0])) last[1] = cp;
    else groups.push([cp, cp, gid]);
  }
  const sub = Buffer.alloc(16 + 12 * groups.length);
  sub.writeUInt16BE(12, 0);
  sub.writeUInt32BE(sub.length, 4);
  sub.writeUInt32BE(groups.length, 12);
  groups.forEach(([start, end, gid], i) => {
    sub.writeUInt32BE(start, 16 + 12 * i);
    sub.writeUInt32BE(end, 20 + 12 * i);
    sub.writeUInt32BE(gid, 24 + 12 * i);
  });
  const head = Buffer.alloc(12);
  head.writeUInt16BE(0, 0);
  head.writeUInt16BE(1, 2);
  head.writeUInt16BE(3, 4); // platform: Windows
  head.writeUInt16BE(10, 6); // encoding: Unicode full repertoire
  head.writeUInt32BE(12, 8);
  return Buffer.concat([head, sub]);
}

/** Code point → glyph id from the best Unicode subtable (format 12, else format 4). */
export function readCmap(cmap: Buffer): Map<number, number> {
  const records: { platform: number; encoding: number; offset: number; format: number }[] = [];
  for (let i = 0; i < cmap.readUInt16BE(2); i++) {
    const at = 4 + i * 8;
    const offset = cmap.readUInt32BE(at + 4);
    records.push({ platform: cmap.readUInt16BE(at), encoding: cmap.readUInt16BE(at + 2), offset, format: cmap.readUInt16BE(offset) });
  }
  const unicode = (r: (typeof records)[number]) => r.platform === 0 || (r.platform === 3 && (r.encoding === 1 || r.encoding === 10));
  const map = new Map<number, number>();
  const f12 = records.find((r) => unicode(r) && r.format === 12);
  if (f12) {
    const n = cmap.readUInt32BE(f12.offset + 12);
    for (let i = 0; i < n; i++) {
      const at = f12.offset + 16 + 12 * i;
      const start = cmap.readUInt32BE(at);
      const end = cmap.readUInt32BE(at + 4);
      const gid = cmap.readUInt32BE(at + 8);
      for (let cp = start; cp <= end; cp++) map.set(cp, gid + cp - start);
    }
    return map;
  }
  const f4 = records.find((r) => unicode(r) && r.format === 4);
  if (!f4) throw new Error("Police sans table cmap Unicode.");
  const segCount = cmap.readUInt16BE(f4.offset + 6) / 2;
  const ends = f4.offset + 14;
  const starts = ends + 2 * segCount + 2;
  const deltas = starts + 2 * segCount;
  const rangeOffsets = deltas + 2 * segCount;
  for (let s = 0; s < segCount; s++) {
    const start = cmap.readUInt16BE(starts + 2 * s);
    const end = cmap.readUInt16BE(ends + 2 * s);
    const delta = cmap.readInt16BE(deltas + 2 * s);
    const rangeOffset = cmap.readUInt16BE(rangeOffsets + 2 * s);
    for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
      let gid: number;
      if (rangeOffset === 0) gid = (cp + delta) & 0xffff;
      else {
        const raw = cmap.readUInt16BE(rangeOffsets + 2 * s + rangeOffset + 2 * (cp - start));
        gid = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (gid !== 0) map.set(cp, gid);
    }
  }
  return map;
}
