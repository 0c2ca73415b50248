// Builders for blocks and inline runs. Every text run goes through French typography; every link is
// checked (http, https, mailto only): anything else becomes plain text, never a link.
import { orMissing } from "../text/grammar";
import { typo } from "../text/typography";
import type { TBlock, TInline } from "./types";

export type TPart = string | TInline | null | undefined | false;

const SAFE_HREF = /^(?:https?:\/\/[^\s"'<>`\\]+|mailto:[^\s"'<>`\\@]+@[^\s"'<>`\\@]+)$/i;

/** The href itself when it is an http(s) or mailto URL without spaces, quotes or angle brackets; null otherwise. */
export function safeHref(href: string): string | null {
  // Control characters (tab, newline…) can hide a scheme; reject them outright.
  for (let i = 0; i < href.length; i++) if (href.charCodeAt(i) < 32 || href.charCodeAt(i) === 127) return null;
  return SAFE_HREF.test(href) ? href : null;
}

export function strong(text: string): TInline {
  return { kind: "strong", text };
}

export function link(text: string, href: string): TInline {
  const safe = safeHref(href);
  return safe ? { kind: "link", text, href: safe } : { kind: "text", text };
}

export function mail(address: string | undefined): TInline {
  if (!address?.trim()) return { kind: "text", text: orMissing(address, "adresse e-mail") };
  return link(address, `mailto:${address}`);
}

/** A web address shown without its scheme (« www.cnil.fr/fr/plaintes »). */
export function web(url: string): TInline {
  return link(url.replace(/^https?:\/\//i, "").replace(/\/$/, ""), url);
}

/** Parts → runs: strings become text, adjacent texts are merged, typography is applied. */
export function runs(...parts: TPart[]): TInline[] {
  const out: TInline[] = [];
  for (const part of parts) {
    if (part === null || part === undefined || part === false || part === "") continue;
    const run: TInline = typeof part === "string" ? { kind: "text", text: part } : part;
    const last = out[out.length - 1];
    if (run.kind === "text" && last?.kind === "text") last.text += run.text;
    else out.push({ ...run });
  }
  // Line breaks typed in a free-text answer never become structure (a Markdown heading, a new paragraph).
  return out.map((r) => ({ ...r, text: typo(r.text.replace(/\s*[\r\n\t]+\s*/g, " ")) }));
}

export function p(...parts: TPart[]): TBlock {
  return { kind: "paragraph", content: runs(...parts) };
}

export function note(...parts: TPart[]): TBlock {
  return { kind: "note", content: runs(...parts) };
}

export function heading(text: string): TBlock {
  return { kind: "heading", text: typo(text) };
}

export function list(items: TPart[][]): TBlock {
  return { kind: "list", items: items.map((item) => runs(...item)) };
}

export function table(caption: string, header: string[], rows: TPart[][][]): TBlock {
  return { kind: "table", caption: typo(caption), header: header.map(typo), rows: rows.map((row) => row.map((cell) => runs(...cell))) };
}

/** Plain text of runs (for diffs, search and the lint). */
export function inlineText(content: TInline[]): string {
  return content.map((r) => r.text).join("");
}
