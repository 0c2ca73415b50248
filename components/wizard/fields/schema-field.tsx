"use client";

import type { z } from "zod";
import { useFormContext, useWatch } from "react-hook-form";
import { isProposableField } from "@/lib/policy/answers/proposals";
import { isShown } from "@/lib/policy/schema/visibility";
import { ConfirmOnEdit, ProposalNote } from "./proposal";
import { UncertainField } from "./uncertain";
import { describe, defaultValue, objectShape, arrayElement, fieldId } from "../schema-walk";
import { CheckboxField, MultiSelectField, NumberField, SelectField, TextField } from "./leaf-fields";
import { ObjectListField, StringListField } from "./list-fields";

function parentOf(path: string): string {
  return path.includes(".") ? path.slice(0, path.lastIndexOf(".")) : "";
}

/** A field's control, shown or not as its metadata says (`hidden`, `showWhen` against its siblings). */
export function SchemaField({ schema, path, name }: { schema: z.ZodType; path: string; name: string }) {
  const meta = describe(schema).meta;
  const parentPath = parentOf(path);
  const watchParent = Boolean(meta?.showWhen) && !meta?.hidden;
  const parent = useWatch({ name: parentPath || "__racine__", disabled: !watchParent });
  if (meta?.hidden) return null;
  if (watchParent && !isShown(meta, parentPath ? parent : undefined)) return null;
  if (isProposableField(path)) {
    return (
      <div className="space-y-2">
        <ProposalNote path={path} what={`« ${meta?.label ?? name} »`} />
        <ConfirmOnEdit path={path}>
          <SchemaFieldInner schema={schema} path={path} name={name} />
        </ConfirmOnEdit>
      </div>
    );
  }
  return (
    <UncertainField path={path} what={`« ${meta?.label ?? name} »`}>
      <SchemaFieldInner schema={schema} path={path} name={name} />
    </UncertainField>
  );
}

function SchemaFieldInner({ schema, path, name }: { schema: z.ZodType; path: string; name: string }) {
  const node = describe(schema);
  const label = node.meta?.label ?? name;
  // Choices read from the answers (a tracker's recipient) are a list to pick from, whatever the value's type.
  if (node.meta?.optionsFrom && node.kind !== "array") return <SelectField path={path} node={node} label={label} />;
  switch (node.kind) {
    case "object":
      return node.optional ? <OptionalGroup schema={schema} path={path} label={label} /> : <Group schema={schema} path={path} label={label} />;
    case "array": {
      const element = describe(arrayElement(node));
      if (element.kind === "enum") return <MultiSelectField path={path} node={node} elementNode={element} label={label} />;
      if (element.kind === "object") return <ObjectListField path={path} node={node} label={label} />;
      return <StringListField path={path} node={node} label={label} />;
    }
    case "enum":
      return <SelectField path={path} node={node} label={label} />;
    case "boolean":
      return <CheckboxField path={path} node={node} label={label} />;
    case "number":
      return <NumberField path={path} node={node} label={label} />;
    case "string":
      return <TextField path={path} node={node} label={label} />;
    default:
      return null;
  }
}

/** The fields of an object, in schema order. */
export function ObjectFields({ schema, path }: { schema: z.ZodType; path: string }) {
  const node = describe(schema);
  return (
    <div className="space-y-5">
      {objectShape(node).map(([key, child]) => (
        <SchemaField key={key} schema={child} path={path ? `${path}.${key}` : key} name={key} />
      ))}
    </div>
  );
}

function Group({ schema, path, label }: { schema: z.ZodType; path: string; label: string }) {
  const help = describe(schema).meta?.help;
  return (
    <fieldset id={fieldId(path)} tabIndex={-1} className="min-w-0 space-y-4 rounded-lg border border-line bg-white p-3 outline-none sm:p-4">
      <legend className="px-1 font-serif text-lg font-semibold">{label}</legend>
      {help ? <p className="text-sm text-ink-soft">{help}</p> : null}
      <ObjectFields schema={schema} path={path} />
    </fieldset>
  );
}

/** An optional block (EU representative, parent company): off until the user says it applies. */
function OptionalGroup({ schema, path, label }: { schema: z.ZodType; path: string; label: string }) {
  const { setValue } = useFormContext();
  const value = useWatch({ name: path });
  const node = describe(schema);
  const id = fieldId(path);
  const on = value !== undefined && value !== null;
  return (
    <div className="space-y-3 rounded-lg border border-line bg-white p-4">
      <label className="flex min-h-11 cursor-pointer items-center gap-3 font-semibold">
        <input
          id={id}
          type="checkbox"
          className="size-5 shrink-0 accent-accent"
          checked={on}
          aria-describedby={`${id}-aide`}
          onChange={(e) => setValue(path, e.target.checked ? defaultValue(node.inner) : undefined, { shouldDirty: true })}
        />
        <span>{label}</span>
      </label>
      <p id={`${id}-aide`} className="text-sm text-ink-soft">
        {node.meta?.help}
      </p>
      {on ? <ObjectFields schema={node.inner} path={path} /> : null}
    </div>
  );
}
