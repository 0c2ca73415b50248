// Données traitées pour le compte des clients — R01 (RGPD art. 28; RULES §9): the service is its customers'
// processor for the data they keep in it; the customer is the controller and answers those people's requests.
import { DATA_CATEGORY_LABELS, SPECIAL_CATEGORY_LABELS } from "../../labels";
import { capitalize, clause, enumerate, has, sentence } from "../../text/grammar";
import { countryName, type TCtx } from "../context";
import { list, p, strong, type TPart } from "../inline";
import type { TBlock, TSection } from "../types";

export const CUSTOMERS_TITLE = "Données traitées pour le compte de nos clients";

export function customersSection(ctx: TCtx): TSection | null {
  const { a, v } = ctx;
  const c = a.data.customers;
  if (!c) return null;
  const people = has(c.people) ? clause(c.people) : "leurs propres clients";
  const what = c.categories.length ? ` : ${enumerate([...new Set(c.categories)].map((k) => DATA_CATEGORY_LABELS[k].short))}` : "";
  const special = c.special ?? [];
  const blocks: TBlock[] = [
    p(`${v.individual ? "Mes" : "Nos"} clients professionnels enregistrent dans ${ctx.service} des données concernant ${people}${what}. Pour ces données, ${v.we("agissons", "agis")} en qualité de sous-traitant, pour le compte de chaque client et sur ses seules instructions, dans le cadre d'un contrat conforme à l'article 28 du RGPD : le client est responsable du traitement, et c'est sa propre politique de confidentialité qui en informe les personnes concernées.`),
    p(`Les personnes concernées exercent leurs droits auprès du client qui a collecté leurs données. Si elles ${v.us("écrivent")} directement, ${v.we("transmettons", "transmets")} leur demande à ce client sans délai et l'${v.individual ? "aide" : "aidons"} à y répondre.`),
  ];
  if (special.length > 0) {
    blocks.push(p(strong("Données sensibles : "), `ces données comprennent des données sensibles au sens de l'article 9 du RGPD (${enumerate(special.map((k) => SPECIAL_CATEGORY_LABELS[k]))}). Il revient à chaque client, responsable du traitement, de retenir l'exception de l'article 9, paragraphe 2, qui en permet le traitement.`));
  }
  const sub = a.recipients.filter((r) => r.forCustomers);
  if (sub.length > 0) {
    blocks.push(
      p(`Avec l'autorisation de ${v.individual ? "mes" : "nos"} clients (article 28, paragraphes 2 et 4, du RGPD), ${v.we("confions", "confie")} une partie de ces traitements aux sous-traitants ultérieurs suivants, tenus aux mêmes obligations que ${v.individual ? "moi" : "nous"} :`),
      list(sub.map((r, i): TPart[] => [strong(r.name.trim()), ` : ${has(r.description) ? clause(r.description) : "prestation technique"} (${enumerate([...new Set(r.dataLocations)].map(countryName))})${i === sub.length - 1 ? "." : " ;"}`])),
    );
  }
  if (special.includes("health")) {
    blocks.push(p(strong("Hébergement des données de santé : "), `les données de santé de ces dossiers sont stockées chez un hébergeur certifié « hébergeur de données de santé » (HDS)${has(c.healthHost) ? ` : ${clause(c.healthHost)}` : ""}, conformément à l'article L1111-8 du code de la santé publique.`));
  }
  if (has(c.details)) blocks.push(p(capitalize(sentence(c.details))));
  return { anchor: "donnees-clients", title: CUSTOMERS_TITLE, rules: ["R01"], blocks };
}
