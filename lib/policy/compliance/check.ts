// answers → findings (each pointing to the answer to fix) + score. Blocking = the published policy would
// miss a mandatory item or contain an E-error. Rules that the engine always writes (M11, M16, F01…) can
// only fail in the rendered text: see lintRenderedText.
import { DATA_CATEGORY_LABELS, PURPOSE_LABELS } from "../labels";
import { fieldLabel, zAnswers, type TAnswers, type TPurpose } from "../schema";
import { openProposals } from "../answers/proposals";
import { controlAt, itemTitleOf, valueAt } from "../schema/visibility";
import { has } from "../text/grammar";
import { typo } from "../text/typography";
import { DIGITAL_MAJORITY } from "../legal";
import { NO_POSTAL_CODE, isEea, mechanismCovers, trackerNeedsConsent } from "../vocabulary";
import { choicesPlace } from "../document/phrases";
import { onlyForCustomers } from "../document/context";
import { applicableRules, CONTENT_CATEGORIES, INDIRECT_CATEGORIES, TRACKER_PURPOSES, processesSensitiveData, usesConsent } from "./applicable";
import { visibleAnswers } from "../schema/visibility";
import { scanAnswersText } from "./scan-answers";
import { roleFindings } from "./roles";
import { RULE_IDS, RULES, type TFinding, type TRuleId, type TSeverity } from "./rules";
import { runAnswerRules } from "./answer-rules";
import { CONSISTENCY_RULES } from "./consistency";
import { PLAUSIBILITY_RULES } from "./plausibility";

export type TCompliance = { findings: TFinding[]; score: number; applicable: TRuleId[] };

type TEmit = (ruleId: TRuleId, severity: TSeverity, field: string, message: string) => void;

const blank = (s: string | undefined | null) => !has(s);

/** The schema of the list at a path ("data.categories"). */
function listSchema(path: string) {
  return controlAt({}, path)?.node ?? zAnswers;
}

const ACCOUNT = /\bcomptes?\b/i;

/** Whether the service has user accounts: an account purpose, or login data. */
function hasAccounts(a: TAnswers): boolean {
  return a.purposes.some((p) => p.key === "account")
    || a.data.categories.some((c) => c.key === "account_credentials" || c.key === "sso_profile");
}

/** A name the founder gave, or what to call the item while it has none. */
const named = (value: string | undefined, fallback: string) => (has(value) ? value.trim() : fallback);

/** How a finding names a purpose: its title, else its type, never « «  » ». */
function purposeName(p: TPurpose): string {
  if (has(p.label)) return p.label.trim();
  return p.key !== "custom" ? (PURPOSE_LABELS[p.key] ?? "sans intitulé") : "sans intitulé";
}


function checkController(a: TAnswers, emit: TEmit) {
  const c = a.controller;
  if (blank(c.legalName)) emit("M01", "blocking", "controller.legalName", "Indiquez la dénomination sociale ou le nom du responsable du traitement.");
  // A natural person may keep their address private (contact by e-mail); a company gives its seat, and
  // an address begun is finished.
  const noCode = (NO_POSTAL_CODE as readonly string[]).includes(c.address.country);
  const parts = noCode ? [c.address.street, c.address.city] : [c.address.street, c.address.postalCode, c.address.city];
  if (parts.some(blank) && (c.kind === "company" || parts.some((x) => !blank(x)))) emit("M01", "blocking", "controller.address", "L'adresse postale du responsable du traitement est incomplète.");
  if (parts.every(blank) && c.kind === "individual" && a.rights.channels.includes("postal")) {
    emit("M09", "blocking", "rights.channels", "Aucune adresse postale n'est publiée : retirez le courrier des moyens d'exercer ses droits, ou indiquez une adresse à l'étape Entreprise.");
  }
  if (blank(c.email)) emit("M01", "blocking", "controller.email", "Indiquez une adresse e-mail de contact.");
  if (c.kind === "company" && blank(c.legalForm)) emit("M01", "blocking", "controller.legalForm", "Indiquez la forme juridique de la société (par exemple « société par actions simplifiée »).");
  if (c.kind === "company" && blank(c.registration) && isEea(c.address.country)) emit("M01", "warning", "controller.registration", "Indiquez le numéro d'immatriculation (RCS ou SIREN) de la société, s'il y en a un.");
  if (!isEea(c.address.country) && !a.euRepresentative) {
    emit("M02", "blocking", "euRepresentative", "Le responsable est établi hors de l'Espace économique européen : désignez un représentant dans l'Union (article 27 du RGPD) et indiquez ses coordonnées.");
  }
  if (blank(a.contact.privacyEmail)) emit("M03", "blocking", "contact.privacyEmail", "Indiquez l'adresse à laquelle les personnes exercent leurs droits.");
  if (a.contact.dpoDesignated && blank(a.contact.dpoEmail)) emit("M03", "blocking", "contact.dpoEmail", "Un DPO est désigné : indiquez son adresse de contact.");
  if (!a.contact.dpoDesignated && processesSensitiveData(a)) {
    // Hosting health data for others (R01) makes a DPO very likely mandatory, processor or not: one finding, graded.
    const healthForCustomers = (a.data.customers?.special ?? []).includes("health");
    emit("M03", healthForCustomers ? "warning" : "info", "contact.dpoDesignated", healthForCustomers
      ? "Vous hébergez des données de santé pour le compte de vos clients : un délégué à la protection des données est très probablement obligatoire, y compris pour un sous-traitant (article 37, paragraphe 1, c, du RGPD)."
      : "Des données sensibles sont traitées : vérifiez si leur volume impose la désignation d'un DPO (article 37 du RGPD) ; la politique ne dit pas que cette désignation est facultative.");
  }
}

function checkRetention(p: TPurpose, i: number, emit: TEmit) {
  const r = p.retention;
  const field = `purposes.${i}.retention`;
  if (r.mode === "duration" && (r.amount === undefined || r.unit === undefined)) emit("M08", "blocking", `${field}.amount`, `Indiquez la durée de conservation de la finalité « ${purposeName(p)} ».`);
  if (r.mode === "relationship" && blank(r.until)) emit("M08", "blocking", `${field}.until`, `Indiquez jusqu'à quel événement les données de la finalité « ${purposeName(p)} » sont conservées.`);
  if (r.mode === "duration" && r.amountMax !== undefined && r.amount !== undefined && r.amountMax <= r.amount) {
    emit("M08", "blocking", `${field}.amountMax`, `La durée maximale de la finalité « ${purposeName(p)} » doit dépasser la durée indiquée, ou restez sur une durée fixe.`);
  }
  if (r.inactive && r.inactiveAmount === undefined) emit("M08", "blocking", `${field}.inactiveAmount`, `Indiquez la durée d'inactivité après laquelle les données de « ${purposeName(p)} » sont supprimées.`);
  if (r.mode === "criteria" && blank(r.criteria)) emit("M08", "blocking", `${field}.criteria`, `Indiquez les critères qui déterminent la durée de conservation de la finalité « ${purposeName(p)} ».`);
}

function checkPurposes(a: TAnswers, emit: TEmit) {
  if (a.purposes.length === 0) emit("M04", "blocking", "purposes", "Ajoutez au moins une finalité.");
  a.purposes.forEach((p, i) => {
    const at = (f: string) => `purposes.${i}.${f}`;
    if (blank(p.label)) emit("M04", "blocking", at("label"), "Donnez un intitulé à cette finalité.");
    if (p.basis === "legitimate_interest" && (blank(p.legitimateInterest) || (p.legitimateInterest ?? "").trim().length < 15)) {
      emit("M05", "blocking", at("legitimateInterest"), `Décrivez concrètement l'intérêt légitime poursuivi pour la finalité « ${purposeName(p)} ».`);
    }
    if (p.basis === "legal_obligation" && blank(p.legalObligation)) {
      const fraud = p.key === "security" || /fraud/i.test(p.label);
      emit(fraud ? "E06" : "M04", "blocking", at("legalObligation"), fraud
        ? "La lutte contre la fraude n'est une obligation légale que si un texte l'impose : citez-le, ou retenez l'intérêt légitime."
        : `Citez le texte qui impose le traitement « ${purposeName(p)} ».`);
    }
    if ((p.requirement === "contractual" || p.requirement === "legal") && blank(p.consequence)) {
      emit("M12", "warning", at("consequence"), `Précisez ce qui se passe si la personne ne fournit pas les données de la finalité « ${purposeName(p)} ».`);
    }
    checkRetention(p, i, emit);
    if (!hasAccounts(a)) {
      // A text written for a service with accounts, in a policy that declares none (a template's leftover).
      const field = (["until", "from", "criteria"] as const).find((k) => ACCOUNT.test(p.retention[k] ?? ""));
      if (field) emit("M08", "warning", at(`retention.${field}`), `La conservation de « ${purposeName(p)} » renvoie à un compte, alors qu'aucun compte utilisateur n'est déclaré : indiquez l'événement qui y met fin pour votre activité.`);
      if (ACCOUNT.test(p.consequence ?? "")) emit("M12", "warning", at("consequence"), `La conséquence d'un refus indiquée pour « ${purposeName(p)} » parle d'un compte, alors qu'aucun compte utilisateur n'est déclaré.`);
    }
    if (p.furtherProcessing && blank(p.startsOn)) emit("M14", "blocking", at("startsOn"), `Indiquez la date à laquelle commence la nouvelle utilisation « ${purposeName(p)} » : elle doit être annoncée avant.`);
    if (p.furtherProcessing && has(p.startsOn) && has(a.effectiveDate) && p.startsOn < a.effectiveDate) {
      emit("M14", "blocking", at("startsOn"), `La nouvelle utilisation « ${purposeName(p)} » commence avant l'entrée en vigueur de la politique : elle doit être annoncée avant de commencer.`);
    }
    if (p.key === "ai_training" && !p.furtherProcessing) emit("M14", "warning", at("furtherProcessing"), "L'entraînement d'une IA sur des contenus collectés pour fournir le service est une nouvelle utilisation : cochez la case et indiquez sa date de début.");
    if (TRACKER_PURPOSES.includes(p.key) && p.basis !== "consent") {
      emit("F03", "blocking", at("basis"), `La finalité « ${purposeName(p)} » repose sur des traceurs soumis au consentement (article 82 de la loi Informatique et Libertés).`);
    }
    if (p.key === "newsletter" && p.basis === "legitimate_interest" && !p.softOptIn && a.service.audience !== "b2b") {
      emit("F04", "blocking", at("basis"), "La prospection par e-mail des particuliers exige leur consentement préalable, sauf pour des clients et des produits analogues (« soft opt-in ») : choisissez le consentement ou cochez « Clients existants ».");
    }
    if (p.key === "b2b_prospecting" && a.service.audience === "b2c") {
      emit("F04", "warning", at("key"), "La prospection B2B sans consentement ne vaut que pour des professionnels, sur des offres liées à leur activité.");
    }
    const viaCookies = TRACKER_PURPOSES.includes(p.key) && has(choicesPlace(a.cookies));
    if (p.basis === "consent" && blank(p.optOut) && blank(a.rights.consentWithdrawal) && !viaCookies) {
      emit("M10", "blocking", "rights.consentWithdrawal", `Indiquez comment retirer son consentement pour « ${purposeName(p)} » (réglage, lien de désinscription…), aussi simplement qu'il a été donné.`);
    }
  });
}

function checkRecipients(a: TAnswers, emit: TEmit) {
  a.recipients.forEach((r, i) => {
    const at = (f: string) => `recipients.${i}.${f}`;
    if (blank(r.name)) emit("M06", "blocking", at("name"), "Indiquez le nom de ce destinataire.");
    if (blank(r.legalEntity) && r.kind !== "category") emit("M06", "blocking", at("legalEntity"), `Indiquez la société qui reçoit les données (${r.name || "destinataire sans nom"}).`);
    const who = named(r.name, "Ce destinataire");
    const outside = [...new Set(r.dataLocations.filter((c) => !isEea(c)))];
    for (const path of r.uncertain ?? []) {
      const known = path.split(".")[0] ?? "";
      const what = fieldLabel(`recipients.${i}.${path}`) ?? (path.startsWith("cookies") ? "Cookies déposés (étape Cookies)" : undefined);
      emit(path.startsWith("transfer") || path === "dataLocations" ? "M07" : "M06", "info", known in r ? at(path) : `recipients.${i}`,
        `Information du catalogue à vérifier pour ${named(r.name, "ce destinataire")}${what ? ` : ${what.toLowerCase()}` : ""}.`);
    }
    if (outside.length === 0) return;
    const m = r.transfer.mechanism;
    const covers = mechanismCovers;
    if (m === "unknown" || m === "none_needed") {
      emit("M07", "blocking", at("transfer.mechanism"), `${who} traite des données hors de l'Espace économique européen : indiquez la garantie qui encadre ce transfert.`);
    } else if (outside.some((c) => !covers(m, c) && !covers(r.transfer.fallback, c))) {
      emit("M07", "blocking", at("transfer.mechanism"), `La garantie indiquée pour ${named(r.name, "ce destinataire")} ne couvre pas tous les pays de traitement (une décision d'adéquation ne vaut que pour les pays concernés, le Data Privacy Framework que pour les États-Unis).`);
    }
    if (m === "derogation_explicit_consent") emit("M07", "warning", at("transfer.mechanism"), "Le consentement explicite au transfert est une dérogation exceptionnelle, inadaptée aux transferts réguliers : préférez des clauses contractuelles types.");
  });
  const ids = new Set(a.recipients.map((r) => r.id));
  a.cookies.trackers.forEach((t, i) => {
    if (has(t.recipientId) && !ids.has(t.recipientId)) emit("M06", "warning", `cookies.trackers.${i}.recipientId`, `Le traceur ${named(t.name, "sans nom")} renvoie à un destinataire qui n'est plus dans la liste.`);
  });
}

/** Declared data and the data the purposes and sources use tell the same story (a template's leftovers, M08/M15). */
function checkDataConsistency(a: TAnswers, emit: TEmit) {
  const used = new Set([...a.purposes.flatMap((p) => p.data ?? []), ...a.data.sources.flatMap((s) => s.categories ?? []), ...a.recipients.flatMap((r) => r.data ?? [])]);
  const declared = new Set(a.data.categories.map((c) => c.key));
  a.data.categories.forEach((c, i) => {
    if (a.purposes.length && !used.has(c.key)) {
      emit("M04", "warning", `data.categories.${i}`, `« ${DATA_CATEGORY_LABELS[c.key].label} » n'est utilisée par aucune finalité ni aucun destinataire : retirez cette catégorie, ou cochez-la dans la finalité qui s'en sert.`);
    }
  });
  a.purposes.forEach((p, i) => {
    const missing = (p.data ?? []).filter((k) => !declared.has(k));
    if (missing.length) {
      emit("M04", "warning", `purposes.${i}.data`, `La finalité « ${purposeName(p)} » utilise des données absentes de la liste des données traitées (${missing.map((k) => DATA_CATEGORY_LABELS[k].short).join(", ")}) : décochez-les ici si cette finalité ne s'en sert pas, sinon ajoutez-les à l'étape Données.`);
    }
  });
  // A recipient's data the policy never declares (a catalogue default nobody unticked); for a sub-processor of
  // customers' data, the categories kept for customers count as declared.
  const forCustomers = new Set(a.data.customers?.categories ?? []);
  a.recipients.forEach((r, i) => {
    const missing = (r.data ?? []).filter((k) => !declared.has(k) && !(r.forCustomers && forCustomers.has(k)));
    if (missing.length && a.data.categories.length) {
      emit("M06", "warning", `recipients.${i}.data`, `${named(r.name, "Ce destinataire")} reçoit des données absentes de la liste des données traitées (${missing.map((k) => DATA_CATEGORY_LABELS[k].short).join(", ")}) : décochez-les ici s'il ne les reçoit pas, sinon ajoutez-les à l'étape Données.`);
    }
  });
  if (a.security.measures.includes("password_hashing") && !hasAccounts(a)) {
    emit("M01", "warning", "security.measures", "« Hachage des mots de passe » est coché alors qu'aucun compte utilisateur n'est déclaré : décochez cette mesure si le service n'a pas de mots de passe.");
  }
  a.recipients.forEach((r, i) => {
    if (!r.data?.length && !r.purposes?.length && !onlyForCustomers(a, r)) {
      emit("M06", "warning", `recipients.${i}.data`, `Indiquez les données que reçoit ${named(r.name, "ce destinataire")} et pour quelles finalités.`);
    }
  });
}

function checkData(a: TAnswers, emit: TEmit) {
  checkDataConsistency(a, emit);
  a.data.specialCategories.forEach((s, i) => {
    if (!s.exception) emit("M17", "blocking", `data.specialCategories.${i}.exception`, "Indiquez l'exception de l'article 9.2 du RGPD qui permet de traiter ces données sensibles (le plus souvent, le consentement explicite).");
  });
  if (a.data.categories.some((c) => c.key === "health" || c.key === "other_special") && a.data.specialCategories.length === 0) {
    emit("M17", "blocking", "data.specialCategories", "Des données sensibles figurent parmi les données traitées : déclarez-les avec leur exception de l'article 9.2.");
  }
  if (a.data.categories.some((c) => CONTENT_CATEGORIES.includes(c.key)) && a.data.contentNotice === false && blank(a.data.contentHandling)) {
    emit("M17", "blocking", "data.contentNotice", "Les utilisateurs saisissent des contenus libres : demandez-leur de ne pas y mettre de données sensibles, ou expliquez comment ces données sont traitées.");
  }
  const indirect = [...a.purposes.flatMap((p) => p.data), ...a.data.categories.map((c) => c.key)].some((k) => INDIRECT_CATEGORIES.includes(k))
    || a.purposes.some((p) => p.requirement === "indirect");
  if (indirect && a.data.sources.length === 0) {
    emit("M15", "blocking", "data.sources", "Des données de profils ou de sources publiques sont traitées : indiquez leur source et les catégories obtenues (article 14 du RGPD).");
  }
}

function checkServiceAndCookies(a: TAnswers, emit: TEmit) {
  const age = a.service.minimumAge;
  if (age === 13 && blank(a.service.parentalConsent)) {
    emit("E04", "blocking", "service.minimumAge", "13 ans est l'âge américain (COPPA) : en France, un mineur consent seul à partir de 15 ans. Si des 13-14 ans utilisent le service, décrivez ci-dessous comment le consentement conjoint du titulaire de l'autorité parentale est recueilli ; sinon, indiquez 15.");
  }
  // 0 is a general-audience service that does not target children (a shop, a brochure site): the policy states the
  // rule and how a parent has data removed. A service open to children from a given age must say how the joint
  // consent is collected.
  if (age > 0 && age < DIGITAL_MAJORITY && usesConsent(a) && blank(a.service.parentalConsent)) {
    emit("F02", "blocking", "service.parentalConsent", `Le service est ouvert aux enfants dès ${age} ans : décrivez comment le consentement conjoint du mineur et du titulaire de l'autorité parentale est recueilli, ou indiquez 0 si le service est tout public sans viser les enfants.`);
  }
  const trackers = a.cookies.trackers;
  if (trackers.some((t) => trackerNeedsConsent(t.category))) {
    if (blank(a.cookies.consentTool)) emit("F03", "blocking", "cookies.consentTool", "Des traceurs requièrent le consentement : indiquez l'outil (bandeau) qui le recueille.");
    if (!has(choicesPlace(a.cookies))) emit("M10", "blocking", a.cookies.choicesAccess === "other" ? "cookies.manageChoices" : "cookies.choicesAccess", "Indiquez où l'utilisateur rouvre l'outil de gestion des cookies pour modifier ses choix à tout moment.");
    if (!a.purposes.some((p) => TRACKER_PURPOSES.includes(p.key))) {
      emit("F03", "warning", "purposes", "Des traceurs soumis au consentement sont déposés : ajoutez la finalité qu'ils servent (mesure d'audience, publicité, contenus intégrés), fondée sur le consentement.");
    }
  }
  trackers.forEach((t, i) => {
    if (t.category === "audience_exempt" && /google analytics|\b_ga\b|_ga_|gtag|\bGA4\b/i.test(`${t.name} ${t.provider}`)) {
      emit("F03", "blocking", `cookies.trackers.${i}.category`, "Google Analytics 4 dans sa configuration standard n'est pas exempté de consentement (CNIL).");
    }
  });
  // Tracker lifetimes and the cookie-choice duration against the CNIL references: V01 and V05 (plausibility.ts).
}

function checkAutomated(a: TAnswers, emit: TEmit) {
  a.automated.decisions.forEach((d, i) => {
    const at = (f: string) => `automated.decisions.${i}.${f}`;
    if (blank(d.logic)) emit("M13", "blocking", at("logic"), `Expliquez la logique de la décision automatisée « ${named(d.name, "sans intitulé")} ».`);
    if (blank(d.consequences)) emit("M13", "blocking", at("consequences"), `Indiquez l'importance et les conséquences de la décision « ${named(d.name, "sans intitulé")} ».`);
    if (blank(d.humanReview)) emit("M13", "blocking", at("humanReview"), `Indiquez comment obtenir une intervention humaine sur la décision « ${named(d.name, "sans intitulé")} » (article 22.3 du RGPD).`);
  });
  if (a.rights.channels.includes("form") && blank(a.rights.formUrl)) emit("M09", "blocking", "rights.formUrl", "Indiquez l'adresse du formulaire d'exercice des droits.");
}

/** P01: what a template proposed and the founder has not kept, edited or removed yet. */
function checkProposals(a: TAnswers, emit: TEmit) {
  for (const { path } of openProposals(a)) {
    const parts = path.split(".");
    const index = Number(parts.at(-1));
    const what = Number.isInteger(index)
      ? `« ${itemTitleOf(listSchema(parts.slice(0, -1).join(".")), valueAt(a, path), index)} »`
      : `« ${fieldLabel(path) ?? path} »`;
    emit("P01", "warning", path, `Proposé par le modèle : ${what}. Gardez, modifiez ou retirez cette réponse pour qu'elle décrive bien votre activité.`);
  }
}

const SEVERITY_WEIGHT: Record<TSeverity, number> = { blocking: 0, warning: 0.5, info: 1 };
const SEVERITY_ORDER: Record<TSeverity, number> = { blocking: 0, warning: 1, info: 2 };

/** Share of applicable rules satisfied; a rule with a blocking finding counts 0, a warning ½. */
export function scoreOf(findings: readonly TFinding[], applicable: readonly TRuleId[]): number {
  const credit = applicable.map((id) => Math.min(1, ...findings.filter((f) => f.ruleId === id).map((f) => SEVERITY_WEIGHT[f.severity])));
  return applicable.length ? Math.round((100 * credit.reduce((s, c) => s + c, 0)) / applicable.length) : 100;
}

export function checkCompliance(input: TAnswers): TCompliance {
  // A value under a control the wizard does not show is not in the policy (schema metadata `showWhen`).
  const a = visibleAnswers(input);
  const findings: TFinding[] = [];
  const emit: TEmit = (ruleId, severity, field, message) =>
    findings.push({ ruleId, severity, field, message: typo(message), article: RULES[ruleId].article });
  checkController(a, emit);
  checkPurposes(a, emit);
  checkRecipients(a, emit);
  checkData(a, emit);
  checkServiceAndCookies(a, emit);
  checkAutomated(a, emit);
  const answerRules = runAnswerRules([...CONSISTENCY_RULES, ...PLAUSIBILITY_RULES], a, emit);
  for (const hit of scanAnswersText(a)) emit(hit.ruleId, "blocking", hit.field, hit.message);
  for (const f of roleFindings(a)) emit(f.ruleId, f.severity, f.field, f.message);
  checkProposals(a, emit);
  const general = applicableRules(a);
  const applicable = RULE_IDS.filter((id) => general.includes(id) || answerRules.includes(id));
  const score = scoreOf(findings, applicable);
  findings.sort((x, y) => SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity]);
  return { findings, score, applicable };
}
