import type { TAnswers, TCompliance } from "@/lib/policy";
import type { TFlush } from "./autosave-bar";
import { PublishForm } from "./publish-form";

/** « Relecture »: the whole policy is in the preview beside; publishing is refused while anything blocks. */
export function ReviewStep({ compliance, ...props }: { compliance: TCompliance | null; policyId: string; flushRef: { current: TFlush | null }; defaultDate: string; publishedAnswers: TAnswers | null }) {
  const blocking = compliance ? compliance.findings.filter((f) => f.severity === "blocking").length : 1;
  const proposals = compliance ? compliance.findings.filter((f) => f.ruleId === "P01").map((f) => f.message) : [];
  return (
    <div className="space-y-4">
      <p className="text-ink-soft">
        Relisez la politique complète dans l’aperçu. Chaque point relevé renvoie à la question qui le corrige.
      </p>
      <PublishForm blocking={blocking} proposals={proposals} {...props} />
    </div>
  );
}
