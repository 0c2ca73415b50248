"use client";

import { WIZARD_STEP_LABELS, WIZARD_STEPS, type TWizardStep } from "./steps";

/** Progress bar with step names and completion state; each step is a link (the step lives in the URL). */
export function StepNav({
  current, todo, review, hrefFor, onGo,
}: { current: TWizardStep; todo: Partial<Record<TWizardStep, number>>; review: Partial<Record<TWizardStep, number>>; hrefFor: (s: TWizardStep) => string; onGo: (s: TWizardStep) => void }) {
  const index = WIZARD_STEPS.indexOf(current);
  return (
    <nav aria-label="Étapes de l’assistant" className="mb-6">
      <div className="h-1.5 rounded bg-line" aria-hidden="true">
        <div className="h-1.5 rounded bg-accent transition-all" style={{ width: `${((index + 1) / WIZARD_STEPS.length) * 100}%` }} />
      </div>
      <p className="sr-only">
        Étape {index + 1} sur {WIZARD_STEPS.length}
      </p>
      <ol className="mt-3 flex flex-wrap gap-x-1 gap-y-2 text-sm">
        {WIZARD_STEPS.map((s, i) => {
          const missing = todo[s] ?? 0;
          const toReview = review[s] ?? 0;
          // A step is « complète » only once nothing blocks and nothing the template proposed is left to review.
          const state = missing > 0 ? `${missing} point${missing > 1 ? "s" : ""} bloquant${missing > 1 ? "s" : ""}`
            : toReview > 0 ? `${toReview} proposition${toReview > 1 ? "s" : ""} du modèle à relire` : "complète";
          return (
            <li key={s}>
              <a
                href={hrefFor(s)}
                onClick={(e) => {
                  e.preventDefault();
                  onGo(s);
                }}
                aria-current={s === current ? "step" : undefined}
                className={`inline-flex min-h-11 items-center gap-1.5 rounded-full border px-3 py-1 ${
                  s === current ? "border-accent bg-accent text-white" : "border-line bg-white text-ink hover:border-accent"
                }`}
              >
                <span aria-hidden="true">{missing > 0 ? "•" : s === "relecture" ? "" : toReview > 0 ? "◦" : "✓"}</span>
                {i + 1}. {WIZARD_STEP_LABELS[s].title}
                <span className="sr-only"> ({s === "relecture" ? "relecture" : state})</span>
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
