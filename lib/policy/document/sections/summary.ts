// « L'essentiel »: the first layer recommended by the CNIL (RULES §2.3): who, why, rights, key risks.
import { countryName, type TCtx } from "../context";
import { list, mail, p, strong, type TPart } from "../inline";
import { purposeName } from "../phrases";
import { capitalize, clause, enumerate, has, lowerFirst, numberWord, orMissing, plural } from "../../text/grammar";
import type { TSection } from "../types";

/** « , dont deux traitent des données hors de l'Union », « , qui traitent tous trois… » (never « trois, dont trois »). */
function transfersText(recipients: number, transfers: number): string {
  const where = "des données hors de l'Union européenne";
  if (transfers === 0) return "";
  if (transfers < recipients) return `, dont ${numberWord(transfers)} ${plural(transfers, "traite", "traitent")} ${where}`;
  if (recipients === 1) return `, qui traite ${where}`;
  return `, qui traitent ${recipients === 2 ? "tous deux" : recipients <= 12 ? `tous ${numberWord(recipients)}` : "tous"} ${where}`;
}

export function summarySection(ctx: TCtx): TSection {
  const { a, v } = ctx;
  const items: TPart[][] = [
    [strong("Qui traite vos données ?"), ` ${capitalize(ctx.controller)}${a.controller.kind === "individual" && !has(a.controller.address.city) ? "" : `, ${orMissing(a.controller.address.city, "ville")} (${countryName(a.controller.address.country)})`}, responsable du traitement.`],
    [strong("Pourquoi ?"), ` ${capitalize(a.purposes.map(purposeName).join(" ; ") || orMissing("", "finalités"))}.`],
    [strong("Qui les reçoit ?"), ctx.recipients.length === 0
      ? " Aucun prestataire ni partenaire."
      : ` ${capitalize(numberWord(ctx.recipients.length))} ${plural(ctx.recipients.length, "destinataire, présenté", "destinataires, présentés")} à la section « Destinataires des données »${transfersText(ctx.recipients.length, ctx.transfers.filter((t) => ctx.recipients.includes(t.recipient)).length)}.`],
    [strong("Vos droits :"), " accès, rectification, effacement, limitation, portabilité, opposition", ctx.usesConsent ? ", retrait du consentement" : "",
      ", directives post mortem ; écrivez à ", mail(a.contact.privacyEmail), "."],
  ];
  if (a.automated.decisions.length > 0) {
    items.push([strong("Décisions automatisées :"), ` ${enumerate(a.automated.decisions.map((d) => lowerFirst(clause(d.name))))} ; vous pouvez demander l'intervention d'une personne.`]);
  }
  // A key risk of the first layer (RULES §2.3), like an automated decision: the reader learns here that it exists.
  if (has(a.automated.profiling)) {
    items.push([strong("Profilage :"), " présenté à la section « Décisions automatisées et profilage » ; vous pouvez vous y opposer."]);
  }
  const ads = ctx.consentTrackers.some((t) => t.category === "advertising");
  if (ads) items.push([strong("Publicité :"), " des traceurs publicitaires ne sont déposés qu'avec votre consentement."]);
  const publicContent = a.service.publicContent ?? "none";
  // The founder's own words, which may be an instruction (« dans l'application, ouvrez… »): after a colon.
  const how = has(a.service.makePrivate) ? ` (${lowerFirst(clause(a.service.makePrivate))})` : "";
  // « le retirer de la vue du public » holds whether the way is a privacy setting, a removal or a deletion
  // (« au moyen de la suppression de votre commentaire » does not make a comment « privé »).
  if (publicContent === "default") {
    items.push([strong("Contenus publics :"), ` ce que vous publiez est visible de tous dès sa publication ; vous pouvez à tout moment le retirer de la vue du public${how}.`]);
  } else if (publicContent === "opt_in") {
    items.push([strong("Contenus publics :"), ` vos contenus restent privés tant que vous ne choisissez pas de les publier ; ce que vous publiez est alors visible de tous${how ? `, et vous pouvez à tout moment le retirer de la vue du public${how}` : ""}.`]);
  } else if (a.purposes.some((pp) => pp.key === "public_gallery")) {
    items.push([strong("Contenus publics :"), " les contenus publiés dans la galerie sont visibles de tous."]);
  }
  return {
    anchor: "essentiel",
    title: "L'essentiel",
    rules: (a.service.publicContent ?? "none") !== "none" || a.purposes.some((pp) => pp.key === "public_gallery") ? ["R03"] : [],
    blocks: [p(`${v.We("présentons", "présente")} ici l'essentiel ; le détail figure dans les sections suivantes.`), list(items)],
  };
}
