// The E-patterns of the lint, run over every free-text answer, so the finding points to the field to fix.
import type { TAnswers } from "../schema";
import { scanText } from "./patterns";
import type { TRuleId } from "./rules";

/** Answer fields that are not prose (identifiers, addresses, enums). */
const NOT_PROSE = /(^|\.)(id|proposed(\.\d+)?|catalogueId|recipientId|email|privacyEmail|dpoEmail|urls(\.\d+)?|formUrl|archiveUrl|effectiveDate|startsOn|schemaVersion|kind|key|basis|role|mode|unit|requirement|category|country|mechanism|fallback|audience|noticeUnit|exception|uncertain(\.\d+)?|channels\.\d+|measures\.\d+|dataLocations\.\d+|data\.\d+|purposes\.\d+|categories\.\d+)$/;

export function scanAnswersText(a: TAnswers): { ruleId: TRuleId; field: string; message: string }[] {
  const out: { ruleId: TRuleId; field: string; message: string }[] = [];
  const visit = (value: unknown, path: string) => {
    if (typeof value === "string") {
      if (!value.trim() || NOT_PROSE.test(path)) return;
      for (const hit of scanText(value)) out.push({ ruleId: hit.ruleId, field: path, message: `${hit.message} (« ${hit.excerpt} »)` });
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, `${path}.${i}`));
    } else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) visit(v, path ? `${path}.${k}` : k);
    }
  };
  visit(a, "");
  return out;
}
