// Step « Entreprise »: who is the controller, its group, its EU representative.
import { CONTROLLER_KIND_LABELS } from "../labels";
import { CONTROLLER_KINDS } from "../vocabulary";
import {
  COUNTRY_OPTIONS, LONG, choice, country, email, field, object, optionalText, requiredText,
} from "./fields";

export const zAddress = object({
  street: field(optionalText(), { label: "Adresse", help: "Numéro et voie, avec le complément d'adresse s'il y en a un.", default: "", widget: "text" }),
  postalCode: field(optionalText(20), { label: "Code postal", help: "Code postal ou équivalent du pays.", default: "", widget: "text" }),
  city: field(optionalText(100), { label: "Ville", help: "Commune du siège ou de l'établissement.", default: "", widget: "text" }),
  country: field(country(), { label: "Pays", help: "Pays de l'adresse.", default: "FR", widget: "country", options: COUNTRY_OPTIONS }),
});

export const zController = object({
  kind: field(choice(CONTROLLER_KINDS), {
    label: "Qui édite le service ?",
    help: "Une société (SAS, SARL, association…) ou une personne physique (entrepreneur individuel, micro-entrepreneur).",
    default: "company", widget: "select", options: CONTROLLER_KIND_LABELS,
  }),
  legalName: field(requiredText(), {
    label: "Dénomination sociale ou nom",
    help: "Pour une société, sa dénomination exacte (extrait Kbis) ; pour une personne physique, ses nom et prénom.",
    default: "", widget: "text",
  }),
  tradeName: field(optionalText(), { label: "Nom commercial", help: "Si le service est connu sous un autre nom que la dénomination sociale.", default: "", widget: "text" }),
  legalForm: field(optionalText(), {
    label: "Forme juridique",
    help: "Par exemple « société par actions simplifiée » ou « entrepreneur individuel ». Obligatoire pour une société.",
    default: "", widget: "text",
  }),
  shareCapital: field(optionalText(60), { label: "Capital social", help: "Par exemple « 10 000 € ». Facultatif.", default: "", widget: "text" }),
  registration: field(optionalText(), {
    label: "Immatriculation",
    help: "Par exemple « RCS Lyon 912 345 678 » ou « SIREN 912 345 678 ». Laissez vide s'il n'y en a pas.",
    default: "", widget: "text",
  }),
  address: field(zAddress, {
    label: "Adresse postale",
    help: "Le siège d'une société, obligatoire. Une personne physique peut ne pas publier son adresse : laissez-la vide, les personnes vous écriront par e-mail.",
    widget: "group",
  }),
  email: field(email(), { label: "E-mail de contact", help: "Adresse e-mail générale de l'éditeur.", default: "", widget: "email" }),
  phone: field(optionalText(40), { label: "Téléphone", help: "Facultatif.", default: "", widget: "text" }),
  parentCompany: field(object({
    name: field(requiredText(), { label: "Société mère", help: "Dénomination de la société qui contrôle l'éditeur.", default: "", widget: "text" }),
    country: field(country(), { label: "Pays de la société mère", help: "Pays du siège de la société mère.", default: "FR", widget: "country", options: COUNTRY_OPTIONS }),
    sharesData: field(optionalText(LONG), {
      label: "Données partagées avec le groupe",
      help: "Si la société mère reçoit des données (outils communs, reporting), décrivez lesquelles et pourquoi. Sinon, laissez vide.",
      default: "", widget: "textarea",
    }),
  }).optional(), { label: "Groupe", help: "À renseigner si l'éditeur appartient à un groupe de sociétés.", widget: "group" }),
});

export const zEuRepresentative = object({
  name: field(requiredText(), { label: "Nom du représentant", help: "Personne ou société désignée dans l'Union européenne (art. 27 du RGPD).", default: "", widget: "text" }),
  address: field(requiredText(300), { label: "Adresse du représentant", help: "Adresse postale complète, dans l'Union européenne.", default: "", widget: "text" }),
  country: field(country().optional(), {
    label: "Pays du représentant", help: "Un État de l'Union européenne (ou de l'EEE) où se trouvent des personnes dont les données sont traitées (article 27 du RGPD).",
    default: "FR", widget: "country", options: COUNTRY_OPTIONS,
  }),
  email: field(email(), { label: "E-mail du représentant", help: "Adresse à laquelle les personnes et la CNIL peuvent le joindre.", default: "", widget: "email" }),
});

export const zStepEntreprise = object({
  controller: field(zController, { label: "Responsable du traitement", help: "L'entreprise ou la personne qui décide de l'usage des données.", widget: "group" }),
  euRepresentative: field(zEuRepresentative.optional(), {
    label: "Représentant dans l'Union européenne",
    help: "Obligatoire lorsque l'éditeur est établi hors de l'Espace économique européen et s'adresse à des personnes qui s'y trouvent.",
    widget: "group",
  }),
});
