// 8. Vos droits, délai de réponse, directives post mortem — M09, M16, F01. 9. Retrait du consentement — M10.
// 14. Réclamation auprès de la CNIL — M11.
import { SPECIAL_CATEGORY_LABELS } from "../../labels";
import { CNIL_ADDRESS, CNIL_COMPLAINTS_URL, RESPONSE_DELAY } from "../../legal";
import { capitalize, clause, enumerate, has, quotedList } from "../../text/grammar";
import type { TCtx } from "../context";
import { heading, link, list, mail, p, strong, type TPart } from "../inline";
import { purposeName, reopenTool } from "../phrases";
import type { TBlock, TSection } from "../types";
import { controllerAddress } from "./controller";


function channels(ctx: TCtx): TPart[] {
  const { a } = ctx;
  const parts: TPart[][] = a.rights.channels.map((ch): TPart[] => {
    switch (ch) {
      case "email": return ["par e-mail à ", mail(a.contact.privacyEmail)];
      case "postal": return [`par courrier à ${ctx.controller}, ${controllerAddress(ctx)}`];
      case "form": return has(a.rights.formUrl) ? ["au moyen du formulaire en ligne ", link(a.rights.formUrl, a.rights.formUrl)] : ["au moyen du formulaire en ligne prévu à cet effet"];
      case "account": return ["depuis les paramètres de votre compte"];
    }
  });
  const out: TPart[] = [];
  parts.forEach((part, i) => {
    if (i > 0) out.push(i === parts.length - 1 ? " ou " : ", ");
    out.push(...part);
  });
  return out;
}

export function rightsSection(ctx: TCtx): TSection {
  const { a, v } = ctx;
  const li = ctx.purposesByBasis("legitimate_interest");
  const prospection = a.purposes.filter((pp) => pp.key === "newsletter" || pp.key === "b2b_prospecting");
  const blocks: TBlock[] = [
    p("Vous disposez des droits suivants sur vos données :"),
    list([
      [strong("droit d'accès"), " (article 15 du RGPD) : obtenir la confirmation que des données vous concernant sont traitées et en recevoir une copie ;"],
      [strong("droit de rectification"), " (article 16) : faire corriger des données inexactes et compléter des données incomplètes ;"],
      [strong("droit à l'effacement"), " (article 17) : obtenir la suppression de vos données dans les cas prévus par le RGPD ;"],
      [strong("droit à la limitation du traitement"), " (article 18) : obtenir la suspension de l'utilisation de vos données, par exemple le temps de l'examen d'une contestation ;"],
      [strong("droit à la portabilité"), " (article 20) : recevoir les données que vous avez fournies dans un format structuré et couramment utilisé, ou les faire transmettre à un autre responsable, lorsque le traitement repose sur votre consentement ou sur un contrat ;"],
      [strong("droit d'opposition"), " (article 21), présenté ci-dessous ;"],
      [strong("droit de définir des directives"), " relatives au sort de vos données après votre décès, présenté ci-dessous."],
    ]),
    heading("Votre droit d'opposition"),
  ];
  if (li.length > 0) {
    blocks.push(p(
      `Vous pouvez vous opposer à tout moment, pour des raisons tenant à votre situation particulière, aux traitements fondés sur l'intérêt légitime : ${quotedList(li.map(purposeName))}. ${v.We("cessons", "cesse")} alors le traitement, sauf motifs légitimes et impérieux prévalant sur vos intérêts, droits et libertés, ou pour la constatation, l'exercice ou la défense de droits en justice.`,
    ));
    const optOuts = li.filter((pp) => has(pp.optOut) && pp.key !== "newsletter" && pp.key !== "b2b_prospecting");
    if (optOuts.length > 0) {
      blocks.push(p("Pour vous y opposer, en plus des moyens indiqués ci-dessous :"),
        list(optOuts.map((pp, i): TPart[] => [strong(`${capitalize(purposeName(pp))} :`), ` ${clause(pp.optOut ?? "")}${i === optOuts.length - 1 ? "." : " ;"}`])));
    }
  } else {
    blocks.push(p("Le droit d'opposition prévu à l'article 21 du RGPD s'applique aux traitements fondés sur l'intérêt légitime ; aucun des traitements décrits dans la présente politique ne repose sur cette base."));
  }
  if (prospection.length > 0) {
    blocks.push(p("Vous pouvez en outre vous opposer à tout moment, sans avoir à vous justifier, à l'utilisation de vos données à des fins de prospection commerciale, y compris au profilage lié à cette prospection : il y est alors mis fin sans délai."));
  }
  blocks.push(
    heading("Exercer vos droits"),
    p("Pour exercer ces droits, adressez votre demande ", ...channels(ctx), "."),
    p(`La demande est gratuite. En cas de doute raisonnable sur votre identité, des informations complémentaires nécessaires pour la confirmer vous sont demandées (article 12, paragraphe 6, du RGPD). ${v.We("répondons", "réponds")} dans un délai d'${RESPONSE_DELAY} ; toute prolongation vous est notifiée, avec ses motifs, dans le premier mois.`),
    heading("Directives post mortem"),
    p(`Vous pouvez définir des directives relatives à la conservation, à l'effacement et à la communication de vos données après votre décès (article 85 de la loi n° 78-17 du 6 janvier 1978). Ces directives sont générales, lorsqu'elles sont enregistrées auprès d'un tiers de confiance numérique certifié, ou particulières, lorsqu'elles sont adressées à `, mail(a.contact.privacyEmail),
      ". Vous pouvez y désigner une personne chargée de leur exécution, et les modifier ou les révoquer à tout moment. En l'absence de directives, vos héritiers peuvent exercer vos droits dans la mesure nécessaire au règlement de la succession et obtenir la clôture de vos comptes ; les données sont alors supprimées, sous réserve des obligations légales de conservation."),
  );
  return { anchor: "droits", title: "Vos droits", rules: ["M09", "M16", "F01"], blocks };
}

/** How consent is withdrawn: the answers' text, else each purpose's opt-out, the cookie manager, the e-mail. */
export function consentSection(ctx: TCtx): TSection | null {
  if (!ctx.usesConsent) return null;
  const { a } = ctx;
  const consent = ctx.purposesByBasis("consent");
  const explicit = a.data.specialCategories.filter((s) => s.exception === "explicit_consent").map((s) => SPECIAL_CATEGORY_LABELS[s.key]);
  const special = explicit.length ? [`données sensibles : ${enumerate(explicit)}`] : [];
  const scope = [...consent.map(purposeName), ...special, ...(ctx.consentTrackers.length > 0 ? ["cookies et traceurs soumis au consentement"] : [])];
  const intro = `Lorsqu'un traitement repose sur votre consentement (${quotedList(scope)}), vous pouvez le retirer à tout moment, aussi simplement que vous l'avez donné`;
  const blocks: TBlock[] = [];
  // Every consent-based purpose keeps its own way out, whatever general text the founder wrote.
  const ways: TPart[][] = consent.filter((pp) => has(pp.optOut)).map((pp) => [strong(`${capitalize(purposeName(pp))} :`), ` ${clause(pp.optOut ?? "")} ;`]);
  if (ctx.consentTrackers.length > 0) ways.push([strong("Cookies et traceurs :"), ` ${reopenTool(a.cookies)} ;`]);
  if (has(a.rights.consentWithdrawal)) {
    blocks.push(p(`${intro} : ${clause(a.rights.consentWithdrawal)}.`));
    ways.push([strong(ways.length ? "Dans tous les cas :" : "Vous pouvez aussi écrire"), ways.length ? " un message à " : " à ", mail(a.contact.privacyEmail), "."]);
    blocks.push(...(ways.length > 1 ? [p("En particulier :"), list(ways)] : [p(...ways[0]!)]));
  } else {
    ways.push([strong(ways.length ? "Dans tous les cas :" : "Par e-mail :"), " un message à ", mail(a.contact.privacyEmail), "."]);
    blocks.push(p(`${intro} :`), list(ways));
  }
  blocks.push(p("Le retrait ne remet pas en cause la licéité du traitement effectué avant celui-ci (article 7, paragraphe 3, du RGPD). Il met fin au seul traitement concerné, sans incidence sur votre accès au service."));
  return { anchor: "consentement", title: "Retrait du consentement", rules: ["M10"], blocks };
}

export function complaintSection(): TSection {
  return {
    anchor: "reclamation",
    title: "Réclamation auprès de la CNIL",
    rules: ["M11"],
    blocks: [p(
      `Vous pouvez introduire une réclamation auprès de la Commission nationale de l'informatique et des libertés (CNIL), ${CNIL_ADDRESS}, ou en ligne sur `,
      link("www.cnil.fr/fr/plaintes", CNIL_COMPLAINTS_URL),
      ". Vous pouvez également saisir l'autorité de contrôle de l'État membre de l'Union européenne où se trouve votre résidence habituelle ou votre lieu de travail.",
    )],
  };
}
