// Step « Destinataires »: processors, partners and authorities, with transfers (M06, M07).
// A recipient is self-contained: picking a catalogue entry copies its facts here (recipientFromCatalogue).
import { DATA_CATEGORY_LABELS, PURPOSE_LABELS, RECIPIENT_KIND_LABELS, RECIPIENT_ROLE_LABELS, TRANSFER_MECHANISM_LABELS } from "../labels";
import { PURPOSE_KEYS, RECIPIENT_KINDS, RECIPIENT_ROLES, TRANSFER_MECHANISMS } from "../vocabulary";
import { zDataCategory } from "./donnees";
import { COUNTRY_OPTIONS, LONG, bool, choice, country, field, idList, list, object, optionalSlug, optionalText, requiredText, slug } from "./fields";

export const zTransfer = object({
  mechanism: field(choice(TRANSFER_MECHANISMS), {
    label: "Encadrement des transferts", help: "Pour des données traitées hors de l'Espace économique européen : décision d'adéquation, Data Privacy Framework, clauses contractuelles types….",
    default: "none_needed", widget: "select", options: TRANSFER_MECHANISM_LABELS,
  }),
  fallback: field(choice(TRANSFER_MECHANISMS).optional(), {
    label: "Garantie complémentaire", help: "Pour les pays que la première garantie ne couvre pas : par exemple les clauses contractuelles types pour les États-Unis quand la première est une décision d'adéquation, ou à défaut du Data Privacy Framework.", default: "", widget: "select", options: TRANSFER_MECHANISM_LABELS,
    showWhen: { mechanism: ["adequacy", "dpf", "bcr", "scc"] },
  }),
  note: field(optionalText(), { label: "Note sur le transfert", help: "Note pour vous (par exemple « certifiée au Data Privacy Framework ») ; la politique rédige elle-même la phrase sur le transfert.", default: "", widget: "text" }),
});

export const zRecipient = object({
  id: field(slug(), { label: "Identifiant", help: "Identifiant stable du destinataire.", default: "", widget: "text", hidden: true }),
  catalogueId: field(optionalSlug(), { label: "Entrée du catalogue", help: "Le service du catalogue dont les informations ont été reprises.", default: "", widget: "text", hidden: true }),
  kind: field(choice(RECIPIENT_KINDS).optional(), {
    label: "Type de destinataire",
    help: "Une société précise (Stripe, OVHcloud) ou, quand il n'y en a pas une seule, une catégorie : « administrations fiscales », « transporteurs », « cabinet comptable ».",
    default: "entity", widget: "select", options: RECIPIENT_KIND_LABELS,
  }),
  name: field(requiredText(), { label: "Nom", help: "Nom usuel du service, par exemple « Stripe », ou la catégorie, par exemple « Administrations fiscales ».", default: "", widget: "text" }),
  legalEntity: field(optionalText(), {
    label: "Société", help: "Entité juridique contractante, par exemple « Stripe Payments Europe Ltd ».", default: "", widget: "text",
    showWhen: [{ kind: ["entity"] }, { kind: [undefined] }],
  }),
  role: field(choice(RECIPIENT_ROLES), { label: "Rôle", help: "Sous-traitant, responsable indépendant ou conjoint.", default: "processor", widget: "select", options: RECIPIENT_ROLE_LABELS }),
  roleNote: field(optionalText(300), { label: "Précision sur le rôle", help: "Par exemple « responsable indépendant pour la lutte contre la fraude ».", default: "", widget: "text" }),
  arrangement: field(optionalText(LONG), {
    label: "L'essentiel de l'accord de responsabilité conjointe",
    help: "Qui fait quoi (article 26 du RGPD) : qui informe les personnes, qui répond à leurs demandes, qui est leur point de contact. Par exemple « Meta recueille et traite les données transmises par le pixel ; nous informons les personnes et recueillons leur consentement ; chacun répond aux demandes qui le concernent ».",
    default: "", widget: "textarea", showWhen: { role: ["joint_controller"] },
  }),
  forCustomers: field(bool().optional(), {
    label: "Reçoit aussi les données de vos clients (sous-traitant ultérieur)",
    help: "Seulement si le service garde des données pour le compte de vos clients (étape Données) : cochez si ce prestataire les traite aussi, par exemple le fournisseur d'IA qui transcrit leurs enregistrements. La politique le dira dans la section consacrée à ces données.",
    default: false, widget: "toggle",
  }),
  dataSharing: field(bool().optional(), {
    label: "Partage des données avec Google activé",
    help: "Dans Google Analytics (Administration, Paramètres du compte), les options « Partage des données » permettent à Google d'utiliser les données pour ses propres besoins : Google agit alors pour son propre compte. Cochez si l'une d'elles est activée.",
    default: false, widget: "toggle", showWhen: { catalogueId: ["google-analytics-4"] },
  }),
  country: field(country(), { label: "Pays de la société", help: "Pays où l'entité contractante est établie.", default: "FR", widget: "country", options: COUNTRY_OPTIONS }),
  dataLocations: field(list(country(), 10, 1), {
    label: "Pays de traitement des données", help: "Pays où les données sont stockées ou consultées, y compris par la maison mère.", default: [], widget: "multiselect", options: COUNTRY_OPTIONS,
  }),
  transfer: field(zTransfer, { label: "Transferts hors de l'EEE", help: "Comment les transferts sont encadrés.", widget: "group" }),
  purposes: field(list(choice(PURPOSE_KEYS), PURPOSE_KEYS.length), { label: "Finalités", help: "Pour quoi ce destinataire reçoit les données.", default: [], widget: "multiselect", options: PURPOSE_LABELS }),
  data: field(list(zDataCategory, 40), {
    label: "Données transmises", help: "Catégories de données reçues. Celles déclarées à l'étape Données viennent en premier.", default: [], widget: "multiselect",
    optionsFrom: { list: "data.categories", value: "key", label: "key" },
    options: Object.fromEntries(Object.entries(DATA_CATEGORY_LABELS).map(([k, v]) => [k, v.label])),
  }),
  description: field(optionalText(LONG), { label: "Rôle du destinataire", help: "Une phrase qui décrit ce que fait ce destinataire pour vous.", default: "", widget: "textarea" }),
  note: field(optionalText(LONG), { label: "Remarque", help: "Toute précision utile.", default: "", widget: "textarea" }),
  uncertain: field(list(requiredText(), 20).optional(), { label: "Informations à vérifier", help: "Informations du catalogue signalées comme incertaines.", default: [], widget: "list", hidden: true }),
});

export const zStepDestinataires = object({
  noSale: field(bool().optional(), {
    label: "Affirmer que vous ne vendez pas les données",
    help: "Cochez pour que la politique dise « nous ne vendons ni ne louons vos données personnelles ». Ne cochez que si c'est vrai de tous les destinataires, y compris les partenaires publicitaires.",
    default: false, widget: "toggle",
  }),
  recipients: field(idList(zRecipient, 60), { label: "Destinataires", help: "Prestataires (hébergement, paiement, e-mail, IA…), partenaires et autorités.", default: [], widget: "list",
    itemTitle: ["name", "legalEntity"], itemKey: "id", newItem: { title: "Nouveau destinataire", add: "Ajouter un destinataire à la main" },
  }),
});
