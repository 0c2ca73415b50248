"use client";

import Link from "next/link";
import { useMemo, useRef, useState, useTransition } from "react";
import { useWatch } from "react-hook-form";
import { publishPolicyAction } from "@/app/(app)/policies/[id]/versions/actions";
import { ActionFeedback, callAction } from "@/components/ui/action-feedback";
import { buttonClass } from "@/components/ui/button";
import type { TActionResult } from "@/lib/action-result";
import { todayInParis } from "@/lib/format";
import type { TAnswers } from "@/lib/policy";
import type { TFlush } from "./autosave-bar";
import { checkChosenDate, publishDatePlan } from "./publish-date";

type TOutcome = TActionResult<{ number: number; slug: string }>;


/**
 * « Publier »: saves what was just typed, then freezes the draft into a new dated version. The date
 * defaults to the earliest allowed one (RULES §8: today, or the end of the notice the policy promises
 * for a substantial change compared with `publishedAnswers`), with the reason; an earlier date is
 * refused (before today) or needs the founder's explicit confirmation (short notice).
 */
export function PublishForm({ policyId, blocking, proposals, flushRef, defaultDate, publishedAnswers }: { policyId: string; blocking: number; proposals: string[]; flushRef: { current: TFlush | null }; defaultDate: string; publishedAnswers: TAnswers | null }) {
  const [reviewed, setReviewed] = useState(false);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const answers = useWatch<TAnswers>();
  const today = todayInParis();
  const plan = useMemo(() => publishDatePlan(publishedAnswers, answers, today, defaultDate), [publishedAnswers, answers, today, defaultDate]);
  const [chosenDate, setChosenDate] = useState<string | null>(null);
  const effectiveDate = chosenDate ?? plan.defaultDate;
  const dateCheck = checkChosenDate(plan, effectiveDate, today);
  const [shortNotice, setShortNotice] = useState(false);
  const [note, setNote] = useState("");
  const [outcome, setOutcome] = useState<TOutcome | null>(null);
  const [pending, start] = useTransition();

  const publish = () =>
    start(async () => {
      setOutcome(null);
      const saved = (await flushRef.current?.()) ?? true;
      if (!saved) {
        setOutcome({ ok: false, code: "unavailable", message: "Vos dernières modifications ne sont pas encore enregistrées : rien n’a été publié. Réessayez quand l’enregistrement a abouti." });
        return;
      }
      const r = await callAction(() => publishPolicyAction({ id: policyId, effectiveDate, note, shortNotice: dateCheck.kind === "short_notice" && shortNotice, reviewedProposals: proposals.length > 0 && reviewed }));
      setOutcome(r);
      // The outcome may sit below the fold on a phone: bring it into view and put the focus on it.
      requestAnimationFrame(() => {
        outcomeRef.current?.scrollIntoView({ block: "center" });
        outcomeRef.current?.focus({ preventScroll: true });
      });
    });

  const dateRefused = dateCheck.kind === "past" || dateCheck.kind === "invalid" || (dateCheck.kind === "short_notice" && !shortNotice);
  const unreviewed = proposals.length > 0 && !reviewed;
  const disabled = blocking > 0 || pending || dateRefused || unreviewed;
  return (
    <div className="space-y-4 rounded-lg border border-line bg-white p-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="date-effet" className="block text-sm font-semibold">
            Date d’entrée en vigueur
          </label>
          <input id="date-effet" type="date" min={today} value={effectiveDate} onChange={(e) => setChosenDate(e.target.value)} className="mt-1 block min-h-11 w-full rounded-md border border-line px-3 py-2" aria-invalid={dateCheck.kind === "ok" ? undefined : true} aria-describedby="date-effet-aide date-effet-regle" />
          <p id="date-effet-aide" className="mt-1 text-sm text-ink-soft">
            {plan.explanation ? `${plan.explanation} ` : ""}Une date future laisse la version précédente en vigueur jusque-là.
          </p>
          <div id="date-effet-regle" role="status" aria-live="polite">
            {dateCheck.kind === "past" || dateCheck.kind === "invalid" ? <p className="mt-2 rounded-md bg-danger-soft px-3 py-2 text-sm text-danger">{dateCheck.message}</p> : null}
            {dateCheck.kind === "short_notice" ? (
              <div className="mt-2 rounded-md bg-danger-soft px-3 py-2 text-sm">
                <p className="text-danger">{dateCheck.message}</p>
                <label className="mt-2 flex min-h-11 cursor-pointer items-start gap-2 py-1">
                  <input type="checkbox" checked={shortNotice} onChange={(e) => setShortNotice(e.target.checked)} className="mt-1" />
                  <span>Je confirme que mes utilisateurs ont déjà été informés de ces modifications : elles peuvent entrer en vigueur à cette date.</span>
                </label>
              </div>
            ) : null}
          </div>
        </div>
        <div>
          <label htmlFor="note-version" className="block text-sm font-semibold">
            Note de version (facultative)
          </label>
          <textarea id="note-version" rows={3} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} className="mt-1 block min-h-11 w-full rounded-md border border-line px-3 py-2" aria-describedby="note-version-aide" />
          <p id="note-version-aide" className="mt-1 text-sm text-ink-soft">
            Affichée dans l’historique public, par exemple « Ajout de Stripe pour les paiements ».
          </p>
        </div>
      </div>
      {proposals.length ? (
        <div className="space-y-2 rounded-md border border-warn bg-warn-soft px-3 py-2 text-sm">
          <p className="font-semibold">
            {proposals.length > 1 ? `${proposals.length} réponses proposées par le modèle n’ont pas encore été confirmées :` : "Une réponse proposée par le modèle n’a pas encore été confirmée :"}
          </p>
          <ul className="list-disc space-y-1 pl-5" aria-label="Réponses proposées par le modèle, non confirmées">
            {proposals.map((m, i) => (
              <li key={i}>{m.replace(/^Proposé par le modèle\u00a0: /, "").replace(/\. Gardez.*$/, "")}</li>
            ))}
          </ul>
          <label className="flex min-h-11 cursor-pointer items-center gap-3">
            <input type="checkbox" checked={reviewed} onChange={(e) => setReviewed(e.target.checked)} className="size-5 shrink-0 accent-accent" />
            <span>J’ai relu ces réponses dans l’aperçu : elles décrivent bien mon activité.</span>
          </label>
        </div>
      ) : null}
      <button type="button" onClick={publish} disabled={disabled} aria-describedby="publier-raison" className={buttonClass.primary}>
        {pending ? "Publication…" : "Publier"}
      </button>
      <p id="publier-raison" className="text-sm text-ink-soft">
        {blocking === 0 && !dateRefused && unreviewed
          ? "Relisez les réponses proposées par le modèle, puis cochez la case ci-dessus (ou confirmez-les une à une dans les étapes)."
          : blocking === 0 && dateRefused
          ? "Choisissez une date d’entrée en vigueur autorisée (ou confirmez que vos utilisateurs ont été prévenus)."
          : blocking > 0
          ? `Corrigez d’abord ${blocking === 1 ? "le point bloquant" : `les ${blocking} points bloquants`} listé${blocking > 1 ? "s" : ""} dans le panneau Conformité.`
          : "La version publiée est datée, numérotée et ne changera plus ; les précédentes restent en ligne."}
      </p>
      <div role="status" aria-live="polite" ref={outcomeRef} tabIndex={-1} className="outline-none" data-testid="resultat-publication">
        {outcome?.ok ? (
          <p className="rounded-md bg-accent-soft px-3 py-2 text-sm">
            Version {outcome.number} publiée.{" "}
            {/* The version's own address: a browser may still hold the previous « version en vigueur » page for a minute. */}
            <a href={`/p/${outcome.slug}/v/${outcome.number}`} className="font-semibold text-accent underline">
              Voir la page publique
            </a>{" "}
            ·{" "}
            <Link href={`/policies/${policyId}/versions`} className="font-semibold text-accent underline">
              Versions et intégration
            </Link>
          </p>
        ) : null}
        <ActionFeedback result={outcome} />
      </div>
    </div>
  );
}
