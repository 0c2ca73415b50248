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
    help: "0 : service tout public, qui ne vise pas particulièrement les enfants (le cas d'un commerce, d'un site vitrine, d'un blog). 15 ou plus : service réservé à partir de cet âge, vérifié à l'inscription. De 1 à 14 : service ouvert aux enfants dès cet âge ; en France, un mineur ne consent seul qu'à partir de 15 ans, décrivez alors le recueil du consentement parental.",
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
    help: "Si le service est ouvert aux moins de 15 ans : comment le consentement conjoint du mineur et du titulaire de l'autorité parentale est recueilli.",
    default: "", widget: "textarea", showWhen: { minimumAge: Array.from({ length: 14 }, (_, i) => i + 1) },
  }),
});

export const zStepService = object({
  service: field(zService, { label: "Service", help: "Le site, l'application ou l'outil couvert par la politique.", widget: "group" }),
});
