// French typography rules for user-facing text, shared by the UI typography test and any checker.
export type TTypographyIssue = { rule: string; excerpt: string };

const RULES: { rule: string; pattern: RegExp }[] = [
  { rule: "espace insécable avant « : » (U+00A0)", pattern: /[^\s\u00a0\u202f] :(?=\s|$)/ },
  { rule: "espace fine insécable avant « ; », « ! », « ? » (U+202F)", pattern: /[^\s\u00a0\u202f] [;!?](?=\s|$|[»")])/ },
  { rule: "espace insécable après « (U+00A0)", pattern: /« / },
  { rule: "espace insécable avant » (U+00A0)", pattern: / »/ },
  { rule: "guillemets français « » plutôt que \"…\" dans le texte", pattern: /(^|\s)"[A-Za-zÀ-ÿ][^"]*"(\s|[.,]|$)/ },
  { rule: "espace insécable entre un nombre et son unité", pattern: /\d (ans|mois|jours|heures|minutes|secondes|ko|Mo|€)(?![\p{L}])/u },
  { rule: "apostrophe typographique ’ plutôt que '", pattern: /[A-Za-zÀ-ÿ]'[A-Za-zÀ-ÿ]/ },
];

/** Issues in a piece of French text (empty when it is clean). */
export function typographyIssues(text: string): TTypographyIssue[] {
  const issues: TTypographyIssue[] = [];
  for (const { rule, pattern } of RULES) {
    const m = pattern.exec(text);
    if (m) issues.push({ rule, excerpt: text.slice(Math.max(0, m.index - 20), m.index + 20) });
  }
  return issues;
}
