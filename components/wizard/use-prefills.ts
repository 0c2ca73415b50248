"use client";

import { useEffect, useRef } from "react";
import { useWatch, type UseFormReturn } from "react-hook-form";
import { listFields, type TAnswers } from "@/lib/policy";

/** Fields that follow another answer (metadata `prefillFrom`), e.g. the privacy e-mail from the company e-mail. */
const PREFILLS = listFields()
  .filter((f) => f.meta?.prefillFrom && !f.path.includes("*"))
  .map((f) => ({ path: f.path, from: f.meta!.prefillFrom! }));

/**
 * A field that follows another answer takes its value while it is empty or still equal to what it
 * followed, whatever step is shown; once the founder types something else in it, it is theirs.
 */
export function usePrefills(form: UseFormReturn<TAnswers>) {
  const sources = useWatch({ control: form.control, name: PREFILLS.map((p) => p.from) as never }) as unknown as unknown[];
  const previous = useRef<unknown[]>([]);
  useEffect(() => {
    PREFILLS.forEach((p, i) => {
      const source = sources[i];
      const before = previous.current[i];
      const current = form.getValues(p.path as never) as unknown;
      if (typeof source === "string" && source !== before && (current === undefined || current === "" || current === before)) {
        form.setValue(p.path as never, source as never, { shouldDirty: true, shouldValidate: true });
      }
    });
    previous.current = [...sources];
  }, [sources, form]);
}
