// Helpers of `npm run bench` (scripts/bench.mjs): reading wrk's and the sub-benchmarks' output,
// French number formatting, and the Markdown table written into the README's « Performances » section.
import { readFileSync, writeFileSync } from "node:fs";

const UNIT_MS = { us: 0.001, ms: 1, s: 1000, m: 60_000 };

function duration(text) {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(text);
  return m ? Number(m[1]) * UNIT_MS[m[2]] : NaN;
}

/**
 * The figures of `wrk --latency`: requests/s, p50 and p99 (ms), requests, non-2xx/3xx, socket errors.
 * @param {string} out
 */
export function parseWrk(out) {
  const num = (re) => Number(re.exec(out)?.[1] ?? NaN);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  return {
    rps: num(/Requests\/sec:\s+([\d.]+)/),
    p50: duration(/^\s+50%\s+(\S+)/m.exec(out)?.[1] ?? ""),
    p99: duration(/^\s+99%\s+(\S+)/m.exec(out)?.[1] ?? ""),
    requests: num(/(\d+) requests in/),
    non2xx: num(/Non-2xx or 3xx responses: (\d+)/) || 0,
    socketErrors: socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0,
  };
}

/** The median / p95 / other figures printed by the sub-benchmarks, or null when a line is missing. */
export const parse = {
  engine(out) {
    const render = /fixture \(([^)]+)\), (\d+) passages : médiane ([\d.]+) ms, p95 ([\d.]+) ms/.exec(out);
    const bundle = /\(lib\/policy, minifié\) : ([\d.]+) kB, ([\d.]+) kB gzip/.exec(out);
    return render && bundle ? { name: render[1], runs: Number(render[2]), median: Number(render[3]), p95: Number(render[4]), gzipKb: Number(bundle[2]) } : null;
  },
  pdf(out) {
    const name = /renderPdf « ([^»]+) » \((\d+) runs/.exec(out);
    const first = /first call \(fonts loaded\): ([\d.]+) ms/.exec(out);
    const med = /median ([\d.]+) ms, p95 ([\d.]+) ms/.exec(out);
    const size = /size ([\d.]+) kB/.exec(out);
    return name && first && med && size
      ? { name: name[1].trim(), runs: Number(name[2]), first: Number(first[1]), median: Number(med[1]), p95: Number(med[2]), kb: Number(size[1]) }
      : null;
  },
  preview(out) {
    const m = /\(modèle e-commerce, (\d+) frappes\) : médiane ([\d.]+) ms, p95 ([\d.]+) ms/.exec(out);
    return m ? { keys: Number(m[1]), median: Number(m[2]), p95: Number(m[3]) } : null;
  },
};

const nf = (digits) => new Intl.NumberFormat("fr-FR", { maximumFractionDigits: digits, minimumFractionDigits: digits });
/** 1 234 ; 12,3 — French grouping (U+202F) and decimal comma. */
export const fr = (n, digits = 0) => (Number.isFinite(n) ? nf(digits).format(n) : "?");
export const ms = (n) => `${fr(n, n < 10 ? 1 : 0)} ms`;
export const pct = (ratio) => `${fr(ratio * 100, 0)} %`;

export function frenchDate(date = new Date()) {
  return new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Paris" }).format(date);
}

/**
 * Replaces the table of the README's « ## Performances » section (keeping its heading and intro line)
 * with `table` followed by `note`; every other section is left as it is.
 * @param {string} file @param {string} table @param {string} note
 */
export function writeReadmeTable(file, table, note) {
  const text = readFileSync(file, "utf8");
  const lines = text.split("\n");
  const start = lines.findIndex((l) => l.trim() === "## Performances");
  if (start < 0) throw new Error("README : section « ## Performances » introuvable.");
  let end = lines.findIndex((l, i) => i > start && /^#{1,2} /.test(l));
  if (end < 0) end = lines.length;
  const intro = lines.slice(start + 1, end).find((l) => l.trim() && !l.startsWith("|"));
  const section = ["## Performances", "", ...(intro ? [intro, ""] : []), table, "", note, ""];
  writeFileSync(file, [...lines.slice(0, start), ...section, ...lines.slice(end)].join("\n"));
}
