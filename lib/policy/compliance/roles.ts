// R01–R04: the roles of RULES §9 that the questionnaire expresses. Processing for customers (art. 28),
// joint controllers (art. 26), privacy by default for published content (art. 25.2), an EU representative
// established in the Union (art. 27).
import type { TAnswers } from "../schema";
import { has } from "../text/grammar";
import { isEea } from "../vocabulary";
import type { TRuleId, TSeverity } from "./rules";

export type TRoleFinding = { ruleId: TRuleId; severity: TSeverity; field: string; message: string };

export function roleFindings(a: TAnswers): TRoleFinding[] {
  const out: TRoleFinding[] = [];
  const emit = (ruleId: TRuleId, severity: TSeverity, field: string, message: string) => out.push({ ruleId, severity, field, message });
  const c = a.data.customers;
  if (c) {
    // Blocking: without saying whose data it is, the section cannot tell those people where to go.
    if (!has(c.people)) emit("R01", "blocking", "data.customers.people", "Indiquez de qui sont les données que vos clients enregistrent dans le service (par exemple « les patients de nos clients »).");
    if (c.categories.length === 0) emit("R01", "warning", "data.customers.categories", "Indiquez les catégories de données que vos clients enregistrent dans le service.");
    // Blocking: hosting health data for others without an HDS certificate is an offence (CSP L1111-8, L1115-1).
    const host = (c.healthHost ?? "").trim().toLowerCase().split(/[\s,(]+/)[0] ?? "";
    if ((c.special ?? []).includes("health") && has(c.healthHost) && host.length > 1
      && !a.recipients.some((r) => `${r.name} ${r.legalEntity ?? ""}`.toLowerCase().includes(host))) {
      emit("R01", "warning", "data.customers.healthHost", "L'hébergeur certifié HDS indiqué ne figure pas parmi les destinataires : ajoutez-le à l'étape Destinataires et cochez « Reçoit aussi les données de vos clients ».");
    }
    if ((c.special ?? []).includes("health") && !has(c.healthHost)) emit("R01", "blocking", "data.customers.healthHost", "Des données de santé sont hébergées pour le compte de vos clients : indiquez l'hébergeur certifié HDS qui les stocke (article L1111-8 du code de la santé publique).");
  }
  a.recipients.forEach((r, i) => {
    // Warning: a sub-processor of customers' data in a policy that keeps none is a leftover or a missing answer.
    if (r.forCustomers && !c) emit("R01", "warning", `recipients.${i}.forCustomers`, `${has(r.name) ? r.name.trim() : "Ce destinataire"} est indiqué comme sous-traitant ultérieur des données de vos clients, mais aucune donnée n'est déclarée pour leur compte à l'étape Données.`);
    // Warning: art. 26.2 requires the essence to be available; « sur simple demande » is a fallback an auditor questions.
    if (r.role === "joint_controller" && !has(r.arrangement)) {
      emit("R02", "warning", `recipients.${i}.arrangement`, `${has(r.name) ? r.name.trim() : "Ce destinataire"} est responsable conjoint : résumez l'essentiel de votre accord (qui informe, qui répond aux demandes), que la politique doit mettre à disposition (article 26 du RGPD).`);
    }
  });
  const publicContent = a.service.publicContent ?? "none";
  // Warning: public by default is not forbidden outright, but art. 25.2 asks for the protective default.
  if (publicContent === "default") {
    emit("R03", "warning", "service.publicContent", "Des contenus sont publics dès leur publication : la protection des données par défaut (article 25 du RGPD) demande qu'ils restent privés tant que la personne n'a pas choisi de les publier. Préférez une publication choisie.");
  }
  if (publicContent !== "none" && !has(a.service.makePrivate)) {
    emit("R03", "warning", "service.makePrivate", "Indiquez comment un utilisateur rend privé un contenu qu'il a publié.");
  }
  if (publicContent === "none" && a.purposes.some((p) => p.key === "public_gallery")) {
    emit("R03", "warning", "service.publicContent", "Une galerie publique est déclarée : indiquez si les contenus sont publics dès leur publication ou seulement si l'utilisateur le choisit.");
  }
  const rep = a.euRepresentative;
  if (rep && !isEea(a.controller.address.country)) {
    // Blocking: a representative outside the Union is no representative (art. 27.3).
    if (!rep.country) emit("R04", "blocking", "euRepresentative.country", "Indiquez le pays où est établi le représentant dans l'Union.");
    else if (!isEea(rep.country)) emit("R04", "blocking", "euRepresentative.country", "Le représentant doit être établi dans un État de l'Union européenne (ou de l'EEE) où se trouvent des personnes dont les données sont traitées (article 27 du RGPD).");
  }
  return out;
}
