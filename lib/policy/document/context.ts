// What every section builder needs: the answers, the grammatical voice (« nous » for a company, « je »
// for a natural person) and facts derived once from the answers.
import { COUNTRY_NAMES, isEea, trackerNeedsConsent } from "../vocabulary";
import type { TAnswers, TPurpose, TRecipient, TTracker } from "../schema";
import { has, orMissing } from "../text/grammar";
import { usesConsent } from "../compliance/applicable";

export type TVoice = {
  individual: boolean;
  /** « Nous traitons » / « Je traite » / « J'utilise ». */
  We: (nous: string, je: string) => string;
  we: (nous: string, je: string) => string;
  /** Object pronoun before an infinitive: « nous écrire » / « m'écrire ». */
  us: (verb: string) => string;
  /** Possessive: « notre activité » / « mon activité », « notre politique » / « ma politique ». */
  our: (noun: string, gender: "m" | "f") => string;
  ours: (noun: string) => string;
};

const VOWEL = /^[aeiouyhàâäéèêëîïôöûüœ]/i;

function voice(individual: boolean): TVoice {
  const we = (nous: string, je: string) => (individual ? (VOWEL.test(je) ? `j'${je}` : `je ${je}`) : `nous ${nous}`);
  return {
    individual,
    we,
    We: (nous, je) => {
      const s = we(nous, je);
      return s.charAt(0).toUpperCase() + s.slice(1);
    },
    us: (verb) => (individual ? (VOWEL.test(verb) ? `m'${verb}` : `me ${verb}`) : `nous ${verb}`),
    our: (noun, gender) => (individual ? (gender === "f" && !VOWEL.test(noun) ? `ma ${noun}` : `mon ${noun}`) : `notre ${noun}`),
    ours: (noun) => (individual ? `mes ${noun}` : `nos ${noun}`),
  };
}

export type TTransferItem = { recipient: TRecipient; countries: string[] };

export type TCtx = {
  a: TAnswers;
  v: TVoice;
  /** Legal name (trade name shown separately); an association's is introduced (« l'association Les Amis du … »). */
  controller: string;
  /** The controller is an association (a legal person whose legal form says so): it has members and activities. */
  association: boolean;
  service: string;
  purposesByBasis: (basis: TPurpose["basis"]) => TPurpose[];
  consentTrackers: TTracker[];
  /** Consent is a basis somewhere (a purpose or a tracker). */
  usesConsent: boolean;
  /** Recipients of the data the controller processes for itself: not a sub-processor of customers' data only (R01). */
  recipients: TRecipient[];
  /** Recipients with at least one data location outside the EEA, with those countries. */
  transfers: TTransferItem[];
  controllerOutsideEea: boolean;
  /** "YYYY-MM-DD", or "" when neither the answers nor the caller gave a date. */
  effectiveDate: string;
};

export function countryName(code: string): string {
  return COUNTRY_NAMES[code]?.name ?? code;
}

/** An association (loi du 1er juillet 1901 or other): a legal person whose legal form says « association ». */
export function isAssociation(a: TAnswers): boolean {
  return a.controller.kind === "company" && /\bassociation\b/i.test(a.controller.legalForm ?? "");
}

/** A sub-processor of the data kept for customers, which receives none of the controller's own data. */
export function onlyForCustomers(a: TAnswers, r: TRecipient): boolean {
  return r.forCustomers === true && a.data.customers !== undefined && r.data.length === 0 && r.purposes.length === 0;
}

export function makeContext(a: TAnswers, effectiveDate = a.effectiveDate): TCtx {
  const consentTrackers = a.cookies.trackers.filter((t) => trackerNeedsConsent(t.category));
  const purposesByBasis = (basis: TPurpose["basis"]) => a.purposes.filter((p) => p.basis === basis);
  const transfers = a.recipients
    .map((recipient) => ({ recipient, countries: [...new Set(recipient.dataLocations.filter((c) => !isEea(c)))] }))
    .filter((t) => t.countries.length > 0);
  const name = orMissing(a.controller.legalName, "dénomination");
  const association = isAssociation(a);
  return {
    a,
    recipients: a.recipients.filter((r) => !onlyForCustomers(a, r)),
    v: voice(a.controller.kind === "individual"),
    // « Les Amis du Ciné-Club de Brest traite » would not agree, and « de Les Amis » would not contract: an
    // association is named « l'association Les Amis du Ciné-Club de Brest » in running text.
    controller: association && !/^association\b/i.test(name) ? `l'association ${name}` : name,
    association,
    service: has(a.service.name) ? a.service.name.trim() : orMissing(a.controller.legalName, "nom du service"),
    purposesByBasis,
    consentTrackers,
    usesConsent: usesConsent(a),
    transfers,
    controllerOutsideEea: !isEea(a.controller.address.country),
    effectiveDate,
  };
}
