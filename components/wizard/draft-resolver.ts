import type { FieldErrors, Resolver } from "react-hook-form";
import type { TAnswers } from "@/lib/policy";
import { checkDraft } from "@/lib/policy/draft";

function setPath(target: Record<string, unknown>, path: string[], value: unknown) {
  let node = target;
  path.forEach((key, i) => {
    if (i === path.length - 1) node[key] = value;
    else node = (node[key] ??= /^\d+$/.test(path[i + 1] ?? "") ? [] : {}) as Record<string, unknown>;
  });
}

/**
 * react-hook-form resolver over the engine's schema with the draft rule (lib/policy/draft.ts): a
 * field left empty is « to complete », not an error; a malformed value is an error beside its field.
 */
export const draftResolver: Resolver<TAnswers> = async (values) => {
  const checked = checkDraft(values);
  if (checked.ok) return { values, errors: {} };
  const errors: Record<string, unknown> = {};
  for (const issue of checked.issues) {
    const path = issue.path ? issue.path.split(".") : ["root"];
    setPath(errors, path, { type: "validation", message: issue.message });
  }
  return { values: {}, errors: errors as FieldErrors<TAnswers> };
};
