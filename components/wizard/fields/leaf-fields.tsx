"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { FILLS } from "@/lib/policy/answers/fills";
import { enumOptions, type TNode } from "../schema-walk";
import { FieldShell, HelpAndError, fieldAria, inputClass, useFieldError } from "./shell";

type TProps = { path: string; node: TNode; label: string };

export function TextField({ path, node, label }: TProps) {
  const { register } = useFormContext();
  const error = useFieldError(path);
  const widget = node.meta?.widget;
  const aria = fieldAria(path, error);
  return (
    <FieldShell path={path} label={label} help={node.meta?.help} error={error}>
      {widget === "textarea" ? (
        <textarea rows={3} className={inputClass} {...aria} {...register(path)} />
      ) : (
        <input
          type={widget === "email" ? "email" : widget === "url" ? "url" : widget === "date" ? "date" : "text"}
          className={inputClass}
          {...aria}
          {...register(path)}
        />
      )}
    </FieldShell>
  );
}

export function NumberField({ path, node, label }: TProps) {
  const { register } = useFormContext();
  const error = useFieldError(path);
  return (
    <FieldShell path={path} label={label} help={node.meta?.help} error={error}>
      <input
        type="number"
        inputMode="numeric"
        className={`${inputClass} max-w-40`}
        {...fieldAria(path, error)}
        {...register(path, { setValueAs: (v: unknown) => (v === "" || v === null || v === undefined ? undefined : Number(v)) })}
      />
    </FieldShell>
  );
}

/** Options read from the answers (`optionsFrom`), e.g. the recipients a tracker may be linked to. */
function useDynamicOptions(node: TNode): [string, string][] | null {
  const from = node.meta?.optionsFrom;
  const items = useWatch({ name: from?.list ?? "__aucun__", disabled: !from }) as Record<string, unknown>[] | undefined;
  if (!from) return null;
  return (Array.isArray(items) ? items : [])
    .map((item) => [String(item?.[from.value] ?? ""), String(item?.[from.label] ?? "") || String(item?.[from.value] ?? "")] as [string, string])
    .filter(([value]) => value);
}

export function SelectField({ path, node, label }: TProps) {
  const { register, getValues, setValue } = useFormContext();
  const error = useFieldError(path);
  const dynamic = useDynamicOptions(node);
  const options = dynamic ?? enumOptions(node);
  const fills = node.meta?.fills;
  const parentPath = path.slice(0, path.lastIndexOf("."));
  const registered = register(path, node.optional || dynamic ? { setValueAs: (v: unknown) => (v === "" ? undefined : v) } : {});
  const onChange: typeof registered.onChange = async (event) => {
    if (fills && parentPath) {
      // Choosing a type fills the item's untouched answers (schema metadata `fills`).
      setValue(parentPath, FILLS[fills](getValues(parentPath), (event.target as HTMLSelectElement).value), { shouldDirty: true, shouldValidate: true });
      return;
    }
    return registered.onChange(event);
  };
  return (
    <FieldShell path={path} label={label} help={node.meta?.help} error={error}>
      <select className={inputClass} {...fieldAria(path, error)} {...registered} onChange={onChange}>
        {node.optional || dynamic ? <option value="">{dynamic ? "Aucun" : "—"}</option> : null}
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function CheckboxField({ path, node, label }: TProps) {
  const { register } = useFormContext();
  const error = useFieldError(path);
  const aria = fieldAria(path, error);
  return (
    <div className="space-y-1">
      <label className="flex min-h-11 cursor-pointer items-center gap-3 text-sm font-semibold">
        <input type="checkbox" className="size-5 shrink-0 accent-accent" {...aria} {...register(path)} />
        <span>{label}</span>
      </label>
      <HelpAndError id={aria.id} help={node.meta?.help} error={error} />
    </div>
  );
}

/** A list of enum values, as a group of checkboxes (categories of data, channels…). */
export function MultiSelectField({ path, node, elementNode, label }: TProps & { elementNode: TNode }) {
  const { register } = useFormContext();
  const error = useFieldError(path);
  const aria = fieldAria(path, error);
  const options = enumOptions(elementNode, node.meta?.options);
  // With `optionsFrom` (the data categories declared at the Données step), those come first; the rest
  // stay one click away, so a purpose card does not list 33 kinds of data.
  const from = node.meta?.optionsFrom;
  const declared = useWatch({ name: from?.list ?? "__aucun__", disabled: !from }) as Record<string, unknown>[] | undefined;
  const selected = (useWatch({ name: path }) ?? []) as string[];
  const first = from ? new Set([...(declared ?? []).map((d) => String(d?.[from.value] ?? "")), ...selected]) : null;
  const main = first ? options.filter(([v]) => first.has(v)) : options;
  const others = first ? options.filter(([v]) => !first.has(v)) : [];
  const box = (list: [string, string][], name: string) => (
    <div className={`grid gap-x-4 sm:grid-cols-2 ${list.length > 20 ? "max-h-72 overflow-y-auto rounded-md border border-line px-2" : ""}`} {...(list.length > 20 ? { tabIndex: 0, role: "group", "aria-label": name } : {})}>
      {list.map(([value, text]) => (
        <label key={value} className="flex min-h-11 cursor-pointer items-center gap-3 text-sm">
          <input type="checkbox" value={value} className="size-5 shrink-0 accent-accent" {...register(path)} />
          <span className="min-w-0">{text}</span>
        </label>
      ))}
    </div>
  );
  return (
    <fieldset className="min-w-0 space-y-1 outline-none" aria-describedby={aria["aria-describedby"]} id={aria.id} tabIndex={-1}>
      <legend className="text-sm font-semibold">{label}</legend>
      {box(main, label)}
      {others.length ? (
        <details className="rounded-md border border-line px-2">
          <summary className="flex min-h-11 cursor-pointer items-center text-sm font-semibold">Autres catégories ({others.length})</summary>
          {box(others, "Autres catégories")}
        </details>
      ) : null}
      <HelpAndError id={aria.id} help={node.meta?.help} error={error} />
    </fieldset>
  );
}
