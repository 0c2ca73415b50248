import "server-only";

/** Thrown when an object does not exist OR belongs to someone else: both render as 404, so ids cannot be probed. */
export class NotFoundError extends Error {
  constructor(what = "Objet") {
    super(`${what} introuvable`);
    this.name = "NotFoundError";
  }
}
