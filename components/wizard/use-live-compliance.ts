"use client";

import { useMemo } from "react";
import { useWatch, type Control } from "react-hook-form";
import type { TAnswers, TCompliance } from "@/lib/policy";
import { todayInParis } from "@/lib/format";
import { draftCompliance } from "@/lib/policy/draft";

/** The compliance of the answers as they are being typed (lib/policy draftCompliance), null if they cannot be checked yet. */
export function useLiveCompliance(control: Control<TAnswers>): TCompliance | null {
  const answers = useWatch({ control }) as TAnswers;
  return useMemo(() => {
    try {
      return draftCompliance(answers, todayInParis());
    } catch {
      return null;
    }
  }, [answers]);
}
