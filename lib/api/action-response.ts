import "server-only";
import type { z } from "zod";
import { runAction, type ActionDefinition } from "@/lib/actions/define-action";
import type { CurrentUser } from "@/lib/auth/current-user";
import { plainText } from "./plain-text";
import { readCappedText } from "./read-capped-text";

/**
 * Runs a server action for a script, as the pages run it (same schema, same checks, same audit),
 * acting as the route's user (a token is its own actor, `token:<name>`). The answer is the
 * action's data as JSON, or what `present` makes of it; a refused input is 400 with the action's
 * sentence and the fields' problems, any other refusal (the server's state, Synapse's answer) 422
 * with its sentence; the server's own trouble (its database, an unexpected error) 503, to retry.
 */
export async function actionResponse<S extends z.ZodType, T, B>(
  definition: ActionDefinition<S, T, B>,
  input: z.input<S>,
  user: CurrentUser,
  present: (data: T) => unknown = (data) => data,
): Promise<Response> {
  const result = await runAction(definition, input, async () => user);
  const headers = { "Cache-Control": "no-store" };
  if (result.ok) return Response.json((await present(result.data)) ?? null, { headers });
  if (result.retryable) {
    // Not a refusal: the server's own trouble. A sender that retries on 5xx tries again.
    return Response.json(
      { error: result.error },
      { status: 503, headers: { ...headers, "Retry-After": "30" } },
    );
  }
  const status = result.fieldErrors ? 400 : 422;
  return Response.json(
    { error: result.error, ...(result.fieldErrors ? { fieldErrors: result.fieldErrors } : {}) },
    { status, headers },
  );
}

/** More than any JSON object a route handler takes (a version's ID and the like). */
const MAX_OBJECT_BYTES = 64 * 1024;

/**
 * The request's body as a JSON object (empty: `{}`), or the answer that says it is not one: 413
 * past 64 KiB (read no further), 400 for anything else.
 */
export async function jsonObjectOf(
  request: Request,
): Promise<{ body: Record<string, unknown> } | { refusal: Response }> {
  const text = await readCappedText(request, MAX_OBJECT_BYTES);
  if (text === null) {
    return {
      refusal: plainText(413, `The request body is more than ${MAX_OBJECT_BYTES} bytes.\n`),
    };
  }
  return parseJsonObject(text);
}

/** A body already read (a signed one is checked as sent) as a JSON object, or the 400 that says it is not. */
export function parseJsonObject(
  text: string,
): { body: Record<string, unknown> } | { refusal: Response } {
  if (text.trim() === "") return { body: {} };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { refusal: plainText(400, "The request body is not JSON.\n") };
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return { refusal: plainText(400, "The request body must be a JSON object.\n") };
  }
  return { body: body as Record<string, unknown> };
}
