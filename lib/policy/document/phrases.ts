// Recurring phrases built from answers: retention periods, legal bases, requirement of data, data lists.
import { DATA_CATEGORY_LABELS, LEGAL_BASIS_LABELS, PURPOSE_LABELS } from "../labels";
import type { TAnswers, TPurpose, TRetention } from "../schema";

type TCookies = TAnswers["cookies"];
import { capitalize, clause, de, duration, enumerate, has, lowerFirst, sentence, until } from "../text/grammar";
import type { TDataCategoryKey, TPurposeKey } from "../vocabulary";

/** « 3 ans à compter du dernier contact. », « Jusqu'à la clôture de votre compte, puis un an à compter de cette date. » */
export function retentionText(r: TRetention, opts: { criteria?: boolean } = {}): string {
  const extra = `${inactivityText(r)}${has(r.criteria) && opts.criteria !== false ? ` ${sentence(r.criteria)}` : ""}`;
  const range = r.mode === "duration" && r.amountMax !== undefined && r.amount !== undefined && r.amountMax > r.amount;
  const span = r.amount !== undefined && r.unit !== undefined
    ? (range ? `de ${r.amount} à ${duration(r.amountMax ?? r.amount, r.unit)}` : duration(r.amount, r.unit))
    : null;
  if (r.mode === "duration" && span) return `${capitalize(span)} à compter ${de(has(r.from) ? r.from : "la collecte")}.${extra}`;
  if (r.mode === "relationship" && has(r.until)) {
    return `${capitalize(until(clause(r.until)))}${span ? `, puis ${span} à compter de cette date` : ""}.${extra}`;
  }
  if (has(r.criteria)) return `${sentence(r.criteria)}${inactivityText(r)}`;
  return `Pendant la durée strictement nécessaire à cette finalité.${inactivityText(r)}`;
}

/** « Elles sont supprimées après deux ans d'inactivité, après un message qui vous en avertit. » (CNIL, RULES §2.1) */
function inactivityText(r: TRetention): string {
  if (!r.inactive || r.inactiveAmount === undefined || r.inactiveUnit === undefined) return "";
  const warned = r.inactiveNotice === false ? "" : ", après un message qui vous en avertit";
  return ` Les données sont supprimées plus tôt après ${duration(r.inactiveAmount, r.inactiveUnit)} d'inactivité${warned}.`;
}

/** Where the consent tool is reopened, as the engine words it (« le lien « Gérer mes cookies » présent en bas de chaque page »); "" when not said. */
export function choicesPlace(c: TCookies): string {
  const label = has(c.choicesLink) ? c.choicesLink.trim() : "Gérer mes cookies";
  switch (c.choicesAccess) {
    case "footer_link": return `le lien « ${label} » présent en bas de chaque page`;
    case "menu_link": return `le lien « ${label} » du menu`;
    case "floating_icon": return "l'icône de gestion des cookies affichée en permanence sur chaque page";
    case "account_settings": return "les paramètres de votre compte";
    default: return has(c.manageChoices) ? clause(c.manageChoices) : "";
  }
}

/** « en rouvrant l'outil de gestion du consentement (Axeptio) au moyen du lien … »: the way back to the consent tool. */
export function reopenTool(c: TCookies): string {
  const tool = has(c.consentTool) ? ` (${clause(c.consentTool)})` : "";
  const place = choicesPlace(c);
  // A place the founder described in their own words (« Autre ») may be an instruction (« dans l'application,
  // ouvrez… »): it follows a colon rather than « au moyen de ».
  const joined = !place ? "" : c.choicesAccess === "other" || c.choicesAccess === undefined ? ` : ${lowerFirst(place)}` : ` au moyen ${de(place)}`;
  return `en rouvrant l'outil de gestion du consentement${tool}${joined}`;
}

/** « Intérêt légitime (art. 6.1.f du RGPD) : … » */
export function basisText(p: TPurpose): string {
  const b = LEGAL_BASIS_LABELS[p.basis];
  const head = `${b.label} (${b.cite})`;
  if (p.basis === "legitimate_interest" && has(p.legitimateInterest)) return `${head} : ${lowerFirst(clause(p.legitimateInterest))}.`;
  if (p.basis === "legal_obligation" && has(p.legalObligation)) return `${head} : ${clause(p.legalObligation)}.`;
  return `${head}.`;
}

/** What the founder cannot take away: the right to object to a legitimate interest (art. 21), to withdraw consent (art. 7.3). */
const BASIS_RIGHT: Partial<Record<TPurpose["basis"], string>> = {
  legitimate_interest: " Vous pouvez vous opposer à ce traitement (section « Vos droits »).",
  consent: " Vous pouvez retirer votre consentement à tout moment (section « Retrait du consentement »).",
};

/** Whether the data must be provided, and what happens otherwise (M12). */
export function requirementText(p: TPurpose): string {
  const consequence = has(p.consequence) ? ` ${sentence(p.consequence)}` : "";
  return `${requirementHead(p.requirement, consequence)}${BASIS_RIGHT[p.basis] ?? ""}`;
}

function requirementHead(requirement: TPurpose["requirement"], consequence: string): string {
  switch (requirement) {
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
