// Which M/F rules apply to a set of answers (RULES §1). E-rules always apply (the policy must never
// contain the error). Used by the checker's score and by the tests that look for each rule in the output.
import type { TAnswers } from "../schema";
import { isEea, trackerNeedsConsent, type TDataCategoryKey } from "../vocabulary";
import { openProposals } from "../answers/proposals";
import { RULE_IDS, type TRuleId } from "./rules";

/** Categories for which users type or upload free content (chat, AI, user content): M17 asks for a warning. */
export const CONTENT_CATEGORIES: readonly TDataCategoryKey[] = ["ai_prompts", "ai_uploads", "user_content"];

/** Categories that, by nature, come from a third party or a public source (M15). */
export const INDIRECT_CATEGORIES: readonly TDataCategoryKey[] = ["social_profile", "public_data"];

/** Purposes carried out with trackers: consent under LIL art. 82, withdrawn through the cookie manager. */
export const TRACKER_PURPOSES: readonly string[] = ["analytics_consent", "advertising", "embedded_content"];

export function usesConsent(a: TAnswers): boolean {
  return a.purposes.some((p) => p.basis === "consent") || a.cookies.trackers.some((t) => trackerNeedsConsent(t.category))
    || a.data.specialCategories.some((s) => s.exception === "explicit_consent");
}

/**
 * Special categories processed, as controller or for customers (health data, or the « other sensitive data » of a
 * customer's records): a DPO may then be mandatory (art. 37.1.c, which binds processors too).
 */
export function processesSensitiveData(a: TAnswers): boolean {
  const c = a.data.customers;
  return a.data.specialCategories.length > 0
    || (c !== undefined && ((c.special ?? []).length > 0 || c.categories.some((k) => k === "health" || k === "other_special")));
}

export function hasTransfers(a: TAnswers): boolean {
  return a.recipients.some((r) => r.dataLocations.some((c) => !isEea(c)));
}

export function applicableRules(a: TAnswers): TRuleId[] {
  const rules = new Set<TRuleId>(["M01", "M03", "M04", "M06", "M07", "M08", "M09", "M11", "M12", "M13", "M16", "F01", "F02", "F03"]);
  if (!isEea(a.controller.address.country)) rules.add("M02");
  if (a.purposes.some((p) => p.basis === "legitimate_interest")) rules.add("M05");
  if (usesConsent(a)) rules.add("M10");
  if (a.purposes.some((p) => p.furtherProcessing)) rules.add("M14");
  const indirect = a.data.sources.length > 0 || a.purposes.some((p) => p.requirement === "indirect")
    || [...a.data.categories.map((c) => c.key), ...a.purposes.flatMap((p) => p.data)].some((k) => INDIRECT_CATEGORIES.includes(k));
  if (indirect) rules.add("M15");
  if (a.data.specialCategories.length > 0 || a.data.categories.some((c) => CONTENT_CATEGORIES.includes(c.key))) rules.add("M17");
  if (a.purposes.some((p) => p.key === "newsletter" || p.key === "b2b_prospecting")) rules.add("F04");
  for (const id of RULE_IDS) if (id.startsWith("E")) rules.add(id);
  if (openProposals(a).length > 0) rules.add("P01");
  if (a.data.customers) rules.add("R01");
  if (a.recipients.some((r) => r.role === "joint_controller")) rules.add("R02");
  if ((a.service.publicContent ?? "none") !== "none" || a.purposes.some((p) => p.key === "public_gallery")) rules.add("R03");
  if (a.euRepresentative && !isEea(a.controller.address.country)) rules.add("R04");
  return RULE_IDS.filter((id) => rules.has(id));
}
