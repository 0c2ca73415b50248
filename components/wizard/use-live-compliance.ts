"use client";

import { useMemo } from "react";
import { useWatch, type Control } from "react-hook-form";
import type { TAnswers, TCompliance } from "@/lib/policy";
import { todayInParis } from "@/lib/format";
import { draftCompliance } from "@/lib/policy/draft";

// The step chips, the panel and the review each watch the answers; one keystroke computes the
// compliance once for all three (it renders and lints the policy once the draft is complete).
let last: { key: string; value: TCompliance | null } | null = null;

function compute(answers: TAnswers): TCompliance | null {
  const key = `${todayInParis()}|${JSON.stringify(answers)}`;
  if (last?.key === key) return last.value;
  let value: TCompliance | null;
  try {
    value = draftCompliance(answers, todayInParis());
  } catch {
    value = null;
  }
  last = { key, value };
  return value;
}

/** The compliance of the answers as they are being typed (lib/policy draftCompliance), null if they cannot be checked yet. */
export function useLiveCompliance(control: Control<TAnswers>): TCompliance | null {
  const answers = useWatch({ control }) as TAnswers;
  return useMemo(() => compute(answers), [answers]);
}
