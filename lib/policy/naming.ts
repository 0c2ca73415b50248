// A policy's default title and public address, derived from the founder's answers: the service's name,
// else the trade name, else the legal name. « Politique de confidentialité — Atelier Lumen » at
// /p/atelier-lumen. Pure; uniqueness of the address is the server's business (lib/server/save-draft.ts).
import type { TAnswers } from "./schema";
import { typo } from "./text/typography";

const TITLE_PREFIX = "Politique de confidentialité — ";
const MAX_TITLE = 120;
const MAX_SLUG = 60;

type TNamed = { service?: { name?: string }; controller?: { tradeName?: string; legalName?: string } };

/** The name readers know the business by, or null while none is given. */
export function policyName(answers: TAnswers | TNamed): string | null {
  const a = answers as TNamed;
  for (const candidate of [a.service?.name, a.controller?.tradeName, a.controller?.legalName]) {
    const name = candidate?.replace(/\s+/g, " ").trim();
    if (name) return name;
  }
  return null;
}

/** « Politique de confidentialité — <nom> » (120 characters at most), or null without a name. */
export function derivedTitle(answers: TAnswers | TNamed): string | null {
  const name = policyName(answers);
  if (!name) return null;
  return typo(`${TITLE_PREFIX}${name}`).slice(0, MAX_TITLE).trim();
}

/** Lower-case ASCII letters, digits and single hyphens: « Café & Co. » → « cafe-co ». Empty when nothing is left. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/œ/gi, "oe")
    .replace(/æ/gi, "ae")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_SLUG)
    .replace(/-+$/, "");
}

/** The address wished for (before any « -2 » suffix), at least 3 characters, or null without a usable name. */
export function derivedSlug(answers: TAnswers | TNamed): string | null {
  const name = policyName(answers);
  const base = name ? slugify(name) : "";
  if (!base) return null;
  return base.length < 3 ? `politique-${base}` : base;
}

/** The wished address, then « -2 », « -3 »…: the server takes the first one free. */
export function slugCandidates(base: string, count = 50): string[] {
  return [base, ...Array.from({ length: count - 1 }, (_, i) => `${base}-${i + 2}`)];
}
