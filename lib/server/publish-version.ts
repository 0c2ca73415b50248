import "server-only";
import { createHash } from "node:crypto";
import {
  buildDocument, canonicalContent, checkCompliance, diffAnswers, earliestEffectiveDate, explainEarliestEffectiveDate, lintRenderedText,
  renderHtmlDocument, renderHtmlFragment, renderJson, renderMarkdown, renderText, sameContent, zAnswers, type TAnswers, type TAnswersDiff,
} from "@/lib/policy";
import { draftGaps, loadDraft } from "@/lib/policy/draft";
import { visibleAnswers } from "@/lib/policy/schema/visibility";
import { formatDateFr, isoDay } from "@/lib/policy/text/dates";
import { typo } from "@/lib/policy/text/typography";
import { db } from "@/lib/db";
import { todayInParis } from "@/lib/format";
import { NotFoundError } from "@/lib/server/errors";
import { supersedePublicPages } from "@/lib/server/public/cache";

/**
 * `shortNotice`: the founder confirms the users were already informed of a substantial change, so it
 * may take effect before the notice the policy promises (never before the day of publication).
 */
export type TPublishInput = { id: string; effectiveDate?: string; note?: string; shortNotice?: boolean; reviewedProposals?: boolean };
export type TPublishResult =
  | { status: "published"; number: number; sha256: string; slug: string }
  | { status: "blocked"; reasons: { message: string; field: string | null }[] }
  | { status: "unchanged"; number: number }
  | { status: "too_early"; reason: "past" | "notice"; earliest: string; message: string }
  | { status: "unreviewed"; reasons: { message: string; field: string | null }[] };

export type TRendered = { fragment: string; document: string; md: string; txt: string; json: string };
export type TChangeSummary = TAnswersDiff & { first: boolean; shortNotice?: true };

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export function renderAll(answers: TAnswers): TRendered {
  const doc = buildDocument(answers);
  return {
    fragment: renderHtmlFragment(doc),
    document: renderHtmlDocument(doc),
    md: renderMarkdown(doc),
    txt: renderText(doc),
    json: renderJson(doc),
  };
}

/** Without an explicit date: the earliest allowed one (today, or today + the notice for a substantial change). */
function defaultEffectiveDate(previous: TAnswers | null, draft: TAnswers, today: string): string {
  const parsed = zAnswers.safeParse({ ...draft, effectiveDate: today });
  return parsed.success ? earliestEffectiveDate(previous, parsed.data, today).date : today;
}

/**
 * Freezes the owner's draft into version N+1: answers snapshot, rendered outputs, SHA-256 of the
 * canonical content, effective date, note, and the structured change summary against version N.
 * Refused while blocking findings exist, when nothing changed since the last version, for an effective
 * date before today, and for a substantial change taking effect before the notice the policy promises
 * unless `shortNotice` confirms the users were already informed (RULES §8; « too_early », nothing
 * written). Without a date, the version takes effect on the earliest allowed day. Numbering
 * is serialised by a row lock on the policy, so concurrent publishes get N+1 and N+2, never a
 * duplicate and never a lost version.
 */
export async function publishVersion(ownerId: string, input: TPublishInput, now = new Date()): Promise<TPublishResult> {
  const explicitDate = Boolean(input.effectiveDate);
  const today = todayInParis(now);
  return db().$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Policy" WHERE "id" = ${input.id} AND "ownerId" = ${ownerId} AND "deletedAt" IS NULL FOR UPDATE`;
    if (locked.length === 0) throw new NotFoundError("Politique");
    const policy = await tx.policy.findUniqueOrThrow({ where: { id: input.id }, select: { slug: true, draft: true } });
    const previous = await tx.policyVersion.findFirst({ where: { policyId: input.id }, orderBy: { number: "desc" }, select: { number: true, answers: true, effectiveDate: true } });
    const previousAnswers = previous ? loadDraft(previous.answers) : null;

    const draft = loadDraft(policy.draft);
    const effectiveDate = input.effectiveDate || defaultEffectiveDate(previousAnswers, draft, today);
    const candidate = { ...draft, effectiveDate };
    const parsed = zAnswers.safeParse(candidate);
    if (!parsed.success) return { status: "blocked", reasons: draftGaps(candidate).map((f) => ({ message: f.message, field: f.field })) };
    // What is published is what the policy says: no value under a hidden control (the same view the
    // preview and the checker read).
    const answers = visibleAnswers(parsed.data);
    const rendered = renderAll(answers);
    const findings = [...checkCompliance(answers).findings, ...lintRenderedText(rendered.txt)];
    const blocking = findings.filter((f) => f.severity === "blocking");
    if (blocking.length) return { status: "blocked", reasons: blocking.map((f) => ({ message: f.message, field: f.field })) };

    if (previousAnswers && sameContent(previousAnswers, answers)) {
      const sameDate = isoDay(previous!.effectiveDate) === effectiveDate;
      if (sameDate || !explicitDate) return { status: "unchanged", number: previous!.number };
    }
    if (effectiveDate < today) {
      return { status: "too_early", reason: "past", earliest: today, message: typo(`Une version ne peut pas entrer en vigueur avant le jour de sa publication : choisissez le ${formatDateFr(today)} ou une date ultérieure.`) };
    }
    const proposals = checkCompliance(answers).findings.filter((f) => f.ruleId === "P01");
    if (proposals.length && !input.reviewedProposals) {
      return { status: "unreviewed", reasons: proposals.map((f) => ({ message: f.message, field: f.field })) };
    }
    const earliest = earliestEffectiveDate(previousAnswers, answers, today);
    const shortNotice = effectiveDate < earliest.date;
    if (shortNotice && !input.shortNotice) {
      return {
        status: "too_early", reason: "notice", earliest: earliest.date,
        message: typo(`${explainEarliestEffectiveDate(earliest)} Choisissez cette date ou une date ultérieure, ou confirmez que vos utilisateurs ont déjà été prévenus de ces changements.`),
      };
    }
    const changeSummary: TChangeSummary = previousAnswers
      ? { ...diffAnswers(previousAnswers, answers), first: false, ...(shortNotice ? { shortNotice: true as const } : {}) }
      : { grade: "substantial", changes: [], first: true };
    const number = (previous?.number ?? 0) + 1;
    // The wizard's bookkeeping (proposals still to confirm) is not part of the version.
    const frozen = { ...answers, proposed: undefined };
    const hash = sha256(canonicalContent(frozen));
    await tx.policyVersion.create({
      data: {
        policyId: input.id, number, answers: frozen, rendered, sha256: hash,
        effectiveDate: new Date(`${effectiveDate}T00:00:00Z`), changeSummary, note: input.note?.trim() || null,
      },
    });
    supersedePublicPages(policy.slug);
    return { status: "published", number, sha256: hash, slug: policy.slug };
  });
}
