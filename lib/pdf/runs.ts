// Inline runs → styled spans. Links are re-checked with the engine's rule (http, https, mailto only);
// anything else is printed as plain text, never turned into a link.
import { safeHref } from "@/lib/policy/document/inline";
import type { TInline } from "@/lib/policy/document/types";
import type { TSpan, TStyle } from "./layout";

export type TRunStyles = { text: TStyle; strong: TStyle; link: TStyle };

/**
 * The URI written in the PDF, or null: `safeHref` first, then normalised by the URL parser (punycode host,
 * percent-encoded path) so that the PDF string stays 7-bit ASCII, then checked again.
 */
export function pdfHref(href: string): string | null {
  const safe = safeHref(href);
  if (!safe) return null;
  let normalised: string;
  try {
    normalised = new URL(safe).href;
  } catch {
    return null;
  }
  if (!/^[\x20-\x7e]+$/.test(normalised)) return null;
  return safeHref(normalised);
}

/** « www.cnil.fr/plaintes » for https://www.cnil.fr/plaintes/ — the form a printed page can show. */
function bare(href: string): string {
  return href.replace(/^https?:\/\//i, "").replace(/\/$/, "");
}

export function spansOf(runs: TInline[], styles: TRunStyles, nextLinkId: () => number): TSpan[] {
  const spans: TSpan[] = [];
  for (const r of runs) {
    if (r.kind === "text") spans.push({ text: r.text, style: styles.text });
    else if (r.kind === "strong") spans.push({ text: r.text, style: styles.strong });
    else {
      const href = pdfHref(r.href);
      if (!href) {
        spans.push({ text: r.text, style: styles.text });
        continue;
      }
      const style: TStyle = { ...styles.link, href, linkId: nextLinkId() };
      spans.push({ text: r.text, style });
      // On paper the target must stay readable: like the text renderer, show it when the text differs.
      const shown = bare(r.href);
      if (!href.startsWith("mailto:") && r.text !== r.href && r.text !== shown) spans.push({ text: ` (${shown})`, style });
    }
  }
  return spans;
}
