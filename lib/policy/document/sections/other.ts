// 10. Décisions automatisées et profilage — M13. 12. Mineurs — F02. 13. Sécurité (optional).
// 15. Modifications de la politique et date (RULES §8; never « continued use means acceptance », E02).
import { CHANGE_CHANNEL_LABELS, SECURITY_MEASURE_LABELS } from "../../labels";
import { formatDateFr, isIsoDate } from "../../text/dates";
import { capitalize, clause, duration, enumerate, has, lowerFirst, sentence, serviceAtStart } from "../../text/grammar";
import { usesConsent } from "../../compliance/applicable";
import type { TCtx } from "../context";
import { list, p, strong, web, type TPart } from "../inline";
import type { TBlock, TSection } from "../types";

export function automatedSection(ctx: TCtx): TSection {
  const { a, v } = ctx;
  const blocks: TBlock[] = [];
  const decisions = a.automated.decisions;
  if (decisions.length === 0) {
    blocks.push(p(`${v.We("ne prenons", "ne prends")} aucune décision fondée exclusivement sur un traitement automatisé, y compris le profilage, produisant des effets juridiques vous concernant ou vous affectant de manière significative (article 22 du RGPD).`));
  } else {
    blocks.push(p(`${v.We("prenons", "prends")} les décisions suivantes sur le seul fondement d'un traitement automatisé (article 22 du RGPD) :`));
    blocks.push(list(decisions.map((d): TPart[] => [
      strong(clause(d.name)), ".",
      has(d.logic) ? ` Logique sous-jacente : ${lowerFirst(clause(d.logic))}.` : "",
      has(d.consequences) ? ` Importance et conséquences pour vous : ${lowerFirst(clause(d.consequences))}.` : "",
      has(d.humanReview) ? ` Pour obtenir une intervention humaine : ${lowerFirst(clause(d.humanReview))}.` : "",
    ])));
    blocks.push(p(`Vous avez le droit d'obtenir une intervention humaine de ${v.our("part", "f")}, d'exprimer votre point de vue et de contester la décision (article 22, paragraphe 3, du RGPD).`));
  }
  blocks.push(p(has(a.automated.profiling)
    ? `${sentence(a.automated.profiling)} Vous pouvez vous opposer à ce profilage dans les conditions décrites à la section « Vos droits ».`
    : `${v.We("ne réalisons", "ne réalise")} pas de profilage.`));
  return { anchor: "decisions-automatisees", title: "Décisions automatisées et profilage", rules: ["M13"], blocks };
}

export function minorsSection(ctx: TCtx): TSection {
  const { a, v } = ctx;
  const age = a.service.minimumAge;
  const rule = "Conformément à l'article 8 du RGPD et à l'article 45 de la loi Informatique et Libertés, un mineur peut consentir seul au traitement de ses données à partir de 15 ans ; en dessous de cet âge, le consentement est donné conjointement par le mineur et par le ou les titulaires de l'autorité parentale.";
  const blocks: TBlock[] = [];
  // An association's age limit is that of its members and activities, not of its site.
  const who = ctx.association ? capitalize(ctx.controller) : serviceAtStart(ctx.service);
  if (age >= 15) {
    blocks.push(p(`${who} s'adresse aux personnes âgées d'au moins ${age} ans. ${rule}`));
  } else {
    // One sentence, so that the age is read with the French rule that governs it (never the American 13, E04).
    const open = ctx.association
      ? (age > 0 ? `accueille les mineurs à partir de ${age} ans` : "accueille les mineurs sans condition d'âge")
      : (age > 0 ? `est accessible à partir de ${age} ans` : "s'adresse à tous et ne vise pas particulièrement les enfants");
    // A general audience is no age to misread: its own sentence, then the rule.
    blocks.push(p(age === 0 && !ctx.association ? `${who} ${open}. ${rule}` : `${who} ${open} : ${lowerFirst(rule)}`));
    if (has(a.service.parentalConsent)) blocks.push(p(strong("Recueil du consentement parental :"), ` ${clause(a.service.parentalConsent)}.`));
    else if (age === 0 && usesConsent(a)) {
      blocks.push(p(`Si vous êtes titulaire de l'autorité parentale et pensez qu'un enfant de moins de 15 ans ${v.us("a")} transmis des données sur la base de son seul consentement, vous pouvez ${v.us("écrire")} à l'adresse indiquée dans la section « Vos droits » : ${v.we("les supprimerons", "les supprimerai")}.`));
    }
  }
  return { anchor: "mineurs", title: "Mineurs", rules: ["F02"], blocks };
}

export function securitySection(ctx: TCtx): TSection | null {
  const { a, v } = ctx;
  if (a.security.measures.length === 0 && !has(a.security.details)) return null;
  const blocks: TBlock[] = [];
  if (a.security.measures.length > 0) {
    blocks.push(p(`${v.We("mettons", "mets")} en œuvre des mesures techniques et organisationnelles adaptées aux risques (article 32 du RGPD), notamment :`));
    blocks.push(list(a.security.measures.map((m, i, all): TPart[] => [`${SECURITY_MEASURE_LABELS[m]}${i === all.length - 1 ? "." : " ;"}`])));
  }
  if (has(a.security.details)) blocks.push(p(sentence(a.security.details)));
  blocks.push(p("En cas de violation de données susceptible d'engendrer un risque élevé pour vos droits et libertés, vous en recevez notification dans les meilleurs délais (article 34 du RGPD)."));
  return { anchor: "securite", title: "Sécurité", rules: [], blocks };
}

export function changesSection(ctx: TCtx): TSection {
  const { a, v } = ctx;
  const ch = a.changes;
  const how = enumerate(ch.channels.map((c) => CHANGE_CHANNEL_LABELS[c].toLowerCase()), "et");
  const notice = duration(ch.noticeAmount, ch.noticeUnit);
  const date = isIsoDate(ctx.effectiveDate) ? formatDateFr(ctx.effectiveDate) : null;
  const blocks: TBlock[] = [
    p(`${v.We("mettons", "mets")} à jour la présente politique lorsque ${v.ours("traitements")} évoluent. Toute modification importante (nouvelle finalité, nouveau destinataire, nouveau transfert hors de l'Union européenne, nouvelle catégorie de données, changement dans les modalités d'exercice de vos droits) vous est annoncée ${how}, au moins ${notice} avant son entrée en vigueur. Lorsqu'un traitement nouveau ou modifié repose sur le consentement, celui-ci vous est de nouveau demandé.`),
  ];
  if (date) blocks.push(p(`La présente version est en vigueur à compter du ${date}.`));
  if (has(ch.archiveUrl)) blocks.push(p("Les versions précédentes restent consultables à l'adresse ", web(ch.archiveUrl), "."));
  return { anchor: "modifications", title: "Modifications de la politique", rules: [], blocks };
}
