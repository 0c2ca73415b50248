// The one contract of every server action (issue 12): the server answers with one of these results, the client
// reads them in one place (components/ui/action-feedback.tsx). Shared by server and browser: no server import here.

/** Why an action did not do what was asked. Each has one meaning, and one way the client handles it. */
export type TActionFailureCode =
  /** The input is refused as it stands (a field, a blocking finding, a date): correct it and resubmit. */
  | "invalid"
  /** The object does not exist, or is someone else's (both look the same, so ids cannot be probed). */
  | "not_found"
  /** The object changed meanwhile, or the request collides with another (an address taken, nothing new to publish). */
  | "conflict"
  /** The database cannot answer now: nothing was changed; the same request will work later. */
  | "unavailable"
  /** The session expired or was closed: sign in again. */
  | "unauthenticated"
  /** A bug on our side: logged with the reference shown; retrying the same request will not help. */
  | "error";

export type TActionFailure = {
  ok: false;
  code: TActionFailureCode;
  /** A French sentence for the founder. */
  message: string;
  /** The finer cause within the code (e.g. « blocked », « unchanged », « taken »), for the caller that needs it. */
  reason?: string;
  /** The field the message is about. */
  field?: string;
  /** Several points (blocking findings, answers to review), each with its field. */
  reasons?: { message: string; field: string | null }[];
  /** Per-field messages of a refused draft. */
  issues?: { path: string; message: string }[];
  /** The request id, also in the server log. */
  ref?: string;
};

export type TActionResult<T extends object = object> = ({ ok: true } & T) | TActionFailure;

/** The messages of the codes that do not depend on the action. */
export const FAILURE_MESSAGES = {
  not_found: "Cette politique est introuvable.",
  unavailable: "Service momentanément indisponible. Réessayez dans quelques instants.",
  unauthenticated: "Votre session a expiré : reconnectez-vous pour continuer.",
  error: (ref: string) => `Une erreur inattendue est survenue (référence ${ref}). Rien n’a été modifié.`,
} as const;

/** The digest of a page error caused by an unavailable database (the error page reads it: no message crosses). */
export const UNAVAILABLE_DIGEST = "CLAIREMENT-INDISPONIBLE";
