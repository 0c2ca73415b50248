"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { changeSlugAction, setWithdrawnAction } from "@/app/(app)/policies/[id]/versions/actions";
import { ActionFeedback, callAction, fieldFailure } from "@/components/ui/action-feedback";
import { buttonClass } from "@/components/ui/button";
import type { TActionResult } from "@/lib/action-result";
import { zSlug } from "@/lib/validation/policy";

const zSlugForm = z.object({ slug: zSlug });

/** Change the public address (the old one redirects), withdraw or restore the publication. */
export function PublicationControls({ policyId, slug, withdrawn }: { policyId: string; slug: string; withdrawn: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<TActionResult | null>(null);
  const [pending, start] = useTransition();
  const dialog = useRef<HTMLDialogElement>(null);
  const form = useForm<{ slug: string }>({ resolver: zodResolver(zSlugForm), defaultValues: { slug } });
  const slugError = form.formState.errors.slug?.message;

  const onSlug = (values: { slug: string }) =>
    start(async () => {
      const r = await callAction(() => changeSlugAction({ id: policyId, slug: values.slug }));
      const onField = fieldFailure(r);
      setFailure(onField ? null : r);
      setMessage(r.ok ? `Nouvelle adresse : /p/${r.slug}. L’ancienne redirige vers elle.` : null);
      if (r.ok) router.refresh();
      else if (onField) form.setError("slug", { message: onField.message }, { shouldFocus: true });
    });
  const toggle = (next: boolean) =>
    start(async () => {
      const r = await callAction(() => setWithdrawnAction({ id: policyId, withdrawn: next }));
      dialog.current?.close();
      setFailure(r);
      setMessage(r.ok ? (next ? "Publication retirée : les pages publiques répondent désormais « retirée »." : "Publication rétablie.") : null);
      if (r.ok) router.refresh();
    });

  return (
    <section aria-labelledby="adresse-titre" className="space-y-4 rounded-lg border border-line bg-white p-5">
      <h2 id="adresse-titre" className="font-serif text-xl font-semibold">
        Adresse et publication
      </h2>
      <form onSubmit={(e) => void form.handleSubmit(onSlug)(e)} noValidate className="space-y-2">
        <label htmlFor="adresse-publique" className="block text-sm font-semibold">
          Adresse publique
        </label>
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-ink-soft">/p/</span>
          <input
            id="adresse-publique"
            className="min-w-0 flex-1 rounded-md border border-line px-3 py-2"
            aria-invalid={slugError ? true : undefined}
            aria-describedby={slugError ? "adresse-erreur" : "adresse-aide"}
            {...form.register("slug")}
          />
          <button type="submit" className={buttonClass.secondary} disabled={pending}>
            Changer l’adresse
          </button>
        </div>
        {slugError ? (
          <p id="adresse-erreur" className="text-sm text-danger">
            {slugError}
          </p>
        ) : (
          <p id="adresse-aide" className="text-sm text-ink-soft">
            L’ancienne adresse continue de fonctionner : elle redirige vers la nouvelle.
          </p>
        )}
      </form>
      <div>
        {withdrawn ? (
          <button type="button" className={buttonClass.primary} disabled={pending} onClick={() => toggle(false)}>
            Rétablir la publication
          </button>
        ) : (
          <button type="button" className={buttonClass.secondary} disabled={pending} onClick={() => dialog.current?.showModal()}>
            Retirer la publication
          </button>
        )}
      </div>
      <dialog ref={dialog} aria-labelledby="retirer-titre" className="w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-line p-6 backdrop:bg-ink/40">
        <h2 id="retirer-titre" className="font-serif text-xl font-semibold">
          Retirer la publication ?
        </h2>
        <p className="mt-2 text-ink-soft">
          Les pages publiques, les téléchargements et l’intégration répondront que la politique a été retirée. Les versions sont
          conservées et vous pourrez rétablir la publication.
        </p>
        <div className="mt-4 flex justify-end gap-2">
          <button type="button" className={buttonClass.secondary} onClick={() => dialog.current?.close()}>
            Annuler
          </button>
          <button type="button" className="rounded-md bg-danger px-4 py-2 text-sm font-semibold text-white" onClick={() => toggle(true)} disabled={pending}>
            Retirer
          </button>
        </div>
      </dialog>
      <p role="status" aria-live="polite" className="text-sm text-accent">
        {message}
      </p>
      <ActionFeedback result={failure} />
    </section>
  );
}
