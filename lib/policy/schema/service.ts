// Step « Service »: what the service is, for whom, from which age.
import { AUDIENCE_LABELS, PUBLIC_CONTENT_LABELS, SERVICE_KIND_LABELS } from "../labels";
import { AUDIENCES, PUBLIC_CONTENT, SERVICE_KINDS } from "../vocabulary";
import { LONG, choice, field, int, list, object, optionalText, requiredText, url } from "./fields";

export const zService = object({
  name: field(requiredText(), { label: "Nom du service", help: "Le nom sous lequel le site ou l'application est connu.", default: "", widget: "text" }),
  description: field(optionalText(LONG), {
    label: "Présentation du service",
    help: "Une phrase qui décrit le service, par exemple « un outil en ligne de génération d'illustrations ». Elle ouvre la politique.",
    default: "", widget: "textarea",
  }),
  urls: field(list(url(), 10, 1), {
    label: "Adresses du service",
    help: "Adresse du site (https://…) et, le cas échéant, des pages des applications mobiles.",
    default: [], widget: "list",
  }),
  kind: field(choice(SERVICE_KINDS), { label: "Type d'activité", help: "Sert à proposer des finalités et des prestataires adaptés.", default: "saas", widget: "select", options: SERVICE_KIND_LABELS }),
  audience: field(choice(AUDIENCES), {
    label: "Clientèle",
    help: "Particuliers, professionnels ou les deux. La prospection par e-mail des particuliers exige leur consentement.",
    default: "b2c", widget: "select", options: AUDIENCE_LABELS,
  }),
  minimumAge: field(int(0, 21), {
    label: "Âge minimum des utilisateurs",
    help: "En France, un mineur peut consentir seul à partir de 15 ans. En dessous, le consentement conjoint du titulaire de l'autorité parentale est requis. Indiquez 0 s'il n'y a pas d'âge minimum.",
    default: 15, widget: "number",
  }),
  publicContent: field(choice(PUBLIC_CONTENT).optional(), {
    label: "Contenus rendus publics",
    help: "Si les utilisateurs publient des contenus (galerie, profil, avis) : sont-ils publics seulement s'ils le choisissent, ou dès leur publication ? La protection des données par défaut (article 25 du RGPD) demande qu'ils restent privés tant que la personne n'a pas choisi.",
    default: "none", widget: "select", options: PUBLIC_CONTENT_LABELS,
  }),
  makePrivate: field(optionalText(300), {
    label: "Comment rendre un contenu privé",
    help: "Par exemple « le bouton “Rendre privé” sous chaque image ». La politique l'indique aux utilisateurs.",
    default: "", widget: "text", showWhen: { publicContent: ["opt_in", "default"] },
  }),
  parentalConsent: field(optionalText(LONG), {
    label: "Recueil du consentement parental",
    help: "Si des moins de 15 ans utilisent le service : comment le consentement conjoint du mineur et du titulaire de l'autorité parentale est recueilli.",
    default: "", widget: "textarea", showWhen: { minimumAge: Array.from({ length: 15 }, (_, i) => i) },
  }),
});

export const zStepService = object({
  service: field(zService, { label: "Service", help: "Le site, l'application ou l'outil couvert par la politique.", widget: "group" }),
});
