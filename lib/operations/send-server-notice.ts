import { createHash } from "node:crypto";
import { ActionError } from "@/lib/actions/action-result";
import { SERVER_NOTICES_OFF } from "@/lib/schemas/server-notice";
import { isSynapseError, type SynapseClient } from "@/lib/synapse";

/** Synapse's refusals of a notice, told as sentences a person can act on. */
export function explainNoticeRefusal(error: unknown, userId: string): unknown {
  if (isSynapseError(error, "bad_request")) {
    const said = error.synapseMessage ?? "";
    if (/not enabled/i.test(said)) return new ActionError(SERVER_NOTICES_OFF);
    if (/local users/i.test(said))
      return new ActionError(
        `${userId} is on another server: server notices go to local users only.`,
      );
  }
  if (isSynapseError(error, "not_found") && error.errcode === "M_NOT_FOUND")
    return new ActionError(`There is no user ${userId} on this homeserver.`);
  return error;
}

export const isServerNoticesOff = (error: unknown) =>
  error instanceof ActionError && error.message === SERVER_NOTICES_OFF;

/** A job's transaction ID for one user's notice: the same on every attempt of that run. */
export function noticeTxnId(runId: string, userId: string): string {
  return createHash("sha256").update(`${runId}\n${userId}`).digest("hex").slice(0, 32);
}

/**
 * Sends one notice. The transaction ID makes a retried send (after a timeout, or a resumed job)
 * return the first event instead of sending a second notice.
 */
export async function sendServerNotice(
  synapse: SynapseClient,
  notice: { userId: string; body: string; txnId: string },
): Promise<{ eventId: string }> {
  try {
    return { eventId: await synapse.serverNotices.send(notice) };
  } catch (error) {
    throw explainNoticeRefusal(error, notice.userId);
  }
}
