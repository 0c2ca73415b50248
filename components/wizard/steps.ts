import { STEP_LABELS, STEPS, type TStep } from "@/lib/policy";

export type TWizardStep = TStep | "relecture";
export const WIZARD_STEPS: readonly TWizardStep[] = [...STEPS, "relecture"];

export const WIZARD_STEP_LABELS: Record<TWizardStep, { title: string; help: string }> = {
  ...STEP_LABELS,
  relecture: { title: "Relecture", help: "La politique entière, les points à corriger et la publication." },
};

export function parseStep(value: string | null | undefined): TWizardStep {
  return WIZARD_STEPS.includes(value as TWizardStep) ? (value as TWizardStep) : "entreprise";
}
