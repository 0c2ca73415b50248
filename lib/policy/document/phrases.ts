// Recurring phrases built from answers: retention periods, legal bases, requirement of data, data lists.
import { DATA_CATEGORY_LABELS, LEGAL_BASIS_LABELS, PURPOSE_LABELS } from "../labels";
import type { TPurpose, TRetention } from "../schema";
import { capitalize, clause, de, duration, enumerate, has, lowerFirst, sentence, until } from "../text/grammar";
import type { TDataCategoryKey, TPurposeKey } from "../vocabulary";

/** « 3 ans à compter du dernier contact. », « Jusqu'à la clôture de votre compte, puis un an à compter de cette date. » */
export function retentionText(r: TRetention, opts: { criteria?: boolean } = {}): string {
  const extra = has(r.criteria) && opts.criteria !== false ? ` ${sentence(r.criteria)}` : "";
  const span = r.amount !== undefined && r.unit !== undefined ? duration(r.amount, r.unit) : null;
  if (r.mode === "duration" && span) return `${capitalize(span)} à compter ${de(has(r.from) ? r.from : "la collecte")}.${extra}`;
  if (r.mode === "relationship" && has(r.until)) {
    return `${capitalize(until(clause(r.until)))}${span ? `, puis ${span} à compter de cette date` : ""}.${extra}`;
  }
  if (has(r.criteria)) return sentence(r.criteria);
  return "Pendant la durée strictement nécessaire à cette finalité.";
}

/** « Intérêt légitime (art. 6.1.f du RGPD) : … » */
export function basisText(p: TPurpose): string {
  const b = LEGAL_BASIS_LABELS[p.basis];
  const head = `${b.label} (${b.cite})`;
  if (p.basis === "legitimate_interest" && has(p.legitimateInterest)) return `${head} : ${lowerFirst(clause(p.legitimateInterest))}.`;
  if (p.basis === "legal_obligation" && has(p.legalObligation)) return `${head} : ${clause(p.legalObligation)}.`;
  return `${head}.`;
}

/** Whether the data must be provided, and what happens otherwise (M12). */
export function requirementText(p: TPurpose): string {
  const consequence = has(p.consequence) ? ` ${sentence(p.consequence)}` : "";
  switch (p.requirement) {
    case "contractual":
      return `Obligatoire.${consequence || " Sans ces données, le service ne peut pas être fourni."}`;
    case "legal":
      return `Obligatoire en vertu de la loi.${consequence}`;
    case "optional":
      return `Facultative.${consequence || " Votre refus est sans incidence sur votre accès au service."}`;
    case "automatic":
      return `Collecte automatique lors de l'utilisation du service.${consequence}`;
    case "reused":
      return `Données issues des autres traitements décrits ci-dessus.${consequence}`;
    case "indirect":
      return `Données obtenues auprès d'un tiers, dont la source est indiquée à la section « Données traitées et sources ».${consequence}`;
  }
}

export function dataShort(keys: readonly TDataCategoryKey[]): string {
  return capitalize(enumerate([...new Set(keys)].map((k) => DATA_CATEGORY_LABELS[k].short)));
}

export function purposeKeysText(keys: readonly TPurposeKey[]): string {
  return enumerate(keys.map((k) => lowerFirst(PURPOSE_LABELS[k])));
}

/** A purpose's label inside a sentence: « création et gestion de votre compte ». */
export function purposeName(p: TPurpose): string {
  return lowerFirst(clause(p.label));
}
