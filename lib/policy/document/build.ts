// answers → document tree, sections in the order of RULES §2.3. Pure and deterministic: the date comes
// from the answers (effective date) or from `opts.now` ("YYYY-MM-DD"); the clock is never read.
import { SCHEMA_VERSION, type TAnswers } from "../schema";
import { visibleAnswers } from "../schema/visibility";
import { formatDateFr, isIsoDate } from "../text/dates";
import { enumerate, has, sentence, serviceTitle } from "../text/grammar";
import { typo } from "../text/typography";
import { makeContext, type TCtx } from "./context";
import { link, p, type TPart } from "./inline";
import { controllerSection, dpoSection } from "./sections/controller";
import { cookiesSection } from "./sections/cookies";
import { CUSTOMERS_TITLE, customersSection } from "./sections/customers";
import { dataSection } from "./sections/data";
import { automatedSection, changesSection, minorsSection, securitySection } from "./sections/other";
import { purposesSection, retentionSection } from "./sections/purposes";
import { recipientsSection, transfersSection } from "./sections/recipients";
import { complaintSection, consentSection, rightsSection } from "./sections/rights";
import { summarySection } from "./sections/summary";
import type { TBlock, TDocument, TSection } from "./types";

export type TBuildOptions = {
  /** Date used when the answers have no valid effective date ("YYYY-MM-DD"). */
  now?: string;
};

const BUILDERS: ((ctx: TCtx) => TSection | null)[] = [
  controllerSection, dpoSection, dataSection, customersSection, purposesSection, recipientsSection, transfersSection, retentionSection,
  rightsSection, consentSection, automatedSection, cookiesSection, minorsSection, securitySection,
  () => complaintSection(), changesSection,
];

function intro(ctx: TCtx): TBlock[] {
  const { a, v } = ctx;
  // « nanoimagine.art, accessible à l'adresse nanoimagine.art » says the address twice: the name is the address.
  const host = (u: string) => u.replace(/^https?:\/\//i, "").replace(/^www\./i, "").replace(/\/$/, "").toLowerCase();
  const urls = a.service.urls.length === 1 && host(a.service.urls[0]!) === host(ctx.service) ? [] : a.service.urls;
  const where: TPart[] = urls.length === 0 ? [] : [urls.length === 1 ? ", accessible à l'adresse " : ", accessible aux adresses "];
  urls.forEach((u, i) => {
    if (i > 0) where.push(i === urls.length - 1 ? " et " : ", ");
    where.push(link(u.replace(/^https?:\/\//i, "").replace(/\/$/, ""), u));
  });
  // With data kept for customers, « vous » is whoever the controller processes data about for itself, not those
  // people, who are their own controller's to inform (R01).
  const whose = a.data.customers ? `${v.we("traitons", "traite")} les données en tant que responsable du traitement` : "les données sont traitées";
  const who = v.individual
    ? `Dans la présente politique, « je » désigne ${ctx.controller}, qui édite le service à titre individuel, et « vous » désigne toute personne dont ${whose}.`
    : `Dans la présente politique, « nous » désigne ${ctx.controller} et « vous » désigne toute personne dont ${whose}.`;
  // Whose data: the users, and the prospects or candidates a purpose reaches beyond them.
  const others = [
    ctx.association ? "de ses adhérents" : "",
    ctx.association ? "des participants à ses activités" : "",
    a.purposes.some((pp) => pp.key === "b2b_prospecting") ? "des prospects" : "",
    a.purposes.some((pp) => pp.key === "recruitment") ? "des candidats à un emploi" : "",
  ].filter(Boolean);
  const beyond = others.length ? `, ainsi que celles ${enumerate(others)}` : "";
  const customers = a.data.customers
    ? ` Elle ne couvre pas les données que ${v.individual ? "mes" : "nos"} clients professionnels gèrent au moyen du service, dont ils sont responsables (voir « ${CUSTOMERS_TITLE} »).`
    : "";
  return [
    p(has(a.service.description) ? `${sentence(a.service.description)} ` : "", `La présente politique de confidentialité explique comment ${ctx.controller} traite les données personnelles des personnes qui utilisent ${ctx.service}`, ...where, beyond,
      ". Elle est établie conformément au règlement (UE) 2016/679 du 27 avril 2016 (« RGPD ») et à la loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés. Elle est distincte des conditions générales (d'utilisation ou de vente) du service.", customers),
    p(who),
  ];
}

export function buildDocument(input: TAnswers, opts: TBuildOptions = {}): TDocument {
  const answers = visibleAnswers(input);
  const effective = isIsoDate(answers.effectiveDate) ? answers.effectiveDate : opts.now && isIsoDate(opts.now) ? opts.now : "";
  const ctx = makeContext(answers, effective);
  const summary = summarySection(ctx);
  const numbered = BUILDERS.map((b) => b(ctx)).filter((s): s is TSection => s !== null).map((s, i) => ({ ...s, title: typo(s.title), number: i + 1 }));
  return {
    kind: "privacy-policy",
    schemaVersion: SCHEMA_VERSION,
    lang: "fr",
    title: "Politique de confidentialité",
    subtitle: serviceTitle(ctx.service),
    dateline: effective ? `En vigueur à compter du ${formatDateFr(effective)}` : "Projet non daté",
    effectiveDate: effective,
    intro: intro(ctx),
    sections: [{ ...summary, title: typo(summary.title) }, ...numbered],
  };
}
