// 5. Destinataires (table) — M06. 6. Transferts hors de l'Union européenne — M07.
import { RECIPIENT_ROLE_LABELS } from "../../labels";
import type { TRecipient } from "../../schema";
import { capitalize, clause, de, enumerate, has, sentence } from "../../text/grammar";
import { COUNTRY_NAMES, mechanismCovers, type TTransferMechanism } from "../../vocabulary";
import { countryName, type TCtx } from "../context";
import { link, list, mail, p, strong, table, type TPart } from "../inline";
import { dataShort, purposeKeysText } from "../phrases";
import type { TBlock, TSection } from "../types";

function recipientName(r: TRecipient): string {
  const name = r.name.trim();
  const entity = r.kind === "category" ? "" : (r.legalEntity ?? "").trim();
  if (!entity || entity === name) return name;
  return entity.includes("(") || name.includes("(") ? `${name} — ${entity}` : `${name} (${entity})`;
}

/** GA4's « partage des données »: Google then uses the data for its own purposes (RULES §6). */
const SHARING = "responsable de traitement pour les données que Google utilise pour ses propres besoins, le partage des données étant activé";

function roleText(r: TRecipient): string {
  const label = RECIPIENT_ROLE_LABELS[r.role];
  const sharing = r.dataSharing === true ? ` ; ${SHARING}` : "";
  if (!has(r.roleNote)) return `${label}${sharing}.`;
  const note = clause(r.roleNote);
  return note.toLowerCase().startsWith(label.toLowerCase()) ? `${capitalize(note)}${sharing}.` : `${label} ; ${note}${sharing}.`;
}

const ROLE_FALLBACK: Record<TRecipient["role"], string> = {
  processor: "Prestation technique réalisée pour le compte du responsable du traitement.",
  independent_controller: "Traitement réalisé pour son propre compte.",
  joint_controller: "Traitement réalisé conjointement avec le responsable du traitement.",
  authority: "Communication imposée par la loi.",
};

function serviceText(r: TRecipient): string {
  if (has(r.description)) return sentence(r.description);
  return r.purposes.length ? `${capitalize(purposeKeysText(r.purposes))}.` : ROLE_FALLBACK[r.role];
}

export function recipientsSection(ctx: TCtx): TSection {
  const { a, v } = ctx;
  const blocks: TBlock[] = [];
  const internal = v.individual
    ? `Vos données sont traitées par ${ctx.controller}`
    : `Au sein ${de(ctx.controller)}, vos données ne sont accessibles qu'aux personnes habilitées, dans la limite de ce qui est nécessaire à leurs fonctions`;
  const recipients = ctx.recipients;
  if (recipients.length === 0) {
    blocks.push(p(`${internal}. Elles ne sont communiquées à aucun prestataire ni partenaire.`));
  } else {
    blocks.push(p(`${internal}. Elles sont communiquées aux destinataires suivants, pour les seuls besoins indiqués :`));
    blocks.push(table("Destinataires des données", ["Destinataire", "Qualité", "Service rendu", "Données transmises", "Pays de traitement"],
      recipients.map((r) => [
        [recipientName(r)], [roleText(r)], [serviceText(r), has(r.note) ? ` ${sentence(r.note)}` : "",
          r.role === "joint_controller" && has(r.arrangement) ? ` L'essentiel de l'accord de responsabilité conjointe : ${clause(r.arrangement)}.` : ""],
        [r.data.length ? `${dataShort(r.data)}.` : "Aucune donnée personnelle autre que celles nécessaires au service rendu."],
        [`${capitalize(enumerate([...new Set(r.dataLocations)].map(countryName)))}.`],
      ])));
    const roles = new Set(recipients.map((r) => r.role));
    const notes: string[] = [];
    // A contract « conforme à l'article 28 » is asserted only when no processor's role is still to be checked.
    const unsure = recipients.some((r) => r.role === "processor" && (r.uncertain ?? []).includes("role"));
    if (roles.has("processor")) {
      notes.push(unsure
        ? `Les sous-traitants n'agissent que sur ${v.ours("instructions")} ; ${v.we("ne leur transmettons", "ne leur transmets")} de données qu'après avoir conclu avec chacun un contrat conforme à l'article 28 du RGPD, qui leur impose notamment la confidentialité et la sécurité des données.`
        : `Les sous-traitants n'agissent que sur ${v.ours("instructions")} et sont liés par un contrat conforme à l'article 28 du RGPD, qui leur impose notamment la confidentialité et la sécurité des données.`);
    }
    if (roles.has("independent_controller")) notes.push("Les responsables de traitement indépendants traitent les données pour leur propre compte, conformément à leur propre politique de confidentialité.");
    if (roles.has("joint_controller")) {
      const stated = recipients.filter((r) => r.role === "joint_controller").every((r) => has(r.arrangement));
      notes.push(`Pour les traitements réalisés en responsabilité conjointe (article 26 du RGPD), l'essentiel de l'accord conclu ${stated ? "figure dans le tableau ci-dessus" : "vous est communiqué sur simple demande"} ; vous pouvez exercer vos droits auprès de chacun des responsables.`);
    }
    if (notes.length) blocks.push(p(notes.join(" ")));
  }
  const parent = a.controller.parentCompany;
  if (parent) {
    blocks.push(p(has(parent.sharesData)
      ? `${parent.name.trim()}, société mère ${de(ctx.controller)} : ${clause(parent.sharesData)}.`
      : `${parent.name.trim()}, société mère ${de(ctx.controller)}, ne reçoit pas les données traitées au titre ${de(ctx.service)}.`));
  }
  blocks.push(p("Les données sont en outre communiquées aux autorités administratives ou judiciaires lorsqu'une disposition légale l'impose."));
  // Art. 13.1.e: the public is a recipient of what a person chooses to publish (or what is public by default).
  const published = a.service.publicContent ?? "none";
  if (published !== "none") {
    blocks.push(p(published === "default"
      ? "Les contenus que vous publiez sont accessibles à tous, y compris aux internautes qui n'utilisent pas le service, tant que vous ne les rendez pas privés."
      : "Les contenus que vous choisissez de rendre publics sont accessibles à tous, y compris aux internautes qui n'utilisent pas le service."));
  }
  if (a.noSale) blocks.push(p(`${v.We("ne vendons ni ne louons", "ne vends ni ne loue")} vos données personnelles.`));
  return { anchor: "destinataires", title: "Destinataires des données", rules: a.recipients.some((r) => r.role === "joint_controller") ? ["M06", "R02"] : ["M06"], blocks };
}

/** « en Israël », « aux États-Unis »: a country in running text. */
function countryIn(code: string): string {
  return COUNTRY_NAMES[code]?.in ?? `dans le pays ${code}`;
}

function mechanismText(m: TTransferMechanism, countries: string[]): string {
  switch (m) {
    case "adequacy":
      return `décision d'adéquation de la Commission européenne pour les données traitées ${enumerate(countries.map(countryIn))} (article 45 du RGPD)`;
    case "dpf":
      return "décision d'adéquation du 10 juillet 2023 relative au cadre de protection des données UE–États-Unis (Data Privacy Framework), la société américaine qui reçoit les données y étant certifiée";
    case "scc":
      return "clauses contractuelles types adoptées par la Commission européenne (décision d'exécution (UE) 2021/914 ; article 46 du RGPD)";
    case "bcr":
      return "règles d'entreprise contraignantes (article 47 du RGPD)";
    case "derogation_explicit_consent":
      return "votre consentement explicite à ce transfert, recueilli spécifiquement après information sur les risques qu'il comporte (article 49, paragraphe 1, a), du RGPD)";
    case "derogation_contract":
      return "la nécessité du transfert pour l'exécution du contrat conclu avec vous (article 49, paragraphe 1, b), du RGPD)";
    case "none_needed":
    case "unknown":
      return "garantie en cours de mise en place ; ce transfert n'a pas lieu tant qu'elle n'est pas en vigueur";
  }
}

/**
 * The safeguard of a recipient's transfers. A decision that covers only some of its countries (an adequacy decision,
 * the Data Privacy Framework) is said for those countries, and the fallback for the others: « décision d'adéquation …
 * pour les données traitées en Israël ; pour les données traitées aux États-Unis, clauses contractuelles types ».
 */
function safeguardText(r: TRecipient, countries: string[]): string {
  const m = r.transfer.mechanism;
  const fb = r.transfer.fallback && r.transfer.fallback !== m && r.transfer.fallback !== "none_needed" && r.transfer.fallback !== "unknown" ? r.transfer.fallback : undefined;
  if (m === "adequacy" || m === "dpf") {
    const covered = countries.filter((c) => mechanismCovers(m, c));
    const rest = countries.filter((c) => !mechanismCovers(m, c));
    if (covered.length === 0 && fb) return mechanismText(fb, countries);
    if (rest.length > 0 && fb) return `${mechanismText(m, covered)} ; pour les données traitées ${enumerate(rest.map(countryIn))}, ${mechanismText(fb, rest)}`;
    if (rest.length > 0 || !fb) return mechanismText(m, covered.length ? covered : countries);
  }
  return `${mechanismText(m, countries)}${fb ? ` ; à défaut, ${mechanismText(fb, countries)}` : ""}`;
}

export function transfersSection(ctx: TCtx): TSection {
  const { a, v } = ctx;
  const blocks: TBlock[] = [];
  if (ctx.controllerOutsideEea) {
    const c = a.controller.address.country;
    blocks.push(p(`Le responsable du traitement est établi ${COUNTRY_NAMES[c]?.in ?? `hors de l'Union européenne (${c})`} : les données que vous ${v.us("transmettez")} directement y sont reçues et traitées.`));
  }
  if (ctx.transfers.length === 0) {
    blocks.push(p(ctx.controllerOutsideEea
      ? "Aucun autre destinataire ne traite vos données hors de l'Espace économique européen."
      : "Vos données sont traitées au sein de l'Espace économique européen (EEE) et ne font l'objet d'aucun transfert en dehors de celui-ci."));
    return { anchor: "transferts", title: "Transferts hors de l'Union européenne", rules: ["M07"], blocks };
  }
  blocks.push(p("Les destinataires suivants traitent des données hors de l'Espace économique européen (EEE). Chaque transfert est encadré par la garantie indiquée :"));
  blocks.push(list(ctx.transfers.map(({ recipient: r, countries }): TPart[] => [
    strong(r.name.trim()), ` (${enumerate(countries.map(countryName))}) : ${safeguardText(r, countries)}.`,
  ])));
  const used = new Set(ctx.transfers.flatMap(({ recipient: r }) => [r.transfer.mechanism, r.transfer.fallback]));
  const copies = [used.has("scc") ? "des clauses contractuelles types" : "", used.has("bcr") ? "des règles d'entreprise contraignantes" : ""].filter(Boolean);
  if (copies.length) blocks.push(p(`Vous pouvez obtenir une copie ${enumerate(copies)} applicables en écrivant à `, mail(a.contact.privacyEmail), "."));
  if (used.has("dpf")) {
    blocks.push(p("La liste des organisations certifiées au Data Privacy Framework est publiée sur ", link("www.dataprivacyframework.gov", "https://www.dataprivacyframework.gov/list"), "."));
  }
  return { anchor: "transferts", title: "Transferts hors de l'Union européenne", rules: ["M07"], blocks };
}
