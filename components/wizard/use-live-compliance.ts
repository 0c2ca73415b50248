"use client";

import { useMemo } from "react";
import { useWatch, type Control } from "react-hook-form";
import { checkCompliance, type TAnswers, type TCompliance } from "@/lib/policy";
import { todayInParis } from "@/lib/format";
import { draftGaps } from "@/lib/policy/draft";

/**
 * The compliance of the answers as they are being typed: the engine's findings plus what the draft
 * still lacks to be publishable (null if the draft cannot be checked yet).
 */
export function useLiveCompliance(control: Control<TAnswers>): TCompliance | null {
  const answers = useWatch({ control }) as TAnswers;
  return useMemo(() => {
    try {
      const compliance = checkCompliance(answers);
      // The effective date is set when publishing (today by default), so it is not a gap of the draft.
      const gaps = draftGaps({ ...answers, effectiveDate: answers.effectiveDate || todayInParis() });
      return gaps.length ? { ...compliance, findings: [...gaps, ...compliance.findings] } : compliance;
    } catch {
      return null;
    }
  }, [answers]);
}
