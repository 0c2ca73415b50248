// 4. Finalités et bases légales (table) — M04, M05, M12, M14, F04. 7. Durées de conservation (table) — M08.
import { ART9_EXCEPTION_LABELS } from "../../labels";
import type { TPurpose } from "../../schema";
import { formatDateFr, isIsoDate } from "../../text/dates";
import { capitalize, clause, de, has, quotedList, sentence } from "../../text/grammar";
import type { TCtx } from "../context";
import { heading, list, p, strong, table, type TPart } from "../inline";
import { basisText, dataShort, purposeName, requirementText, retentionText } from "../phrases";
import type { TBlock, TSection } from "../types";

const CPCE = "article L34-5 du code des postes et des communications électroniques";

function prospectionBlocks(ctx: TCtx): TBlock[] {
  const { a } = ctx;
  const out: TPart[][] = [];
  for (const pp of a.purposes) {
    const optOut = has(pp.optOut) ? `, par ${clause(pp.optOut)}` : "";
    if (pp.key === "newsletter" && pp.softOptIn) {
      out.push([strong(`${capitalize(purposeName(pp))} : `),
        `nos clients reçoivent par e-mail des offres portant sur des produits ou services analogues à ceux qu'ils ont achetés, sans consentement préalable mais après avoir été informés, lors de la commande, de la possibilité de s'y opposer. Ils peuvent s'y opposer à tout moment, gratuitement${optOut} (${CPCE}).`]);
    } else if (pp.key === "newsletter") {
      out.push([strong(`${capitalize(purposeName(pp))} : `),
        // « chaque message permet de se désabonner par le lien présent dans chaque e-mail » says it twice: the way
        // out, when given, says where it is.
        `les e-mails d'information et de prospection ne sont adressés qu'aux personnes qui y ont préalablement consenti ; ${optOut ? `chacune peut se désabonner à tout moment, gratuitement${optOut}` : "chaque message permet de se désabonner"} (${CPCE}).`]);
    } else if (pp.key === "b2b_prospecting") {
      out.push([strong(`${capitalize(purposeName(pp))} : `),
        `les messages de prospection adressés aux professionnels portent sur des offres en rapport avec leur activité professionnelle ; chaque destinataire peut s'y opposer à tout moment, gratuitement${optOut} (${CPCE}).`]);
    }
  }
  return out.length ? [heading("Prospection par voie électronique"), list(out)] : [];
}

function furtherProcessingBlocks(ctx: TCtx): TBlock[] {
  const items = ctx.a.purposes.filter((pp) => pp.furtherProcessing);
  return items.map((pp) => {
    const when = has(pp.startsOn) && isIsoDate(pp.startsOn) ? `À compter du ${formatDateFr(pp.startsOn)}, les` : "Les";
    return p(
      strong("Nouvelle utilisation de données : "),
      `${when} données suivantes, collectées pour d'autres finalités, seront également utilisées pour la finalité « ${purposeName(pp)} » : ${dataShort(pp.data).toLowerCase()}. Cette utilisation est annoncée avant son début (article 13, paragraphe 3, du RGPD)`,
      has(pp.optOut) ? ` ; vous pouvez vous y opposer dès à présent au moyen ${de(clause(pp.optOut))}` : "",
      ".",
    );
  });
}

/**
 * Health data need an exception of art. 9.2 besides the art. 6 basis (M17): the purpose that uses them says which,
 * beside its basis, as section « Données traitées » does for the category.
 */
function specialBasis(ctx: TCtx, pp: TPurpose): string {
  if (!pp.data.includes("health")) return "";
  const exception = ctx.a.data.specialCategories.find((s) => s.key === "health")?.exception;
  if (!exception) return "";
  const ex = ART9_EXCEPTION_LABELS[exception];
  return ` Pour les données de santé : ${ex.label} (${ex.cite}).`;
}

export function purposesSection(ctx: TCtx): TSection {
  const { a } = ctx;
  const rules: TSection["rules"] = ["M04", "M12"];
  if (ctx.purposesByBasis("legitimate_interest").length > 0) rules.push("M05");
  if (a.purposes.some((pp) => pp.furtherProcessing)) rules.push("M14");
  const prospection = prospectionBlocks(ctx);
  if (prospection.length > 0) rules.push("F04");
  const described = a.purposes.filter((pp) => has(pp.description));
  const blocks: TBlock[] = [
    p(`Chaque traitement répond à une finalité déterminée et repose sur l'une des bases légales prévues à l'article 6 du RGPD. Le tableau ci-dessous indique, pour chaque finalité, les données utilisées, la base légale — avec, le cas échéant, l'intérêt légitime poursuivi ou le texte applicable — et le caractère obligatoire ou facultatif de la fourniture des données.`),
    table("Finalités, bases légales et caractère obligatoire des données",
      ["Finalité", "Données utilisées", "Base légale", "Fourniture des données"],
      a.purposes.map((pp) => [[clause(pp.label)], [`${dataShort(pp.data)}.`], [basisText(pp), specialBasis(ctx, pp)], [requirementText(pp)]])),
  ];
  if (described.length > 0) {
    blocks.push(heading("Précisions sur les finalités"), list(described.map((pp): TPart[] => [strong(`${clause(pp.label)}.`), ` ${sentence(pp.description ?? "")}`])));
  }
  blocks.push(...furtherProcessingBlocks(ctx), ...prospection);
  const li = ctx.purposesByBasis("legitimate_interest");
  if (li.length > 0) {
    // The balancing test is asserted only for the purposes the founder says it was done for.
    const balanced = li.filter((pp) => pp.balancing);
    const object = "vous pouvez vous opposer aux traitements fondés sur l'intérêt légitime dans les conditions décrites à la section « Vos droits ».";
    blocks.push(p(balanced.length === li.length
      ? `Les traitements fondés sur l'intérêt légitime ont fait l'objet d'une mise en balance avec vos intérêts et vos droits ; ${object}`
      : balanced.length > 0
        ? `${balanced.length > 1 ? `Les traitements ${quotedList(balanced.map(purposeName))} ont` : `Le traitement « ${purposeName(balanced[0]!)} » a`} fait l'objet d'une mise en balance avec vos intérêts et vos droits. ${capitalize(object)}`
        : capitalize(object)));
  }
  return { anchor: "finalites", title: "Finalités et bases légales", rules, blocks };
}

export function retentionSection(ctx: TCtx): TSection {
  const { a, v } = ctx;
  return {
    anchor: "conservation",
    title: "Durées de conservation",
    rules: ["M08"],
    blocks: [
      p(`${v.We("conservons", "conserve")} les données pendant la durée nécessaire à chaque finalité, puis ${v.individual ? "les supprime ou les anonymise" : "les supprimons ou les anonymisons"}. Lorsqu'une obligation légale impose une conservation plus longue, les données sont archivées, avec un accès restreint, pendant la durée requise.`),
      table("Durées de conservation par finalité", ["Finalité", "Durée de conservation"],
        a.purposes.map((pp) => [[clause(pp.label)], [retentionText(pp.retention)]])),
    ],
  };
}

