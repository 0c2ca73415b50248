// The policy engine's public surface. Pure TypeScript (zod only): runs in the browser for the live
// preview and on the server for publishing, so both produce the same policy.
export { SCHEMA_VERSION, STEPS, STEP_LABELS, STEP_SCHEMAS, zAnswers, answersJsonSchema, fieldLabel, listFields } from "./schema";
export type { TAnswers, TPurpose, TRecipient, TRetention, TStep, TTracker } from "./schema";
export type { TFieldMeta } from "./schema/fields";
export { migrateAnswers, type TMigrationResult } from "./schema/migrate";
export { controlAt, isShown, itemTitleOf, unwrapField, visibleAnswers, type TControl } from "./schema/visibility";

export { defaultAnswers } from "./answers/defaults";
export { templateAnswers, TEMPLATES } from "./answers/templates";
export { PURPOSE_PRESETS, purposeFrom, type TPurposePreset } from "./answers/purposes";
export { recipientFromCatalogue, trackersFromCatalogue } from "./answers/recipients";
export { addManualVendor, addVendor, removeVendor } from "./answers/vendors";
export { addPurposes, purposeSuggestions } from "./answers/suggestions";
export { FILLS, withPurposeType } from "./answers/fills";
export { allProposals, confirmProposal, openProposals, type TOpenProposal } from "./answers/proposals";
export { cascadeOf, type TCascade } from "./answers/cascade";

export { buildDocument, type TBuildOptions } from "./document/build";
export { ANCHORS } from "./document/types";
export type { TAnchor, TBlock, TDocument, TInline, TSection } from "./document/types";

export { renderHtmlFragment, renderSectionHtml, type THtmlOptions } from "./render/html";
export { renderHtmlDocument } from "./render/html-document";
export { renderMarkdown } from "./render/markdown";
export { renderText } from "./render/text";
export { renderJson } from "./render/json";

export { checkCompliance, type TCompliance } from "./compliance/check";
export { lintRenderedText, type TLintOptions } from "./compliance/lint";
export { applicableRules } from "./compliance/applicable";
export { RULES, RULE_IDS } from "./compliance/rules";
export type { TFinding, TRuleId, TSeverity } from "./compliance/rules";

export { diffAnswers, type TAnswersDiff, type TChange } from "./diff/answers";
export { diffDocuments, type TLineOp, type TSectionDiff } from "./diff/documents";
export { earliestEffectiveDate, explainEarliestEffectiveDate, addMonths, addNotice, type TEarliestEffectiveDate, type TNotice } from "./diff/effective-date";
export { gradeLabel, versionLabel, versionLine, type TVersionGrade } from "./diff/version-label";
export { canonicalContent, comparableContent, sameContent } from "./canonical";
export { formatDateFr } from "./text/dates";
export { derivedSlug, derivedTitle, policyName, slugCandidates, slugify } from "./naming";
