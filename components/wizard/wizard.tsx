"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { FormProvider, useForm, useWatch, type Control } from "react-hook-form";
import { buttonClass } from "@/components/ui/button";
import { todayInParis } from "@/lib/format";
import { STEP_SCHEMAS, type TAnswers } from "@/lib/policy";
import { AutosaveBar, type TFlush } from "./autosave-bar";
import { CataloguePicker } from "./catalogue-picker";
import { CompliancePanel } from "./compliance-panel";
import { draftResolver } from "./draft-resolver";
import { ObjectFields } from "./fields/schema-field";
import { focusField } from "./focus-field";
import { LivePreview } from "./live-preview";
import { ReviewStep } from "./review-step";
import { stepOfPath } from "./schema-walk";
import { StepNav } from "./step-nav";
import { WIZARD_STEP_LABELS, WIZARD_STEPS, parseStep, type TWizardStep } from "./steps";
import { useLiveCompliance } from "./use-live-compliance";
import { usePrefills } from "./use-prefills";

export type TWizardPolicy = { id: string; title: string; slug: string; revision: number; draft: TAnswers };

export function Wizard({ policy, initialStep, publishedAnswers = null }: { policy: TWizardPolicy; initialStep: TWizardStep; publishedAnswers?: TAnswers | null }) {
  const methods = useForm<TAnswers>({ defaultValues: policy.draft, resolver: draftResolver, mode: "onChange" });
  usePrefills(methods);
  const [step, setStep] = useState<TWizardStep>(initialStep);
  const [showPreview, setShowPreview] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const pendingFocus = useRef<string | null>(null);
  const flushRef = useRef<TFlush | null>(null);


  // Back/forward between steps (the step lives in the URL).
  useEffect(() => {
    const onPop = () => setStep(parseStep(new URLSearchParams(window.location.search).get("step")));
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  const mounted = useRef(false);
  useEffect(() => {
    const path = pendingFocus.current;
    pendingFocus.current = null;
    const firstRender = !mounted.current;
    mounted.current = true;
    requestAnimationFrame(() => {
      if (path && focusField(path)) return;
      // On the page's first render, never take the focus from a field the founder is already typing in.
      if (firstRender && document.activeElement && document.activeElement !== document.body) return;
      heading.current?.focus();
    });
  }, [step]);

  const hrefFor = (s: TWizardStep) => `?step=${s}`;
  const go = (s: TWizardStep, focusPath?: string) => {
    pendingFocus.current = focusPath ?? null;
    // On a phone the questions are hidden behind the preview: show them first, then focus.
    setShowPreview(false);
    if (s === step) {
      if (focusPath) requestAnimationFrame(() => requestAnimationFrame(() => focusField(focusPath)));
      return;
    }
    window.history.pushState(null, "", hrefFor(s));
    setStep(s);
  };

  const index = WIZARD_STEPS.indexOf(step);
  const next = async () => {
    if (step !== "relecture") {
      const keys = Object.keys(STEP_SCHEMAS[step].shape) as (keyof TAnswers)[];
      const ok = await methods.trigger(keys, { shouldFocus: false });
      if (!ok) {
        const first = Object.keys(methods.formState.errors)[0];
        const error = first ? methods.getFieldState(first as never).error : undefined;
        if (error) focusFirstError();
        return;
      }
    }
    const target = WIZARD_STEPS[index + 1];
    if (target) go(target);
  };

  return (
    <FormProvider {...methods}>
      <div data-testid="assistant">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 className="font-serif text-2xl font-semibold">{policy.title}</h1>
        <AutosaveBar form={methods} policyId={policy.id} revision={policy.revision} flushRef={flushRef} />
      </div>
      <LiveStepNav control={methods.control} current={step} hrefFor={hrefFor} onGo={(s) => go(s)} />
      <button type="button" className={`${buttonClass.secondary} mb-4 lg:hidden`} aria-expanded={showPreview} aria-controls="panneau-apercu" onClick={() => setShowPreview((v) => !v)}>
        {showPreview ? "Revenir aux questions" : "Voir l’aperçu et la conformité"}
      </button>
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <form className={`min-w-0 space-y-6 ${showPreview ? "hidden lg:block" : ""}`} noValidate onSubmit={(e) => { e.preventDefault(); void next(); }} aria-labelledby="etape-titre">
          <div>
            <h2 id="etape-titre" ref={heading} tabIndex={-1} className="font-serif text-xl font-semibold outline-none">
              {WIZARD_STEP_LABELS[step].title}
            </h2>
            <p className="text-sm text-ink-soft">{WIZARD_STEP_LABELS[step].help}</p>
          </div>
          {step === "destinataires" ? <CataloguePicker /> : null}
          {step === "relecture" ? <LiveReview control={methods.control} policyId={policy.id} flushRef={flushRef} publishedAnswers={publishedAnswers} /> : <ObjectFields key={step} schema={STEP_SCHEMAS[step]} path="" />}
          <div className="flex justify-between gap-3 border-t border-line pt-4">
            {index > 0 ? (
              <button type="button" className={buttonClass.secondary} onClick={() => go(WIZARD_STEPS[index - 1]!)}>
                Précédent
              </button>
            ) : <span />}
            {index < WIZARD_STEPS.length - 1 ? <button type="submit" className={buttonClass.primary}>Suivant</button> : null}
          </div>
        </form>
        <aside id="panneau-apercu" aria-label="Aperçu et conformité" className={`min-w-0 space-y-4 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto ${showPreview ? "" : "hidden lg:block"}`}>
          <LiveCompliance control={methods.control} onFix={(field) => go(stepOfPath(field) ?? step, field)} />
          <section aria-labelledby="apercu-titre" className="min-w-0 overflow-x-auto rounded-lg border border-line bg-white p-3 sm:p-4">
            <h2 id="apercu-titre" className="mb-3 font-serif text-lg font-semibold">
              Aperçu en direct
            </h2>
            <LivePreview control={methods.control} />
          </section>
        </aside>
      </div>
      </div>
    </FormProvider>
  );
}

// Each live part watches the answers itself: a keystroke re-renders them, never the form.
function LiveStepNav({ control, ...props }: { control: Control<TAnswers> } & Omit<Parameters<typeof StepNav>[0], "todo" | "review">) {
  const compliance = useLiveCompliance(control);
  const [todo, review] = useMemo(() => {
    const blocking: Partial<Record<TWizardStep, number>> = {};
    const proposals: Partial<Record<TWizardStep, number>> = {};
    for (const f of compliance?.findings ?? []) {
      const s = f.field ? stepOfPath(f.field) : undefined;
      if (!s) continue;
      if (f.severity === "blocking") blocking[s] = (blocking[s] ?? 0) + 1;
      else if (f.ruleId === "P01") proposals[s] = (proposals[s] ?? 0) + 1;
    }
    return [blocking, proposals];
  }, [compliance]);
  return <StepNav todo={todo} review={review} {...props} />;
}

function LiveCompliance({ control, onFix }: { control: Control<TAnswers>; onFix: (field: string) => void }) {
  return <CompliancePanel compliance={useLiveCompliance(control)} onFix={onFix} />;
}

function LiveReview({ control, ...props }: { control: Control<TAnswers>; policyId: string; flushRef: { current: TFlush | null }; publishedAnswers: TAnswers | null }) {
  const draftDate = useWatch({ control, name: "effectiveDate" });
  return <ReviewStep compliance={useLiveCompliance(control)} defaultDate={draftDate || todayInParis()} {...props} />;
}

function focusFirstError() {
  requestAnimationFrame(() => {
    const el = document.querySelector<HTMLElement>("[aria-invalid='true']");
    el?.scrollIntoView({ block: "center" });
    el?.focus();
  });
}
