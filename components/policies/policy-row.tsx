"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { deletePolicyAction, duplicatePolicyAction, renamePolicyAction } from "@/app/(app)/policies/actions";
import { ActionFeedback, callAction, fieldFailure } from "@/components/ui/action-feedback";
import { buttonClass } from "@/components/ui/button";
import type { TActionResult } from "@/lib/action-result";
import { zPolicyTitle } from "@/lib/validation/policy";

export type TPolicyRow = { id: string; title: string; updatedAtLabel: string; statusLabel: string; score: number | null };

const zTitleForm = z.object({ title: zPolicyTitle });

export function PolicyRow({ policy }: { policy: TPolicyRow }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<TActionResult | null>(null);
  const [pending, start] = useTransition();
  const renameDialog = useRef<HTMLDialogElement>(null);
  const deleteDialog = useRef<HTMLDialogElement>(null);
  const form = useForm<{ title: string }>({ resolver: zodResolver(zTitleForm), defaultValues: { title: policy.title } });
  const titleError = form.formState.errors.title?.message;

  const onRename = ({ title }: { title: string }) =>
    start(async () => {
      const r = await callAction(() => renamePolicyAction({ id: policy.id, title }));
      const onField = fieldFailure(r);
      if (onField) return form.setError("title", { message: onField.message }, { shouldFocus: true });
      renameDialog.current?.close();
      setFailure(r);
      if (r.ok) router.refresh();
    });
  const duplicate = () =>
    start(async () => {
      const r = await callAction(() => duplicatePolicyAction({ id: policy.id }));
      setFailure(r);
      setMessage(r.ok ? "Copie créée." : null);
      if (r.ok) router.refresh();
    });
  const remove = () =>
    start(async () => {
      const r = await callAction(() => deletePolicyAction({ id: policy.id }));
      deleteDialog.current?.close();
      setFailure(r);
      if (r.ok) router.refresh();
    });

  const dialogClass = "w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-line p-6 backdrop:bg-ink/40";
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 px-5 py-4">
      <div>
        <Link href={`/policies/${policy.id}/edit`} className="font-semibold text-ink hover:text-accent">
          {policy.title}
        </Link>
        <p className="text-sm text-ink-soft">
          {policy.statusLabel} · modifiée le {policy.updatedAtLabel}
          {policy.score !== null ? ` · score ${policy.score}/100` : ""}
        </p>
        {message ? (
          <p role="status" className="text-sm text-accent">
            {message}
          </p>
        ) : null}
        <ActionFeedback result={failure} />
      </div>
      <div className="flex flex-wrap gap-1">
        <Link href={`/policies/${policy.id}/versions`} className={buttonClass.ghost} aria-label={`Versions et publication de « ${policy.title} »`}>
          Versions
        </Link>
        <button type="button" className={buttonClass.ghost} onClick={() => renameDialog.current?.showModal()} aria-label={`Renommer « ${policy.title} »`}>
          Renommer
        </button>
        <button type="button" className={buttonClass.ghost} onClick={duplicate} disabled={pending} aria-label={`Dupliquer « ${policy.title} »`}>
          Dupliquer
        </button>
        <button type="button" className={buttonClass.ghost} onClick={() => deleteDialog.current?.showModal()} aria-label={`Supprimer « ${policy.title} »`}>
          Supprimer
        </button>
      </div>
      <dialog ref={renameDialog} className={dialogClass} aria-labelledby={`renommer-${policy.id}`}>
        <form onSubmit={(e) => void form.handleSubmit(onRename)(e)} noValidate className="space-y-4">
          <h2 id={`renommer-${policy.id}`} className="font-serif text-xl font-semibold">
            Renommer la politique
          </h2>
          <div>
            <label htmlFor={`titre-${policy.id}`} className="block text-sm font-semibold">
              Titre
            </label>
            <input
              id={`titre-${policy.id}`}
              className="mt-1 block w-full rounded-md border border-line px-3 py-2"
              aria-invalid={titleError ? true : undefined}
              aria-describedby={titleError ? `titre-${policy.id}-erreur` : undefined}
              {...form.register("title")}
            />
            {titleError ? (
              <p id={`titre-${policy.id}-erreur`} className="mt-1 text-sm text-danger">
                {titleError}
              </p>
            ) : null}
          </div>
          <div className="flex justify-end gap-2">
            <button type="button" className={buttonClass.secondary} onClick={() => renameDialog.current?.close()}>
              Annuler
            </button>
            <button type="submit" className={buttonClass.primary} disabled={pending}>
              Enregistrer
            </button>
          </div>
        </form>
      </dialog>
      <dialog ref={deleteDialog} className={dialogClass} aria-labelledby={`supprimer-${policy.id}`}>
        <h2 id={`supprimer-${policy.id}`} className="font-serif text-xl font-semibold">
          Supprimer « {policy.title} » ?
        </h2>
        <p className="mt-2 text-ink-soft">La politique disparaît de votre tableau de bord. Les versions déjà publiées restent archivées.</p>
        <div className="mt-4 flex justify-end gap-2">
          <button type="button" className={buttonClass.secondary} onClick={() => deleteDialog.current?.close()}>
            Annuler
          </button>
          <button type="button" className="rounded-md bg-danger px-4 py-2 text-sm font-semibold text-white" onClick={remove} disabled={pending}>
            Supprimer définitivement du tableau de bord
          </button>
        </div>
      </dialog>
    </li>
  );
}
