export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      error: string;
      fieldErrors?: Record<string, string[]>;
      requestId?: string;
      /** The server's own trouble (its database, an unexpected error): the same request may work later. */
      retryable?: boolean;
    };

/** An error whose message is written for the person using the console and is safe to show. */
export class ActionError extends Error {
  override name = "ActionError";
}
