"use client";

import type { TCompliance, TFinding } from "@/lib/policy";

const SEVERITY: Record<TFinding["severity"], { label: string; className: string }> = {
  blocking: { label: "Bloquant", className: "border-danger bg-danger-soft text-danger" },
  warning: { label: "À vérifier", className: "border-warn bg-warn-soft text-warn" },
  info: { label: "Information", className: "border-line bg-paper text-ink-soft" },
};

/** Blocking findings and warnings, each with a link to the field that fixes it, and the score. */
export function CompliancePanel({ compliance, onFix }: { compliance: TCompliance | null; onFix: (field: string) => void }) {
  if (!compliance) return null;
  const order = { blocking: 0, warning: 1, info: 2 } as const;
  const findings = [...compliance.findings].sort((a, b) => order[a.severity] - order[b.severity]);
  const blocking = findings.filter((f) => f.severity === "blocking").length;
  return (
    <section aria-labelledby="conformite-titre" className="min-w-0 rounded-lg border border-line bg-white p-3 sm:p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <h2 id="conformite-titre" className="font-serif text-lg font-semibold">
          Conformité
        </h2>
        {blocking === 0 ? (
          <p className="text-sm">
            Score : <strong data-testid="score">{compliance.score}</strong>/100
          </p>
        ) : (
          <p className="text-sm font-semibold text-danger">Pas encore publiable</p>
        )}
      </div>
      <p className="mt-1 text-sm text-ink-soft" role="status">
        {blocking === 0 ? "Aucun point bloquant." : `${blocking} point${blocking > 1 ? "s" : ""} bloquant${blocking > 1 ? "s" : ""} à corriger avant publication.`}
      </p>
      <div className="lg:max-h-[45vh] lg:overflow-y-auto" tabIndex={0} role="region" aria-label="Points relevés, à faire défiler">
        <FindingList findings={findings.filter((f) => f.severity !== "info")} onFix={onFix} label="Points relevés" />
      </div>
      {findings.some((f) => f.severity === "info") ? (
        <details className="mt-3 text-sm">
          <summary className="min-h-11 cursor-pointer py-3 font-semibold">
            {infoLabel(findings.filter((f) => f.severity === "info").length)}
          </summary>
          <FindingList findings={findings.filter((f) => f.severity === "info")} onFix={onFix} label="Informations" />
        </details>
      ) : null}
    </section>
  );
}

function FindingList({ findings, onFix, label }: { findings: TFinding[]; onFix: (field: string) => void; label: string }) {
  if (!findings.length) return null;
  return (
    <ul className="mt-3 space-y-2" aria-label={label}>
      {findings.map((f, i) => (
        <li key={`${f.ruleId}-${f.field}-${i}`} className={`break-words rounded-md border-l-4 px-3 py-2 text-sm ${SEVERITY[f.severity].className}`} data-severity={f.severity}>
          <p>
            <span className="font-semibold">
              {SEVERITY[f.severity].label} · {f.ruleId}
            </span>{" "}
            — {f.message}
          </p>
          <p className="mt-1 flex flex-wrap items-center justify-between gap-2 text-xs text-ink-soft">
            <span>{f.article}</span>
            {f.field ? (
              <button type="button" className="-my-2 inline-flex min-h-11 items-center px-2 text-sm font-semibold text-accent underline" data-champ={f.field} onClick={() => onFix(f.field ?? "")}>
                Corriger<span className="sr-only"> : {f.message}</span>
              </button>
            ) : null}
          </p>
        </li>
      ))}
    </ul>
  );
}

function infoLabel(n: number): string {
  return n > 1 ? `${n} informations à vérifier` : "1 information à vérifier";
}
