import "server-only";
import { createHash } from "node:crypto";
import {
  buildDocument, canonicalContent, checkCompliance, diffAnswers, lintRenderedText, renderHtmlDocument, renderHtmlFragment,
  renderJson, renderMarkdown, renderText, zAnswers, type TAnswers, type TAnswersDiff,
} from "@/lib/policy";
import { draftGaps, loadDraft } from "@/lib/policy/draft";
import { isoDay } from "@/lib/policy/text/dates";
import { db } from "@/lib/db";
import { todayInParis } from "@/lib/format";
import { NotFoundError } from "@/lib/server/errors";
import { invalidatePublicCache } from "@/lib/server/public/cache";

export type TPublishInput = { id: string; effectiveDate?: string; note?: string };
export type TPublishResult =
  | { status: "published"; number: number; sha256: string; slug: string }
  | { status: "blocked"; reasons: { message: string; field: string | null }[] }
  | { status: "unchanged" };

export type TRendered = { fragment: string; document: string; md: string; txt: string; json: string };
export type TChangeSummary = TAnswersDiff & { first: boolean };

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

function withoutDate(answers: TAnswers): string {
  return canonicalContent({ ...answers, effectiveDate: "" });
}

/**
 * Freezes the owner's draft into version N+1: answers snapshot, rendered outputs, SHA-256 of the
 * canonical content, effective date, note, and the structured change summary against version N.
 * Refused while blocking findings exist, and when nothing changed since the last version. Numbering
 * is serialised by a row lock on the policy, so concurrent publishes get N+1 and N+2, never a
 * duplicate and never a lost version.
 */
export async function publishVersion(ownerId: string, input: TPublishInput): Promise<TPublishResult> {
  const explicitDate = Boolean(input.effectiveDate);
  const effectiveDate = input.effectiveDate || todayInParis();
  return db().$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Policy" WHERE "id" = ${input.id} AND "ownerId" = ${ownerId} AND "deletedAt" IS NULL FOR UPDATE`;
    if (locked.length === 0) throw new NotFoundError("Politique");
    const policy = await tx.policy.findUniqueOrThrow({ where: { id: input.id }, select: { slug: true, draft: true } });

    const candidate = { ...loadDraft(policy.draft), effectiveDate };
    const parsed = zAnswers.safeParse(candidate);
    if (!parsed.success) return { status: "blocked", reasons: draftGaps(candidate).map((f) => ({ message: f.message, field: f.field })) };
    const answers = parsed.data;
    const rendered = renderAll(answers);
    const findings = [...checkCompliance(answers).findings, ...lintRenderedText(rendered.txt)];
    const blocking = findings.filter((f) => f.severity === "blocking");
    if (blocking.length) return { status: "blocked", reasons: blocking.map((f) => ({ message: f.message, field: f.field })) };

    const previous = await tx.policyVersion.findFirst({ where: { policyId: input.id }, orderBy: { number: "desc" }, select: { number: true, answers: true, effectiveDate: true } });
    const previousAnswers = previous ? loadDraft(previous.answers) : null;
    if (previousAnswers && withoutDate(previousAnswers) === withoutDate(answers)) {
      const sameDate = isoDay(previous!.effectiveDate) === effectiveDate;
      if (sameDate || !explicitDate) return { status: "unchanged" };
    }
    const changeSummary: TChangeSummary = previousAnswers
      ? { ...diffAnswers(previousAnswers, answers), first: false }
      : { grade: "substantial", changes: [], first: true };
    const number = (previous?.number ?? 0) + 1;
    const hash = sha256(canonicalContent(answers));
    await tx.policyVersion.create({
      data: {
        policyId: input.id, number, answers, rendered, sha256: hash,
        effectiveDate: new Date(`${effectiveDate}T00:00:00Z`), changeSummary, note: input.note?.trim() || null,
      },
    });
    invalidatePublicCache(policy.slug);
    return { status: "published", number, sha256: hash, slug: policy.slug };
  });
}
