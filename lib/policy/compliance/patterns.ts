// Text patterns for the E-errors of RULES §7, shared by the lint over rendered text and by the checker's
// scan of free-text answers. Patterns run on "plain" text (no-break spaces → spaces, ’ → ').
import type { TRuleId } from "./rules";

type TTextRule = {
  ruleId: TRuleId;
  /** "sentence": tested on each sentence; "chunk": on each paragraph / table row (blank-line separated). */
  scope: "sentence" | "chunk";
  test: (s: string) => boolean;
  message: string;
};

const NEGATED = /\b(ne|n')\s?[^.;]{0,40}\b(pas|jamais|plus|aucun|aucune)\b/i;
const ACCOUNT_EXIT = /(supprim\w*|ferm\w*|clôtur\w*|désactiv\w*)\s+(de\s+)?(votre|son|le|leur)\s+compte|désinstall\w*|cess\w*\s+d'utiliser|ne plus utiliser|quitt\w*\s+(le service|l'application|le site)|delete your account|stop using/i;
const LAW_CITED = /\b(code|loi n|article L|art\. ?L|L\.? ?\d{3}|décret|ordonnance|directive)\b/i;
const BASES = "(consentement|contrat|intérêt légitime|obligation légale|intérêts vitaux|mission d'intérêt public)";

export const TEXT_RULES: TTextRule[] = [
  {
    ruleId: "E01", scope: "sentence",
    test: (s) => /(en|par)\s+(utilisant|l'utilisation|naviguant|accédant)|du (seul )?fait de (l'|votre )utilisation|by using/i.test(s)
      && /transf[eé]r|transfer/i.test(s) && /consent|accept|agree/i.test(s),
    message: "Un transfert hors de l'Union ne peut pas reposer sur un consentement déduit de l'utilisation du service.",
  },
  {
    ruleId: "E02", scope: "sentence",
    test: (s) => /(continued|continuing) (use|to use)|continuez à utiliser/i.test(s)
      || (/(poursuite|continuer|continuant|poursuivant|continuation)\b[^.]{0,60}(utilisation|navigation|utiliser|naviguer)/i.test(s)
        && /(vaut|emporte|implique|signifie|constitue|entraîne|équivaut)[^.]{0,40}(acceptation|accord|consentement)|\bacceptez\b/i.test(s)
        && !NEGATED.test(s)),
    message: "La poursuite de l'utilisation ne vaut pas acceptation d'une politique modifiée : une politique informe, elle n'est pas un contrat.",
  },
  {
    ruleId: "E03", scope: "sentence",
    test: (s) => /\bCCPA\b|\bCPRA\b|California Consumer|Californie|California residents?|(selon|en fonction de) (votre|le|leur) (lieu|pays|État) de résidence|si vous (résidez|êtes résident)/i.test(s),
    message: "Pas de section CCPA ni de droits qui dépendraient du lieu de résidence dans une politique destinée au public français.",
  },
  {
    ruleId: "E04", scope: "sentence",
    test: (s) => /\b(13|treize)\s?ans\b/i.test(s),
    message: "En France, la majorité numérique est de 15 ans (article 45 de la loi Informatique et Libertés), jamais 13 ans.",
  },
  {
    ruleId: "E05", scope: "sentence",
    test: (s) => (/google analytics|\bGA4\b/i.test(s) && /anonym/i.test(s) && !NEGATED.test(s))
      || (/(paramètres|réglages|paramétrage|configur\w+)\s+(de |du )?(votre |son )?navigateur/i.test(s)
        && /google analytics|publicit/i.test(s) && /(seul|uniquement|refuser|désactiver|opposer|bloquer)/i.test(s)
        && !/(bandeau|outil de gestion|gestionnaire|gérer mes cookies)/i.test(s)),
    message: "Google Analytics n'est pas anonyme, et le navigateur ne peut pas être le seul moyen de refuser les traceurs.",
  },
  {
    ruleId: "E06", scope: "chunk",
    test: (s) => /fraude|fraud/i.test(s) && /obligation l[ée]gale|legal obligation|6\.1\.c/i.test(s) && !LAW_CITED.test(s),
    message: "La lutte contre la fraude ne relève d'une obligation légale que si un texte précis l'impose : citez-le, ou retenez l'intérêt légitime.",
  },
  {
    ruleId: "E07", scope: "sentence",
    test: (s) => /(ne pouvez pas|ne pourrez pas|impossible de|n'avez pas le droit de)\s+(vous\s+)?(y\s+)?opposer|pas de droit d'opposition|droit d'opposition ne s'applique pas aux? (traitements? fondés? sur l')?intérêt|cannot object|no right to object/i.test(s),
    message: "Le droit d'opposition aux traitements fondés sur l'intérêt légitime ne peut pas être refusé (article 21 du RGPD).",
  },
  {
    ruleId: "E08", scope: "sentence",
    test: (s) => /\b(30|trente)\s?jours\b/i.test(s) && /(répon|demande|délai|droits?\b)/i.test(s),
    message: "Le délai de réponse est d'un mois, prolongeable de deux mois compte tenu de la complexité ou du nombre de demandes, et non « 30 jours ».",
  },
  {
    ruleId: "E09", scope: "sentence",
    // « <id> », « <project-ref> » are placeholders; an HTML element name (« <script> ») is markup that every
    // renderer escapes, so it prints as the text the user typed and is not flagged here.
    test: (s) => /\[[^\]\n]{0,60}\]|\{\{|\}\}|<(?!(?:a|b|i|u|p|br|hr|div|span|img|svg|script|style|iframe|object|embed|link|meta|form|input|button|video|audio|math|template|table|html|body|head)>)[a-z_][\w-]*>|\b(TODO|TBD|FIXME)\b|X{3,}|lorem ipsum|à compléter|\bundefined\b|\bnull\b|\bNaN\b|\[object Object\]|\s:\s*[.;,]|\(\s*\)|,\s*,/i.test(s),
    message: "Texte à compléter, champ vide ou date entre crochets : la politique doit être entièrement rédigée.",
  },
  {
    ruleId: "E10", scope: "sentence",
    test: (s) => /ISO\s?(\/IEC\s?)?27001|\bSOC\s?(2|II)\b|SecNumCloud/i.test(s) && /transf[eé]r|transfer/i.test(s),
    message: "Une certification de sécurité (ISO 27001, SOC 2) n'est pas une garantie de transfert au sens de l'article 46 du RGPD.",
  },
  {
    ruleId: "E11", scope: "sentence",
    test: (s) => /(n'est|ne sont|ne seront|ne sera|ne peut être|ne peuvent être)\s+(jamais|pas|aucunement|en aucun cas)\s+(stocké|conservé|enregistré|utilisé|réutilisé|lu|consulté|accessible|partagé|vendu)e?s?\s+(par|chez)\s/i.test(s)
      || /\b(never|not) (be )?(stored|retained|used|read|shared) by\b/i.test(s),
    message: "Pas d'affirmation absolue que vous ne pouvez pas vérifier sur un prestataire : décrivez ses engagements contractuels.",
  },
  {
    ruleId: "E12", scope: "sentence",
    test: (s) => /consent/i.test(s) && /retir|retrait|withdraw/i.test(s) && ACCOUNT_EXIT.test(s),
    message: "Retirer son consentement ne doit pas exiger de supprimer son compte ni de quitter le service.",
  },
  {
    ruleId: "E13", scope: "chunk",
    test: (s) => new RegExp(`bases? légales?[^.:]{0,30}:[^.]{0,80}\\b${BASES}\\b[^.]{0,80}(,| et )[^.]{0,40}\\b${BASES}\\b`, "i").test(s),
    message: "Les bases légales doivent être rattachées à chaque finalité, pas énumérées en liste.",
  },
];

/** Split into sentences (not after « art. », « n° »…, only before a capital) and into blank-line chunks. */
export function sentences(text: string): string[] {
  return text.split(/\n{2,}|\n(?=[-•] )|(?<!\b(?:art|n°|cf|etc|al|p|c|M|Mme))[.!?]\s+(?=[A-ZÀ-Ý«])/).map((s) => s.trim()).filter(Boolean);
}

export function chunks(text: string): string[] {
  return text.split(/\n{2,}/).map((s) => s.trim()).filter(Boolean);
}

export type TTextHit = { ruleId: TRuleId; message: string; excerpt: string };

/** E-errors in a piece of plain text (one hit per rule). */
export function scanText(text: string): TTextHit[] {
  const t = text.replace(/[\u00a0\u202f]/g, " ").replace(/’/g, "'");
  const units = { sentence: sentences(t), chunk: chunks(t) };
  const hits: TTextHit[] = [];
  for (const rule of TEXT_RULES) {
    const unit = units[rule.scope].find(rule.test);
    if (unit) hits.push({ ruleId: rule.ruleId, message: rule.message, excerpt: unit.length > 160 ? `${unit.slice(0, 157)}…` : unit });
  }
  return hits;
}
