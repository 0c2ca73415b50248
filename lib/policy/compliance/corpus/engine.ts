// The engine's own text, which the lint must leave alone: every fixture and every business-kind template
// rendered (renderText(buildDocument(…))), and every catalogue entry as it enters a draft.
import { addVendor } from "../../answers/vendors";
import { defaultAnswers } from "../../answers/defaults";
import { templateAnswers } from "../../answers/templates";
import { CATALOGUE } from "../../catalogue";
import { buildDocument } from "../../document/build";
import { FIXTURES } from "../../fixtures";
import { renderText } from "../../render/text";
import type { TAnswers } from "../../schema";
import { SERVICE_KINDS, type TServiceKind } from "../../vocabulary";

/** A template with the identity a founder types first, and its catalogue cookie names completed. */
export function filledTemplate(kind: TServiceKind): TAnswers {
  const a = templateAnswers(kind, { effectiveDate: "2026-11-21" });
  a.controller = { ...a.controller, legalName: "Exemple", legalForm: "société par actions simplifiée", registration: "RCS Paris 900 000 001",
    address: { street: "1 rue de la Paix", postalCode: "75002", city: "Paris", country: "FR" }, email: "contact@exemple.fr" };
  a.service = { ...a.service, name: "Exemple", urls: ["https://exemple.fr"] };
  a.contact.privacyEmail = "donnees@exemple.fr";
  a.cookies.trackers = a.cookies.trackers.map((t) => ({ ...t, name: t.name.replace(/<[^>]*>/g, "123") }));
  return a;
}

/** Rendered policies: the 8 fixtures and the templates of every service kind. */
export function engineDocuments(): { name: string; answers: TAnswers; text: string }[] {
  const all = [
    ...Object.entries(FIXTURES).map(([name, answers]) => ({ name: `fixture ${name}`, answers })),
    ...SERVICE_KINDS.map((kind) => ({ name: `template ${kind}`, answers: filledTemplate(kind) })),
  ];
  return all.map(({ name, answers }) => ({ name, answers, text: renderText(buildDocument(answers)) }));
}

/** Each catalogue entry added to a blank draft, as the wizard's « Ajouter » does. */
export function catalogueDrafts(): { name: string; answers: TAnswers }[] {
  return CATALOGUE.map((e) => ({ name: `catalogue ${e.id}`, answers: addVendor(defaultAnswers(), e).answers }));
}
