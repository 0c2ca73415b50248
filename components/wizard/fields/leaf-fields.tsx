"use client";

import { useFormContext } from "react-hook-form";
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

export function SelectField({ path, node, label }: TProps) {
  const { register } = useFormContext();
  const error = useFieldError(path);
  const options = enumOptions(node);
  return (
    <FieldShell path={path} label={label} help={node.meta?.help} error={error}>
      <select className={inputClass} {...fieldAria(path, error)} {...register(path, node.optional ? { setValueAs: (v: unknown) => (v === "" ? undefined : v) } : {})}>
        {node.optional ? <option value="">—</option> : null}
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
      <div className="flex items-start gap-2">
        <input type="checkbox" className="mt-1 size-4 accent-accent" {...aria} {...register(path)} />
        <label htmlFor={aria.id} className="text-sm font-semibold">
          {label}
        </label>
      </div>
      <HelpAndError id={aria.id} help={node.meta?.help} error={error} />
    </div>
  );
}

/** A list of enum values, as a group of checkboxes (categories of data, channels…). */
export function MultiSelectField({ path, node, elementNode, label }: TProps & { elementNode: TNode }) {
  const { register } = useFormContext();
  const error = useFieldError(path);
  const aria = fieldAria(path, error);
  const options = enumOptions(elementNode);
  return (
    <fieldset className="space-y-1" aria-describedby={aria["aria-describedby"]} id={aria.id} tabIndex={-1}>
      <legend className="text-sm font-semibold">{label}</legend>
      <div className="grid gap-x-4 gap-y-1 sm:grid-cols-2">
        {options.map(([value, text]) => (
          <label key={value} className="flex items-start gap-2 text-sm">
            <input type="checkbox" value={value} className="mt-1 size-4 accent-accent" {...register(path)} />
            <span>{text}</span>
          </label>
        ))}
      </div>
      <HelpAndError id={aria.id} help={node.meta?.help} error={error} />
    </fieldset>
  );
}
