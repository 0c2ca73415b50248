"use client";

import { useActionState, type ReactNode } from "react";
import type { TActionFailure, TActionResult } from "@/lib/action-result";

/**
 * The one place the browser turns an action's failure into what the founder sees (issue 12): the server's French
 * message; for an expired session, a link to sign in again that comes back here; for a bug, its reference (inside the
 * message). « Indisponible » and « introuvable » are told apart by the server's message, never guessed here.
 */
export function ActionFeedback({ result, id }: { result: TActionResult | null | undefined; id?: string }) {
  if (!result || result.ok) return null;
  return (
    <div id={id} role="alert" data-code={result.code} className="rounded-md bg-danger-soft px-3 py-2 text-sm text-danger">
      <p className={result.reasons?.length ? "font-semibold" : undefined}>{result.message}</p>
      {result.reasons?.length ? (
        <ul className="mt-1 list-disc pl-5">
          {result.reasons.map((r, i) => (
            <li key={i}>{r.message}</li>
          ))}
        </ul>
      ) : null}
      {result.code === "unauthenticated" ? <SignInAgain /> : null}
    </div>
  );
}

/** The sign-in page, coming back to this page afterwards (its path and query). */
export function signInAgainHref(): string {
  const back = typeof window === "undefined" ? "/" : `${window.location.pathname}${window.location.search}`;
  return `/connexion?callbackUrl=${encodeURIComponent(back)}`;
}

function SignInAgain() {
  return (
    <p className="mt-1">
      <a href={signInAgainHref()} className="font-semibold underline">
        Se reconnecter
      </a>
    </p>
  );
}

/**
 * Calls a server action from the browser. A call that gets no answer (the network, or the server failing to build
 * its response) becomes `unavailable` too, so every caller handles it like the others, once, and never waits on a
 * rejected promise. Whether the action ran is then unknown: each action is safe to repeat (a second publish of the
 * same draft answers « déjà publiée »).
 */
export async function callAction<T extends object>(call: () => Promise<TActionResult<T>>): Promise<TActionResult<T>> {
  try {
    return await call();
  } catch {
    return { ok: false, code: "unavailable", message: NO_ANSWER };
  }
}

const NO_ANSWER = "Le serveur n’a pas répondu\u00a0: réessayez dans quelques instants.";

/** A refusal tied to a form field (shown beside it) rather than in the feedback area. */
export function fieldFailure(r: TActionResult): (TActionFailure & { field: string }) | null {
  return !r.ok && r.field && (r.code === "invalid" || r.code === "conflict") ? (r as TActionFailure & { field: string }) : null;
}

export type TFormAction<T extends object = object> = (previous: TActionResult<T> | null, form: FormData) => Promise<TActionResult<T>>;

/** A `<form>` posted to a server action made with `formAction` (it works before JavaScript loads), with its feedback. */
export function ActionForm<T extends object>({ action, children, className, success }: { action: TFormAction<T>; children: ReactNode; className?: string; success?: (r: TActionResult<T> & { ok: true }) => ReactNode }) {
  const [state, dispatch] = useActionState(action, null);
  return (
    <form action={dispatch} className={className}>
      {children}
      {state?.ok && success ? (
        <p role="status" aria-live="polite" className="text-sm text-accent">
          {success(state)}
        </p>
      ) : null}
      <ActionFeedback result={state} />
    </form>
  );
}
