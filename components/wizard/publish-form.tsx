"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { publishPolicyAction } from "@/app/(app)/policies/[id]/versions/actions";
import { buttonClass } from "@/components/ui/button";
import type { TFlush } from "./autosave-bar";

type TOutcome = { kind: "published"; number: number; slug: string } | { kind: "error"; message: string; reasons?: { message: string }[] };


/** « Publier »: saves what was just typed, then freezes the draft into a new dated version. */
export function PublishForm({ policyId, blocking, flushRef, defaultDate }: { policyId: string; blocking: number; flushRef: { current: TFlush | null }; defaultDate: string }) {
  const [effectiveDate, setEffectiveDate] = useState(defaultDate);
  const [note, setNote] = useState("");
  const [outcome, setOutcome] = useState<TOutcome | null>(null);
  const [pending, start] = useTransition();

  const publish = () =>
    start(async () => {
      setOutcome(null);
      const saved = (await flushRef.current?.()) ?? true;
      if (!saved) {
        setOutcome({ kind: "error", message: "Vos dernières modifications ne sont pas enregistrées : réessayez quand l’enregistrement a abouti." });
        return;
      }
      const r = await publishPolicyAction(policyId, { effectiveDate, note });
      setOutcome(r.ok ? { kind: "published", number: r.number, slug: r.slug } : { kind: "error", message: r.message, reasons: r.reasons });
    });

  const disabled = blocking > 0 || pending;
  return (
    <div className="space-y-4 rounded-lg border border-line bg-white p-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="date-effet" className="block text-sm font-semibold">
            Date d’entrée en vigueur
          </label>
          <input id="date-effet" type="date" value={effectiveDate} onChange={(e) => setEffectiveDate(e.target.value)} className="mt-1 block w-full rounded-md border border-line px-3 py-2" aria-describedby="date-effet-aide" />
          <p id="date-effet-aide" className="mt-1 text-sm text-ink-soft">
            Aujourd’hui par défaut. Une date future laisse la version précédente en vigueur jusque-là.
          </p>
        </div>
        <div>
          <label htmlFor="note-version" className="block text-sm font-semibold">
            Note de version (facultative)
          </label>
          <textarea id="note-version" rows={3} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} className="mt-1 block w-full rounded-md border border-line px-3 py-2" aria-describedby="note-version-aide" />
          <p id="note-version-aide" className="mt-1 text-sm text-ink-soft">
            Affichée dans l’historique public, par exemple « Ajout de Stripe pour les paiements ».
          </p>
        </div>
      </div>
      <button type="button" onClick={publish} disabled={disabled} aria-describedby="publier-raison" className={buttonClass.primary}>
        {pending ? "Publication…" : "Publier"}
      </button>
      <p id="publier-raison" className="text-sm text-ink-soft">
        {blocking > 0
          ? `Corrigez d’abord ${blocking === 1 ? "le point bloquant" : `les ${blocking} points bloquants`} listé${blocking > 1 ? "s" : ""} dans le panneau Conformité.`
          : "La version publiée est datée, numérotée et ne changera plus ; les précédentes restent en ligne."}
      </p>
      <div role="status" aria-live="polite">
        {outcome?.kind === "published" ? (
          <p className="rounded-md bg-accent-soft px-3 py-2 text-sm">
            Version {outcome.number} publiée.{" "}
            <a href={`/p/${outcome.slug}`} className="font-semibold text-accent underline">
              Voir la page publique
            </a>{" "}
            ·{" "}
            <Link href={`/policies/${policyId}/versions`} className="font-semibold text-accent underline">
              Versions et intégration
            </Link>
          </p>
        ) : null}
        {outcome?.kind === "error" ? (
          <div className="rounded-md bg-danger-soft px-3 py-2 text-sm text-danger">
            <p className="font-semibold">{outcome.message}</p>
            {outcome.reasons?.length ? (
              <ul className="mt-1 list-disc pl-5">
                {outcome.reasons.map((r, i) => (
                  <li key={i}>{r.message}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
