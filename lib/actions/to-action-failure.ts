import { z } from "zod";
import { AuditWriteError } from "@/lib/audit/run-audited";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "@/lib/database-unavailable";
import { SynapseError } from "@/lib/synapse";
import { ActionError, type ActionResult } from "./action-result";

type Failure = Extract<ActionResult<never>, { ok: false }>;

/**
 * Turns any error into what the browser may see: known errors keep their sentence, anything else
 * becomes a generic message with a request id, and its detail goes to the server log only.
 */
export function toActionFailure(error: unknown, requestId: string): Failure {
  if (error instanceof z.ZodError) {
    const { formErrors, fieldErrors } = z.flattenError(error);
    return {
      ok: false,
      // Issues of the request as a whole (not an object, unknown keys) have no field to sit under.
      error:
        formErrors.length > 0
          ? formErrors.map(asSentence).join(" ")
          : "Some fields need attention.",
      fieldErrors: fieldErrors as Record<string, string[]>,
    };
  }
  if (error instanceof AuditWriteError) {
    // The sentence says nothing changed; why the log could not be written is for the server's log.
    console.error(`[action ${requestId}] audit write failed:`, error.cause);
    return { ok: false, error: error.message, requestId, retryable: true };
  }
  if (error instanceof ActionError || error instanceof SynapseError) {
    return { ok: false, error: error.message, requestId };
  }
  console.error(`[action ${requestId}]`, error);
  if (isDatabaseUnavailable(error))
    return { ok: false, error: DATABASE_UNAVAILABLE_MESSAGE, requestId, retryable: true };
  return {
    ok: false,
    error: `Something went wrong on the server (reference ${requestId}).`,
    requestId,
    retryable: true,
  };
}

/** "name a userId" → "Name a userId.": schema-level refinements are written as fragments. */
function asSentence(message: string): string {
  const text = message.trim();
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
