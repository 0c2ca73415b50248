// Step « Cookies »: trackers and how consent is collected (F03, LIL art. 82; CNIL 2020-091/092).
import { CHOICES_ACCESS_LABELS, TRACKER_CATEGORY_LABELS } from "../labels";
import { CHOICES_ACCESS, TRACKER_CATEGORIES } from "../vocabulary";
import { LONG, choice, field, int, list, object, optionalSlug, optionalText, optionalUrl, requiredText } from "./fields";

export const zTracker = object({
  name: field(requiredText(100), { label: "Nom du cookie ou traceur", help: "Par exemple « _ga ».", default: "", widget: "text" }),
  provider: field(requiredText(), { label: "Émetteur", help: "Qui dépose le traceur : vous-même ou un tiers (Google, Meta…).", default: "", widget: "text" }),
  purpose: field(requiredText(500), { label: "Finalité", help: "À quoi sert le traceur, en une phrase.", default: "", widget: "text" }),
  lifetime: field(requiredText(100), { label: "Durée de vie", help: "Par exemple « 13 mois » ou « session ». Au plus 13 mois pour la mesure d'audience.", default: "", widget: "text" }),
  category: field(choice(TRACKER_CATEGORIES), {
    label: "Catégorie",
    help: "Seuls les traceurs strictement nécessaires et la mesure d'audience exemptée se passent de consentement. Google Analytics 4 n'est pas exempté.",
    default: "strictly_necessary", widget: "select", options: TRACKER_CATEGORY_LABELS,
  }),
  recipientId: field(optionalSlug(), {
    label: "Destinataire lié", help: "Le destinataire (étape précédente) qui reçoit les données de ce traceur, s'il y en a un.", default: "", widget: "select",
    optionsFrom: { list: "recipients", value: "id", label: "name" },
  }),
});

export const zCookies = object({
  trackers: field(list(zTracker, 80), { label: "Cookies et traceurs", help: "Tous les traceurs, y compris ceux qui sont exemptés de consentement (ils restent listés).", default: [], widget: "list",
    itemTitle: ["name"], itemKey: "name", newItem: { title: "Nouveau traceur", add: "Ajouter un cookie ou traceur" },
  }),
  consentTool: field(optionalText(), { label: "Outil de gestion du consentement", help: "Par exemple « Axeptio » ou « Didomi ». Nécessaire dès qu'un traceur requiert le consentement.", default: "", widget: "text" }),
  choicesAccess: field(choice(CHOICES_ACCESS).optional(), {
    label: "Où rouvrir l'outil pour modifier ses choix",
    help: "Le consentement se retire aussi simplement qu'il se donne : l'outil de gestion des cookies doit pouvoir être rouvert à tout moment. La politique y renvoie ; les réglages du navigateur ne suffisent pas.",
    default: "footer_link", widget: "select", options: CHOICES_ACCESS_LABELS,
  }),
  choicesLink: field(optionalText(60), {
    label: "Intitulé du lien", help: "Le texte du lien, par exemple « Gérer mes cookies ».", default: "Gérer mes cookies", widget: "text",
    showWhen: { choicesAccess: ["footer_link", "menu_link"] },
  }),
  manageChoices: field(optionalText(300), {
    label: "Où modifier ses choix",
    help: "Où se trouve le moyen de rouvrir l'outil de gestion des cookies, par exemple « la rubrique “Confidentialité” de l'espace parent ».",
    default: "", widget: "text", showWhen: { choicesAccess: ["other"] },
  }),
  policyUrl: field(optionalUrl(), {
    label: "Politique cookies séparée", help: "Si vous publiez une politique cookies distincte : son adresse. La politique de confidentialité y renverra.", default: "", widget: "url",
  }),
  choiceRetentionMonths: field(int(1, 13), {
    label: "Conservation du choix (mois)", help: "Durée pendant laquelle le choix (accepter ou refuser) est conservé avant d'être redemandé. 6 mois est la bonne pratique recommandée par la CNIL.",
    default: 6, widget: "number",
  }),
  details: field(optionalText(LONG), { label: "Précisions", help: "Toute autre information sur les traceurs.", default: "", widget: "textarea" }),
});

export const zStepCookies = object({
  cookies: field(zCookies, { label: "Cookies et traceurs", help: "Les traceurs déposés ou lus sur le terminal des utilisateurs.", widget: "group" }),
});
