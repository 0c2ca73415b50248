// 11. Cookies et traceurs — F03 (LIL art. 82; CNIL délibérations 2020-091 et 2020-092), table of trackers.
import { at, clause, de, duration, has, sentence, serviceAtStart } from "../../text/grammar";
import { reopenTool } from "../phrases";
import { trackerNeedsConsent, type TTrackerCategory } from "../../vocabulary";
import type { TCtx } from "../context";
import { p, table, web } from "../inline";
import type { TBlock, TSection } from "../types";

const CONSENT_CELL: Record<TTrackerCategory, string> = {
  strictly_necessary: "Non requis (strictement nécessaire)",
  audience_exempt: "Non requis (mesure d'audience exemptée)",
  analytics: "Requis (mesure d'audience)",
  advertising: "Requis (publicité)",
  social: "Requis (réseaux sociaux)",
  personalisation: "Requis (personnalisation)",
  embedded_content: "Requis (contenus intégrés)",
};

export function cookiesSection(ctx: TCtx): TSection {
  const { a } = ctx;
  const trackers = a.cookies.trackers;
  const blocks: TBlock[] = [];
  if (trackers.length === 0) {
    blocks.push(p(`${serviceAtStart(ctx.service)} ne dépose ni ne lit aucun cookie ou autre traceur sur votre terminal.`));
    return { anchor: "cookies", title: "Cookies et traceurs", rules: ["F03"], blocks };
  }
  const exempt = trackers.filter((t) => !trackerNeedsConsent(t.category));
  const audience = trackers.some((t) => t.category === "audience_exempt");
  blocks.push(p(`Des cookies et autres traceurs sont déposés ou lus sur votre terminal lors de l'utilisation ${de(ctx.service)} (article 82 de la loi Informatique et Libertés). Ils sont tous listés dans le tableau ci-dessous.`));
  if (exempt.length > 0) {
    const strict = exempt.some((t) => t.category === "strictly_necessary");
    const which = strict ? `Les traceurs strictement nécessaires au fonctionnement du service${audience ? " et ceux de mesure d'audience exemptée" : ""}` : "Les traceurs de mesure d'audience exemptée";
    blocks.push(p(`${which} ne requièrent pas votre consentement.${audience
      ? ` La mesure d'audience exemptée se limite à la production de statistiques anonymes propres ${at(ctx.service)}, sans recoupement avec d'autres traitements ni suivi sur d'autres sites ; ses traceurs ont une durée de vie de 13 mois au plus et les données collectées sont conservées 25 mois au plus.`
      : ""}`));
  }
  if (ctx.consentTrackers.length > 0) {
    const tool = has(a.cookies.consentTool) ? ` (${clause(a.cookies.consentTool)})` : "";
    // A mobile application is not browsed, and its trackers (SDK identifiers) are not the browser's cookies.
    const app = a.service.kind === "mobile_app";
    blocks.push(p(
      `${exempt.length > 0 ? "Les autres traceurs" : "Ces traceurs"} ne sont déposés ou lus qu'avec votre consentement, recueilli au moyen de l'outil de gestion du consentement${tool} présenté lors de votre première utilisation. Refuser est aussi simple qu'accepter ; l'absence de choix équivaut à un refus, et la poursuite ${app ? "de l'utilisation de l'application" : "de la navigation"} ne vaut pas consentement. Votre choix est conservé ${duration(a.cookies.choiceRetentionMonths, "months")}, puis vous est de nouveau demandé.`,
      ` Vous pouvez modifier vos choix et retirer votre consentement à tout moment, aussi simplement que vous l'avez donné, ${reopenTool(a.cookies)}.`,
      app ? "" : " Les paramètres de votre navigateur permettent en outre de supprimer les cookies déjà déposés.",
    ));
  }
  blocks.push(table("Cookies et traceurs utilisés", ["Nom", "Émetteur", "Finalité", "Durée de vie", "Consentement"],
    trackers.map((t) => [[t.name.trim()], [t.provider.trim()], [sentence(t.purpose)], [t.lifetime.trim()], [CONSENT_CELL[t.category]]])));
  if (has(a.cookies.details)) blocks.push(p(sentence(a.cookies.details)));
  if (has(a.cookies.policyUrl)) blocks.push(p("Ces traceurs sont également présentés dans la politique relative aux cookies, à l'adresse ", web(a.cookies.policyUrl), "."));
  return { anchor: "cookies", title: "Cookies et traceurs", rules: ["F03"], blocks };
}
