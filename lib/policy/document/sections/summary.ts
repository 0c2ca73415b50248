// « L'essentiel »: the first layer recommended by the CNIL (RULES §2.3): who, why, rights, key risks.
import { countryName, type TCtx } from "../context";
import { list, mail, p, strong, type TPart } from "../inline";
import { purposeName } from "../phrases";
import { capitalize, clause, enumerate, has, lowerFirst, numberWord, orMissing, plural } from "../../text/grammar";
import type { TSection } from "../types";

export function summarySection(ctx: TCtx): TSection {
  const { a, v } = ctx;
  const items: TPart[][] = [
    [strong("Qui traite vos données ?"), ` ${ctx.controller}${a.controller.kind === "individual" && !has(a.controller.address.city) ? "" : `, ${orMissing(a.controller.address.city, "ville")} (${countryName(a.controller.address.country)})`}, responsable du traitement.`],
    [strong("Pourquoi ?"), ` ${capitalize(a.purposes.map(purposeName).join(" ; ") || orMissing("", "finalités"))}.`],
    [strong("Qui les reçoit ?"), a.recipients.length === 0
      ? " Aucun prestataire ni partenaire."
      : ` ${capitalize(numberWord(a.recipients.length))} ${plural(a.recipients.length, "destinataire, présenté", "destinataires, présentés")} à la section « Destinataires des données »${ctx.transfers.length > 0 ? `, dont ${numberWord(ctx.transfers.length)} ${plural(ctx.transfers.length, "traite", "traitent")} des données hors de l'Union européenne` : ""}.`],
    [strong("Vos droits :"), " accès, rectification, effacement, limitation, portabilité, opposition", ctx.usesConsent ? ", retrait du consentement" : "",
      ", directives post mortem ; écrivez à ", mail(a.contact.privacyEmail), "."],
  ];
  if (a.automated.decisions.length > 0) {
    items.push([strong("Décisions automatisées :"), ` ${enumerate(a.automated.decisions.map((d) => lowerFirst(clause(d.name))))} ; vous pouvez demander l'intervention d'une personne.`]);
  }
  const ads = ctx.consentTrackers.some((t) => t.category === "advertising");
  if (ads) items.push([strong("Publicité :"), " des traceurs publicitaires ne sont déposés qu'avec votre consentement."]);
  if (a.purposes.some((pp) => pp.key === "public_gallery")) {
    items.push([strong("Contenus publics :"), " ce que vous choisissez de publier est visible de tous."]);
  }
  return {
    anchor: "essentiel",
    title: "L'essentiel",
    rules: [],
    blocks: [p(`${v.We("présentons", "présente")} ici l'essentiel ; le détail figure dans les sections suivantes.`), list(items)],
  };
}
