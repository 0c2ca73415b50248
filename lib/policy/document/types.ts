// The document tree: what every renderer (HTML, Markdown, text, JSON, later PDF) reads.
// Sections carry stable anchors (hosted URLs link to them) and the IDs of the rules they satisfy.
import type { TRuleId } from "../compliance/rules";

export const ANCHORS = [
  "essentiel", "responsable", "dpo", "donnees", "donnees-clients", "finalites", "destinataires", "transferts", "conservation", "droits",
  "consentement", "decisions-automatisees", "cookies", "mineurs", "securite", "reclamation", "modifications",
] as const;
export type TAnchor = (typeof ANCHORS)[number];

export type TInline =
  | { kind: "text"; text: string }
  | { kind: "strong"; text: string }
  /** href is always http(s): or mailto: (checked when built, and again by each renderer). */
  | { kind: "link"; text: string; href: string };

export type TBlock =
  | { kind: "paragraph"; content: TInline[] }
  | { kind: "heading"; text: string }
  | { kind: "list"; items: TInline[][] }
  | { kind: "table"; caption: string; header: string[]; rows: TInline[][][] }
  | { kind: "note"; content: TInline[] };

export type TSection = {
  anchor: TAnchor;
  /** Number shown before the title (« 1. »), absent for the summary. */
  number?: number;
  title: string;
  rules: TRuleId[];
  blocks: TBlock[];
};

export type TDocument = {
  kind: "privacy-policy";
  schemaVersion: number;
  lang: "fr";
  title: string;
  /** The service's name, shown under the title. */
  subtitle: string;
  /** « En vigueur à compter du 21 novembre 2026 ». */
  dateline: string;
  effectiveDate: string;
  intro: TBlock[];
  sections: TSection[];
};
