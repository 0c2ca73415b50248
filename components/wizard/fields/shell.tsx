import { get, useFormContext } from "react-hook-form";
import { fieldId } from "../schema-walk";

export const inputClass =
  "mt-1 block min-h-11 w-full rounded-md border border-line bg-white px-3 py-2 text-base text-ink aria-[invalid=true]:border-danger";

/** The error message at a path, if any. */
export function useFieldError(path: string): string | undefined {
  const { formState } = useFormContext();
  const error = get(formState.errors, path) as { message?: string } | undefined;
  return error?.message;
}

/** Ids for a field: its input, its help and its error, wired with aria-describedby. */
export function fieldAria(path: string, error: string | undefined) {
  const id = fieldId(path);
  return {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": `${id}-aide${error ? ` ${id}-erreur` : ""}`,
  } as const;
}

export function FieldShell({
  path, label, help, error, children, labelFor = true,
}: { path: string; label: string; help?: string; error?: string; children: React.ReactNode; labelFor?: boolean }) {
  const id = fieldId(path);
  return (
    <div className="space-y-1">
      {labelFor ? (
        <label htmlFor={id} className="block text-sm font-semibold">
          {label}
        </label>
      ) : (
        <p className="text-sm font-semibold" id={`${id}-libelle`}>
          {label}
        </p>
      )}
      {children}
      <HelpAndError id={id} help={help} error={error} />
    </div>
  );
}

/** The help text and error message a field's aria-describedby points to (ids `<id>-aide`, `<id>-erreur`). */
export function HelpAndError({ id, help, error }: { id: string; help?: string; error?: string }) {
  return (
    <>
      <p id={`${id}-aide`} className="text-sm text-ink-soft">
        {help}
      </p>
      {error ? (
        <p id={`${id}-erreur`} className="text-sm font-semibold text-danger">
          {error}
        </p>
      ) : null}
    </>
  );
}
