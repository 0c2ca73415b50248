"use client";

import { useMemo } from "react";
import { useWatch, type Control } from "react-hook-form";
import { checkCompliance, type TAnswers, type TCompliance } from "@/lib/policy";

/** The compliance of the answers as they are being typed (null if the draft cannot be checked yet). */
export function useLiveCompliance(control: Control<TAnswers>): TCompliance | null {
  const answers = useWatch({ control }) as TAnswers;
  return useMemo(() => {
    try {
      return checkCompliance(answers);
    } catch {
      return null;
    }
  }, [answers]);
}
