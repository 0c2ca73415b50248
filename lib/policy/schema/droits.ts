// Step « Droits et contact »: DPO or privacy contact, exercising rights (M09, M16), withdrawal of
// consent, announcing changes (RULES §8, E02), effective date.
import { CHANGE_CHANNEL_LABELS, RIGHTS_CHANNEL_LABELS } from "../labels";
import { CHANGE_CHANNELS, RIGHTS_CHANNELS } from "../vocabulary";
import {
  LONG, bool, choice, email, field, int, isoDate, list, object, optionalEmail, optionalText, optionalUrl,
} from "./fields";

export const zContact = object({
  privacyEmail: field(email(), {
    label: "E-mail pour les questions de données personnelles", help: "L'adresse à laquelle les personnes exercent leurs droits. Reprend l'e-mail de contact de l'entreprise tant que vous ne la changez pas.", default: "", widget: "email",
    prefillFrom: "controller.email",
  }),
  dpoDesignated: field(bool(), {
    label: "Un délégué à la protection des données (DPO) est désigné",
    help: "Obligatoire pour les organismes publics, le suivi régulier et systématique à grande échelle ou les données sensibles à grande échelle.",
    default: false, widget: "toggle",
  }),
  dpoName: field(optionalText(), { label: "Nom du DPO", help: "Personne ou société désignée.", default: "", widget: "text", showWhen: { dpoDesignated: [true] } }),
  dpoEmail: field(optionalEmail(), { label: "E-mail du DPO", help: "Adresse de contact du DPO.", default: "", widget: "email", showWhen: { dpoDesignated: [true] } }),
});

export const zRights = object({
  channels: field(list(choice(RIGHTS_CHANNELS), RIGHTS_CHANNELS.length, 1), {
    label: "Moyens d'exercer ses droits", help: "Au moins un moyen ; l'e-mail et le courrier sont les plus simples.", default: ["email", "postal"], widget: "multiselect", options: RIGHTS_CHANNEL_LABELS,
  }),
  formUrl: field(optionalUrl(), { label: "Adresse du formulaire", help: "L'adresse du formulaire en ligne par lequel passent les demandes.", default: "", widget: "url", showWhen: { channels: ["form"] } }),
  consentWithdrawal: field(optionalText(LONG), {
    label: "Retrait du consentement",
    help: "Comment retirer son consentement aussi simplement qu'on l'a donné : lien de désinscription, réglages du compte, gestionnaire de cookies.",
    default: "", widget: "textarea",
  }),
});

export const zChanges = object({
  channels: field(list(choice(CHANGE_CHANNELS), CHANGE_CHANNELS.length, 1), {
    label: "Annonce des modifications", help: "Comment les utilisateurs sont informés d'une modification importante.", default: ["email", "banner"], widget: "multiselect", options: CHANGE_CHANNEL_LABELS,
  }),
  noticeAmount: field(int(1, 12), { label: "Préavis", help: "Délai entre l'annonce d'une modification importante et son entrée en vigueur.", default: 1, widget: "number" }),
  noticeUnit: field(choice(["weeks", "months"] as const), { label: "Unité du préavis", help: "Semaines ou mois.", default: "months", widget: "select", options: { weeks: "semaines", months: "mois" } }),
  archiveUrl: field(optionalUrl(), { label: "Versions précédentes", help: "Adresse où les versions précédentes restent consultables.", default: "", widget: "url" }),
});

export const zStepDroits = object({
  contact: field(zContact, { label: "Contact", help: "Le DPO ou, à défaut, le contact pour les données personnelles.", widget: "group" }),
  rights: field(zRights, { label: "Exercice des droits", help: "Comment les personnes exercent leurs droits.", widget: "group" }),
  changes: field(zChanges, { label: "Modifications de la politique", help: "Comment les modifications sont annoncées.", widget: "group" }),
  effectiveDate: field(isoDate(), { label: "Date d'entrée en vigueur", help: "Date à laquelle cette version s'applique.", default: "", widget: "date" }),
});

