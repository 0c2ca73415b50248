// Step « Finalités »: purposes with basis, interest, requirement, retention (M04, M05, M08, M12, M14),
// automated decisions and profiling.
import { LEGAL_BASIS_LABELS, PURPOSE_LABELS, REQUIREMENT_LABELS, RETENTION_MODE_LABELS, TIME_UNIT_LABELS } from "../labels";
import { LEGAL_BASES, PURPOSE_KEYS, REQUIREMENTS, RETENTION_MODES, TIME_UNITS } from "../vocabulary";
import { zDataCategory } from "./donnees";
import {
  LONG, bool, choice, field, idList, int, list, object, optionalDate, optionalText, requiredText, slug,
} from "./fields";

export const PURPOSE_KEYS_WITH_CUSTOM = [...PURPOSE_KEYS, "custom"] as const;

export const zRetention = object({
  mode: field(choice(RETENTION_MODES), {
    label: "Type de durée", help: "Une durée fixe, la durée de la relation (éventuellement prolongée) ou des critères.",
    default: "duration", widget: "select", options: RETENTION_MODE_LABELS,
  }),
  until: field(optionalText(), {
    label: "Fin de la relation",
    help: "L'événement jusqu'auquel les données sont conservées, avec son article : « la clôture de votre compte », « la fin de l'abonnement ».",
    default: "", widget: "text", showWhen: { mode: ["relationship"] },
  }),
  extended: field(bool().optional(), {
    label: "Conservation prolongée après la fin de la relation",
    help: "Cochez si les données sont gardées un temps après cet événement (par exemple 5 ans pour la prescription des actions en justice), puis indiquez cette durée.",
    default: false, widget: "toggle", showWhen: { mode: ["relationship"] },
  }),
  amount: field(int(1, 100).optional(), {
    label: "Durée", help: "Nombre d'unités : par exemple 3 pour 3 ans.", default: 3, widget: "number",
    showWhen: [{ mode: ["duration"] }, { mode: ["relationship"], extended: [true] }],
  }),
  unit: field(choice(TIME_UNITS).optional(), {
    label: "Unité", help: "Jours, semaines, mois ou années.", default: "years", widget: "select", options: TIME_UNIT_LABELS,
    showWhen: [{ mode: ["duration"] }, { mode: ["relationship"], extended: [true] }],
  }),
  amountMax: field(int(1, 100).optional(), {
    label: "Durée maximale, si la durée varie",
    help: "Si la durée dépend des cas, sa borne haute dans la même unité : par exemple 3 pour « de 1 à 3 ans ». Laissez vide pour une durée fixe.",
    widget: "number", showWhen: { mode: ["duration"] },
  }),
  from: field(optionalText(), {
    label: "Point de départ",
    help: "L'événement à partir duquel la durée court, avec son article : « la collecte », « le dernier contact », « la clôture du compte ».",
    default: "", widget: "text", showWhen: { mode: ["duration"] },
  }),
  inactive: field(bool().optional(), {
    label: "Suppression après une période d'inactivité",
    help: "Cochez si les données sont supprimées quand la personne n'utilise plus le service pendant un temps (la CNIL recommande de supprimer un compte inactif depuis 2 ans, après avoir prévenu son titulaire).",
    default: false, widget: "toggle",
  }),
  inactiveAmount: field(int(1, 100).optional(), {
    label: "Durée d'inactivité", help: "Par exemple 2 pour 2 ans sans connexion.", default: 2, widget: "number", showWhen: { inactive: [true] },
  }),
  inactiveUnit: field(choice(TIME_UNITS).optional(), {
    label: "Unité de la durée d'inactivité", help: "Mois ou années, le plus souvent.", default: "years", widget: "select", options: TIME_UNIT_LABELS, showWhen: { inactive: [true] },
  }),
  inactiveNotice: field(bool().optional(), {
    label: "La personne est prévenue avant la suppression",
    help: "Un message lui laisse le temps de se reconnecter ou de récupérer ses données.", default: true, widget: "toggle", showWhen: { inactive: [true] },
  }),
  criteria: field(optionalText(LONG), {
    label: "Critères ou précisions",
    help: "Lorsque la durée ne peut pas être fixée : les critères qui la déterminent. Sinon, une précision éventuelle (par exemple la suppression des comptes inactifs).",
    default: "", widget: "textarea",
  }),
});

export const zPurpose = object({
  id: field(slug(), { label: "Identifiant", help: "Identifiant stable, utilisé pour comparer les versions.", default: "", widget: "text", hidden: true }),
  key: field(choice(PURPOSE_KEYS_WITH_CUSTOM), {
    label: "Type de finalité", help: "Finalité courante ou finalité personnalisée. Choisir un type remplit les réponses habituelles, que vous pouvez modifier.", default: "custom", widget: "select",
    options: { ...PURPOSE_LABELS, custom: "Autre finalité" }, fills: "purposePreset",
  }),
  label: field(requiredText(), { label: "Finalité", help: "Ce que les données permettent de faire, par exemple « Gestion de votre compte ».", default: "", widget: "text" }),
  description: field(optionalText(LONG), { label: "Description", help: "Précisions sur ce traitement, si utile.", default: "", widget: "textarea" }),
  data: field(list(zDataCategory, 40, 1), {
    label: "Données utilisées", help: "Catégories de données utilisées pour cette finalité. Celles déclarées à l'étape Données viennent en premier.", default: [], widget: "multiselect",
    optionsFrom: { list: "data.categories", value: "key", label: "key" },
  }),
  basis: field(choice(LEGAL_BASES), {
    label: "Base légale", help: "Article 6 du RGPD. Les bases « intérêts vitaux » et « mission d'intérêt public » sont rarement pertinentes.",
    default: "contract", widget: "select", options: Object.fromEntries(Object.entries(LEGAL_BASIS_LABELS).map(([k, v]) => [k, v.label])),
  }),
  legitimateInterest: field(optionalText(LONG), {
    label: "Intérêt légitime poursuivi", help: "Obligatoire si la base légale est l'intérêt légitime : l'intérêt concret poursuivi.", default: "", widget: "textarea",
    showWhen: { basis: ["legitimate_interest"] },
  }),
  balancing: field(bool().optional(), {
    label: "Mise en balance réalisée et documentée",
    help: "Cochez si vous avez vérifié, par écrit, que cet intérêt ne l'emporte pas sur les intérêts et les droits des personnes (par exemple dans votre registre). La politique ne l'affirme que si vous le cochez.",
    default: false, widget: "toggle", showWhen: { basis: ["legitimate_interest"] },
  }),
  legalObligation: field(optionalText(300), {
    label: "Texte imposant le traitement", help: "Obligatoire si la base légale est l'obligation légale : citez le texte, par exemple « article L123-22 du code de commerce ».",
    default: "", widget: "text", showWhen: { basis: ["legal_obligation"] },
  }),
  requirement: field(choice(REQUIREMENTS), {
    label: "Fourniture des données", help: "Les données sont-elles obligatoires, et à quel titre ?", default: "contractual", widget: "select", options: REQUIREMENT_LABELS,
  }),
  consequence: field(optionalText(LONG), {
    label: "Conséquence d'un refus",
    help: "Ce qui se passe si la personne ne fournit pas les données, par exemple « le compte ne peut pas être créé ». Pour un intérêt légitime ou un consentement, la politique rappelle d'elle-même le droit de s'opposer ou de retirer son consentement : ne le niez pas ici.",
    default: "", widget: "textarea",
  }),
  retention: field(zRetention, { label: "Durée de conservation", help: "Combien de temps les données sont conservées pour cette finalité.", widget: "group" }),
  furtherProcessing: field(bool().optional(), {
    label: "Nouvelle utilisation de données déjà collectées",
    help: "Cochez si cette finalité réutilise des données collectées pour une autre finalité (par exemple entraîner une IA sur les contenus des utilisateurs) : la politique doit l'annoncer avant son début.",
    default: false, widget: "toggle",
  }),
  startsOn: field(optionalDate(), {
    label: "Date de début", help: "Pour une nouvelle utilisation : la date à laquelle elle commence.", default: "", widget: "date",
    showWhen: { furtherProcessing: [true] },
  }),
  softOptIn: field(bool().optional(), {
    label: "Clients existants (« soft opt-in »)",
    help: "Pour la prospection par e-mail de particuliers sans consentement : uniquement des clients, pour des produits analogues, informés et libres de refuser à tout moment.",
    default: false, widget: "toggle", showWhen: { basis: ["legitimate_interest"], key: ["newsletter", "custom"] },
  }),
  optOut: field(optionalText(LONG), {
    label: "Comment s'y opposer ou retirer son consentement", help: "Moyen simple de refuser ce traitement (lien de désinscription, réglage du compte).", default: "", widget: "textarea",
    showWhen: { basis: ["consent", "legitimate_interest"] },
  }),
});

export const zAutomatedDecision = object({
  name: field(requiredText(), { label: "Décision", help: "La décision prise sans intervention humaine, par exemple « suspension automatique d'un compte ».", default: "", widget: "text" }),
  logic: field(optionalText(LONG), { label: "Logique sous-jacente", help: "Les critères utilisés, en termes compréhensibles.", default: "", widget: "textarea" }),
  consequences: field(optionalText(LONG), { label: "Importance et conséquences", help: "Ce que la décision change pour la personne.", default: "", widget: "textarea" }),
  humanReview: field(optionalText(LONG), { label: "Intervention humaine", help: "Comment demander un réexamen par une personne et contester la décision (art. 22.3).", default: "", widget: "textarea" }),
});

export const zAutomated = object({
  decisions: field(list(zAutomatedDecision, 10), {
    label: "Décisions automatisées", help: "Décisions produisant des effets juridiques ou affectant significativement les personnes, prises sans intervention humaine.", default: [], widget: "list",
    itemTitle: ["name"], newItem: { title: "Nouvelle décision", add: "Ajouter une décision automatisée" },
  }),
  profiling: field(optionalText(LONG), { label: "Profilage", help: "Si un profilage est réalisé sans décision automatisée : sa description. Sinon, laissez vide.", default: "", widget: "textarea" }),
});

export const zStepFinalites = object({
  purposes: field(idList(zPurpose, 40, 1), {
    label: "Finalités", help: "Pourquoi les données sont traitées, chaque finalité avec sa base légale.", default: [], widget: "list",
    itemTitle: ["label", "key"], itemKey: "id", newItem: { title: "Nouvelle finalité", add: "Ajouter une finalité" },
  }),
  automated: field(zAutomated, { label: "Décisions automatisées et profilage", help: "À renseigner même s'il n'y en a pas : la politique le dira.", widget: "group" }),
});
