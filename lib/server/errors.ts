import "server-only";

/** Thrown when an object does not exist OR belongs to someone else: both render as 404, so ids cannot be probed. */
export class NotFoundError extends Error {
  constructor(what = "Objet") {
    super(`${what} introuvable`);
    this.name = "NotFoundError";
  }
}

/** For pages: the object, or Next's 404 page when it is not found (or not the user's). */
export async function orNotFound<T>(pending: Promise<T>): Promise<T> {
  const { notFound } = await import("next/navigation");
  try {
    return await pending;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
