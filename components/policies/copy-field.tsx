"use client";

import { useId, useState } from "react";
import { buttonClass } from "@/components/ui/button";

/** A read-only snippet with a « Copier » button. */
export function CopyField({ label, value, multiline = false }: { label: string; value: string; multiline?: boolean }) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      (document.getElementById(id) as HTMLInputElement | HTMLTextAreaElement | null)?.select();
    }
  };
  const cls = "mt-1 block w-full rounded-md border border-line bg-paper px-3 py-2 font-mono text-sm";
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      <div className="flex items-start gap-2">
        {multiline ? <textarea id={id} readOnly rows={4} value={value} className={cls} /> : <input id={id} readOnly value={value} className={cls} />}
        <button type="button" onClick={copy} className={`${buttonClass.secondary} mt-1 shrink-0`}>
          {copied ? "Copié" : "Copier"}
          <span className="sr-only"> : {label}</span>
        </button>
      </div>
      <p className="sr-only" role="status" aria-live="polite">
        {copied ? `${label} copié dans le presse-papiers.` : ""}
      </p>
    </div>
  );
}
