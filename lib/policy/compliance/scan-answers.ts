// The E-patterns of the lint, run over every free-text answer on its own, so the finding points to the field
// to fix (« Corriger » focuses "purposes.2.consequence"). Some errors only exist in context, which the answers
// give: a refusal said impossible is E07 for a purpose based on legitimate interest, not for a contract; the
// browser as the way out is E05 where trackers need consent; leaving the service is E12 where the field says
// how to withdraw consent.
import type { TAnswers } from "../schema";
import { trackerNeedsConsent } from "../vocabulary";
import { TRACKER_PURPOSES } from "./applicable";
import { scanText, type TTextContext } from "./patterns";
import type { TRuleId } from "./rules";

/** Answer fields that are not prose (identifiers, addresses, enums). */
const NOT_PROSE = /(^|\.)(id|proposed(\.\d+)?|catalogueId|recipientId|email|privacyEmail|dpoEmail|urls(\.\d+)?|formUrl|archiveUrl|policyUrl|choicesAccess|publicContent|inactiveUnit|effectiveDate|startsOn|schemaVersion|kind|key|basis|role|mode|unit|requirement|category|country|mechanism|fallback|audience|noticeUnit|exception|uncertain(\.\d+)?|channels\.\d+|measures\.\d+|dataLocations\.\d+|data\.\d+|purposes\.\d+|categories\.\d+)$/;

/** Bases the right to object applies to (RGPD art. 21.1: 6.1.e and 6.1.f). */
const OBJECTABLE: readonly string[] = ["legitimate_interest", "public_task"];
/** Fields that answer « how to refuse or withdraw ». */
const WAY_OUT_FIELDS: readonly string[] = ["cookies.manageChoices", "cookies.consentTool", "rights.consentWithdrawal"];

/** What the answers say about the text at a path (see TTextContext). */
export function textContexts(a: TAnswers): (path: string) => TTextContext {
  const consentTrackers = a.cookies.trackers.some((t) => trackerNeedsConsent(t.category))
    || a.purposes.some((p) => TRACKER_PURPOSES.includes(p.key) && p.basis === "consent");
  return (path) => contextAt(a, path, consentTrackers);
}

function contextAt(a: TAnswers, path: string, consentTrackers: boolean): TTextContext {
  const m = /^purposes\.(\d+)\.(\w+)/.exec(path);
  const p = m ? a.purposes[Number(m[1])] : undefined;
  if (m && p) {
    const optOut = m[2] === "optOut";
    const trackerPurpose = TRACKER_PURPOSES.includes(p.key) && p.basis === "consent";
    return {
      objectable: OBJECTABLE.includes(p.basis),
      wayOut: optOut,
      withdrawal: optOut && p.basis === "consent",
      consentTrackers: (optOut && consentTrackers) || trackerPurpose,
    };
  }
  if (WAY_OUT_FIELDS.includes(path)) return { wayOut: true, withdrawal: true, consentTrackers };
  if (path === "cookies.details") return { consentTrackers };
  return {};
}

export type TAnswerHit = { ruleId: TRuleId; field: string; message: string };

export function scanAnswersText(a: TAnswers): TAnswerHit[] {
  const out: TAnswerHit[] = [];
  const contextOf = textContexts(a);
  const visit = (value: unknown, path: string) => {
    if (typeof value === "string") {
      if (!value.trim() || NOT_PROSE.test(path)) return;
      for (const hit of scanText(value, contextOf(path))) out.push({ ruleId: hit.ruleId, field: path, message: `${hit.message} (« ${hit.excerpt} »)` });
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, `${path}.${i}`));
    } else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) visit(v, path ? `${path}.${k}` : k);
    }
  };
  visit(a, "");
  return out;
}
