"use client";

import { useState } from "react";
import { get, useController, useFieldArray, useFormContext, useWatch } from "react-hook-form";
import type { TAnswers } from "@/lib/policy";
import { cascadeOf, type TCascade } from "@/lib/policy/answers/cascade";
import { buttonClass } from "@/components/ui/button";
import { arrayElement, defaultValue, describe, fieldId, itemTitle, type TNode } from "../schema-walk";
import { ConfirmOnEdit, ProposalBadge, ProposalNote, useProposal } from "./proposal";
import { UncertainCookiesNote } from "./uncertain";
import { ObjectFields } from "./schema-field";
import { FieldShell, inputClass, useFieldError } from "./shell";

type TProps = { path: string; node: TNode; label: string };

/** A list of short texts (the service's addresses…), one input each, each with its own error. */
export function StringListField({ path, node, label }: TProps) {
  const { field } = useController({ name: path });
  const { formState } = useFormContext();
  const error = useFieldError(path);
  const items: string[] = Array.isArray(field.value) ? field.value : [];
  const id = fieldId(path);
  const set = (next: string[]) => field.onChange(next);
  const itemError = (i: number) => (get(formState.errors, `${path}.${i}`) as { message?: string } | undefined)?.message;
  return (
    <FieldShell path={path} label={label} help={node.meta?.help} error={error} labelFor={false}>
      <ul className="space-y-2" aria-labelledby={`${id}-libelle`}>
        {items.map((value, i) => {
          const itemId = fieldId(`${path}.${i}`);
          const message = itemError(i);
          return (
            <li key={i}>
              <div className="flex gap-2">
                <input
                  id={itemId}
                  className={inputClass}
                  aria-label={`${label} ${i + 1}`}
                  aria-invalid={message ? true : undefined}
                  aria-describedby={message ? `${itemId}-erreur` : `${id}-aide`}
                  value={value}
                  onChange={(e) => set(items.map((v, j) => (j === i ? e.target.value : v)))}
                  onBlur={field.onBlur}
                />
                <button
                  type="button"
                  className={buttonClass.ghost}
                  onClick={() => {
                    set(items.filter((_, j) => j !== i));
                    // Focus stays in the list: the next item, else the previous one, else « Ajouter ».
                    const next = i < items.length - 1 ? i : i - 1;
                    requestAnimationFrame(() => document.getElementById(next >= 0 ? fieldId(`${path}.${next}`) : id)?.focus());
                  }}
                  aria-label={`Retirer ${label.toLowerCase()} ${i + 1}`}
                >
                  Retirer
                </button>
              </div>
              {message ? (
                <p id={`${itemId}-erreur`} className="mt-1 text-sm font-semibold text-danger">
                  {message}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        id={id}
        aria-describedby={`${id}-libelle`}
        className={`${buttonClass.secondary} mt-2`}
        onClick={() => {
          set([...items, ""]);
          // The cursor goes to the new address, ready to type.
          requestAnimationFrame(() => document.getElementById(fieldId(`${path}.${items.length}`))?.focus());
        }}
      >
        Ajouter
      </button>
    </FieldShell>
  );
}

function newId(prefix: string, taken: Set<string>): string {
  for (let n = taken.size + 1; ; n += 1) if (!taken.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}

/** A list of objects (purposes, recipients, trackers): one card each, add and remove. */
export function ObjectListField({ path, node, label }: TProps) {
  const { control, getValues, setValue } = useFormContext();
  const [asking, setAsking] = useState<{ index: number; cascade: TCascade } | null>(null);
  const [announce, setAnnounce] = useState("");
  const { fields, append, remove, move } = useFieldArray({ control, name: path, keyName: "rhfKey" });
  /** Moves a card up or down; focus follows it, so the keyboard can keep moving it. */
  const moveTo = (from: number, to: number, label: string) => {
    move(from, to);
    setAnnounce(`« ${itemTitle(node, values[from], from)} » ${label} (position ${to + 1} sur ${fields.length}).`);
    requestAnimationFrame(() => {
      const card = document.getElementById(`${id}.${to}`);
      const same = card?.querySelector<HTMLButtonElement>(`[data-deplacer="${to < from ? "haut" : "bas"}"]`);
      // At either end its own button is disabled: the other one keeps the focus in the card.
      (same && !same.disabled ? same : card?.querySelector<HTMLButtonElement>("[data-deplacer]:not(:disabled)") ?? card?.querySelector("summary"))?.focus();
    });
  };
  const values = (useWatch({ name: path }) ?? []) as Record<string, unknown>[];
  const element = arrayElement(node);
  const error = useFieldError(path);
  const id = fieldId(path);
  const addLabel = node.meta?.newItem?.add;
  const focusAfterRemoval = (i: number) => {
    // Focus never falls to <body>: the card that takes its place, else the previous one, else « Ajouter ».
    const next = i < fields.length - 1 ? i : i - 1;
    requestAnimationFrame(() => {
      const target = next >= 0 ? document.querySelector<HTMLElement>(`[id="${id}.${next}"] > summary`) : document.getElementById(id);
      target?.focus();
    });
  };
  /** Removes an item and what refers to it (lib/policy/answers/cascade.ts), asking first when the founder may keep it. */
  const removeAt = (i: number, withDependents?: boolean) => {
    const title = itemTitle(node, values[i], i);
    const cascade = cascadeOf(getValues() as TAnswers, path, i);
    if (cascade?.ask && withDependents === undefined) {
      setAsking({ index: i, cascade });
      return;
    }
    setAsking(null);
    const change = cascade && (withDependents === false ? cascade.keep : cascade.apply);
    if (cascade && change) {
      const before = getValues() as TAnswers;
      const next = change(before);
      // Every part of the answers the cascade touched, and only those.
      for (const key of Object.keys(next) as (keyof TAnswers)[]) {
        if (next[key] !== before[key]) setValue(key, next[key], { shouldDirty: true, shouldValidate: true });
      }
      setAnnounce(`« ${title} » supprimé. ${!cascade.ask ? cascade.summary : withDependents ? "Ses cookies sont retirés aussi." : "Ses cookies restent listés."}`);
    } else {
      remove(i);
      setAnnounce(`« ${title} » supprimé.`);
    }
    focusAfterRemoval(i);
  };
  const add = () => {
    const item = defaultValue(element) as Record<string, unknown>;
    if ("id" in item) item.id = newId(path.split(".").pop() ?? "element", new Set(values.map((v) => String(v?.id ?? ""))));
    append(item, { shouldFocus: false });
    // Open the new card and put the cursor in its first field.
    const index = fields.length;
    requestAnimationFrame(() => {
      const card = document.getElementById(`${id}.${index}`);
      if (card instanceof HTMLDetailsElement) card.open = true;
      card?.querySelector<HTMLElement>("input, select, textarea")?.focus();
    });
  };
  return (
    <section aria-labelledby={`${id}-titre`} className="space-y-3">
      <h3 id={`${id}-titre`} className="font-serif text-lg font-semibold">
        {label}
      </h3>
      <p className="text-sm text-ink-soft">{describe(element).meta?.help ?? node.meta?.help}</p>
      {error ? <p className="text-sm font-semibold text-danger">{error}</p> : null}
      <ul className="space-y-3">
        {fields.map((f, i) => (
          <li key={f.rhfKey}>
            <details id={`${id}.${i}`} className="group rounded-lg border border-line bg-white">
              <summary className="flex min-h-11 cursor-pointer flex-wrap items-center justify-between gap-x-3 gap-y-1 px-3 py-2 font-semibold sm:px-4">
                <span id={`${id}-${i}-titre`} className="min-w-0 break-words">{itemTitle(node, values[i], i)}</span>
                {node.meta?.itemKey ? <ItemProposalBadge path={`${path}.${i}`} /> : null}
                <span className="text-sm font-normal text-ink-soft group-open:hidden">Modifier</span>
              </summary>
              <div className="space-y-4 border-t border-line p-3 sm:p-4">
                {node.meta?.itemKey ? <ProposalNote path={`${path}.${i}`} what={`« ${itemTitle(node, values[i], i)} »`} /> : null}
                <UncertainCookiesNote path={`${path}.${i}`} what={`« ${itemTitle(node, values[i], i)} »`} />
                <ConfirmOnEdit path={`${path}.${i}`}>
                  <ObjectFields schema={element} path={`${path}.${i}`} />
                </ConfirmOnEdit>
                {asking?.index === i ? (
                  <div role="alertdialog" aria-labelledby={`${id}-${i}-question`} className="space-y-2 rounded-md border border-warn bg-warn-soft p-3 text-sm">
                    <p id={`${id}-${i}-question`}>{asking.cascade.summary}</p>
                    <div className="flex flex-wrap gap-2">
                      <button type="button" className={buttonClass.primary} onClick={() => removeAt(i, true)} autoFocus>
                        Supprimer avec ses cookies
                      </button>
                      <button type="button" className={buttonClass.secondary} onClick={() => removeAt(i, false)}>
                        Garder les cookies
                      </button>
                      <button type="button" className={buttonClass.ghost} onClick={() => setAsking(null)}>
                        Annuler
                      </button>
                    </div>
                  </div>
                ) : (
                  <div className="flex flex-wrap gap-2">
                    {node.meta?.itemKey && fields.length > 1 ? (
                      <>
                        <button type="button" data-deplacer="haut" className={buttonClass.ghost} disabled={i === 0} onClick={() => moveTo(i, i - 1, "monté")} aria-describedby={`${id}-${i}-titre`}>
                          Monter
                        </button>
                        <button type="button" data-deplacer="bas" className={buttonClass.ghost} disabled={i === fields.length - 1} onClick={() => moveTo(i, i + 1, "descendu")} aria-describedby={`${id}-${i}-titre`}>
                          Descendre
                        </button>
                      </>
                    ) : null}
                    <button type="button" className={buttonClass.ghost} onClick={() => removeAt(i)} aria-describedby={`${id}-${i}-titre`}>
                      Supprimer
                    </button>
                  </div>
                )}
              </div>
            </details>
          </li>
        ))}
      </ul>
      <p className="sr-only" role="status" aria-live="polite">
        {announce}
      </p>
      <button type="button" id={id} className={buttonClass.secondary} onClick={add}>
        {addLabel ?? <>Ajouter un élément<span className="sr-only"> : {label}</span></>}
      </button>
    </section>
  );
}

function ItemProposalBadge({ path }: { path: string }) {
  return useProposal(path).proposed ? <ProposalBadge /> : null;
}
