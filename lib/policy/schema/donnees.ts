// Step « Données »: categories of data (incl. art. 9, M17), indirect sources, security measures.
import { ART9_EXCEPTION_LABELS, DATA_CATEGORY_LABELS, SECURITY_MEASURE_LABELS, SPECIAL_CATEGORY_LABELS } from "../labels";
import { ART9_EXCEPTIONS, DATA_CATEGORY_KEYS, SECURITY_MEASURES, SPECIAL_CATEGORY_KEYS } from "../vocabulary";
import { LONG, bool, choice, field, list, object, optionalText, requiredText } from "./fields";

const DATA_OPTIONS = Object.fromEntries(Object.entries(DATA_CATEGORY_LABELS).map(([k, v]) => [k, v.label]));
export const zDataCategory = field(choice(DATA_CATEGORY_KEYS), {
  label: "Catégorie de données", help: "Choisissez dans la liste.", default: "identity", widget: "select", options: DATA_OPTIONS,
});

export const zCategoryEntry = object({
  key: zDataCategory,
  details: field(optionalText(LONG), {
    label: "Précisions",
    help: "Les données exactes, par exemple « nom, prénom, adresse e-mail ». Laissez vide pour la description par défaut.",
    default: "", widget: "textarea",
  }),
});

export const zSpecialCategory = object({
  key: field(choice(SPECIAL_CATEGORY_KEYS), {
    label: "Catégorie particulière (art. 9)", help: "Données sensibles au sens de l'article 9 du RGPD.", default: "health", widget: "select", options: SPECIAL_CATEGORY_LABELS,
  }),
  exception: field(choice(ART9_EXCEPTIONS).optional(), {
    label: "Exception de l'article 9.2",
    help: "Le traitement de données sensibles est interdit sauf exception ; le plus souvent, le consentement explicite.",
    default: "explicit_consent", widget: "select",
    options: Object.fromEntries(Object.entries(ART9_EXCEPTION_LABELS).map(([k, v]) => [k, v.label])),
  }),
  details: field(optionalText(LONG), { label: "Précisions", help: "Quelles données, dans quel contexte, avec quelles précautions.", default: "", widget: "textarea" }),
});

export const zSource = object({
  name: field(requiredText(), { label: "Source", help: "D'où viennent les données : partenaire, API, réseau social, registre public…", default: "", widget: "text" }),
  categories: field(list(zDataCategory, 40, 1), {
    label: "Données obtenues", help: "Catégories de données reçues de cette source. Celles déclarées plus haut viennent en premier.", default: [], widget: "multiselect",
    optionsFrom: { list: "data.categories", value: "key", label: "key" },
  }),
  isPublic: field(bool().optional(), { label: "Source publique", help: "Cochez si les données proviennent d'une source accessible au public.", default: false, widget: "toggle" }),
  details: field(optionalText(LONG), { label: "Précisions", help: "Par exemple, les conditions de cette collecte.", default: "", widget: "textarea" }),
});

/** Data the service processes on its customers' behalf (art. 28): the customer is the controller (RULES §9). */
export const zCustomersData = object({
  people: field(optionalText(300), {
    label: "Personnes concernées", help: "De qui sont ces données, par exemple « les patients de nos clients » ou « les clients des commerçants qui utilisent le service ».",
    default: "", widget: "text",
  }),
  categories: field(list(zDataCategory, 40), {
    label: "Données traitées pour vos clients", help: "Les catégories de données que vos clients enregistrent dans le service.", default: [], widget: "multiselect", options: DATA_OPTIONS,
  }),
  special: field(list(choice(SPECIAL_CATEGORY_KEYS), SPECIAL_CATEGORY_KEYS.length).optional(), {
    label: "Données sensibles parmi elles",
    help: "Santé (dossiers de patients, comptes rendus), données biométriques (reconnaissance des personnes à leur voix ou à leur visage)… Pour ces données, c'est votre client qui retient l'exception de l'article 9 du RGPD. En France, les données de santé hébergées pour le compte de professionnels de santé doivent l'être chez un hébergeur certifié HDS (article L1111-8 du code de la santé publique).",
    default: [], widget: "multiselect", options: SPECIAL_CATEGORY_LABELS,
  }),
  healthHost: field(optionalText(), {
    label: "Hébergeur certifié HDS", help: "Le nom de l'hébergeur certifié « hébergeur de données de santé » qui stocke ces données, par exemple « OVHcloud (offre Healthcare) ».",
    default: "", widget: "text", showWhen: { special: ["health"] },
  }),
  details: field(optionalText(LONG), {
    label: "Précisions", help: "Ce que vous faites de ces données sur instruction de vos clients, si utile.", default: "", widget: "textarea",
  }),
});

export const zData = object({
  categories: field(list(zCategoryEntry, 40, 1), {
    label: "Données traitées", help: "Toutes les catégories de données personnelles traitées, directement ou non.", default: [], widget: "list",
    itemTitle: ["key"], itemKey: "key", newItem: { title: "Nouvelle catégorie", add: "Ajouter une catégorie de données" },
  }),
  specialCategories: field(list(zSpecialCategory, 8), {
    label: "Données sensibles", help: "Santé, opinions, données biométriques… À déclarer seulement si le service les traite.", default: [], widget: "list",
    itemTitle: ["key"], newItem: { title: "Nouvelle donnée sensible", add: "Déclarer une donnée sensible" },
  }),
  contentNotice: field(bool().optional(), {
    label: "Avertir de ne pas saisir de données sensibles",
    help: "Pour les outils de discussion, d'IA ou de contenus : la politique demande aux utilisateurs de ne pas saisir de données sensibles.",
    default: true, widget: "toggle",
  }),
  contentHandling: field(optionalText(LONG), {
    label: "Traitement des données sensibles saisies",
    help: "Si des utilisateurs saisissent malgré tout des données sensibles : comment elles sont traitées.",
    default: "", widget: "textarea",
  }),
  customers: field(zCustomersData.optional(), {
    label: "Le service garde des données pour le compte de vos clients",
    help: "Cochez si vos clients professionnels enregistrent dans le service les données de leurs propres clients, patients, élèves ou salariés (par exemple les fiches patients d'un logiciel de rendez-vous, les clients d'un outil de facturation). Pour ces données, vous agissez pour leur compte (sous-traitant, article 28 du RGPD) : c'est votre client qui en est responsable, et la politique doit le dire.",
    widget: "group",
  }),
  sources: field(list(zSource, 20), {
    label: "Sources indirectes", help: "Données qui ne sont pas fournies par la personne elle-même.", default: [], widget: "list",
    itemTitle: ["name"], newItem: { title: "Nouvelle source", add: "Ajouter une source" },
  }),
});

export const zSecurity = object({
  measures: field(list(choice(SECURITY_MEASURES), SECURITY_MEASURES.length), {
    label: "Mesures de sécurité", help: "Mesures effectivement en place (art. 32 du RGPD). Facultatif.", default: [], widget: "multiselect", options: SECURITY_MEASURE_LABELS,
  }),
  details: field(optionalText(LONG), { label: "Autres mesures", help: "Précisions sur la sécurité, en termes simples.", default: "", widget: "textarea" }),
});

export const zStepDonnees = object({
  data: field(zData, { label: "Données", help: "Les données personnelles traitées et leur origine.", widget: "group" }),
  security: field(zSecurity, { label: "Sécurité", help: "Les mesures qui protègent les données.", widget: "group" }),
});
