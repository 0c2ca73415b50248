"use client";

import { useFormStatus } from "react-dom";
import { buttonClass } from "@/components/ui/button";

export function NewPolicyButton({ label = "Nouvelle politique" }: { label?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={buttonClass.primary} disabled={pending}>
      {pending ? "Création…" : label}
    </button>
  );
}
