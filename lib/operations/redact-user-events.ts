import { ActionError } from "@/lib/actions/action-result";
import { isSynapseError, type SynapseClient } from "@/lib/synapse";
import { REDACT_TASK_ACTION } from "@/lib/synapse/user-redaction";
import type { RedactUserEventsInput } from "@/lib/schemas/user-redaction";
import { getUserOrThrow } from "./require-user";

type RedactionRequest = Pick<RedactUserEventsInput, "userId" | "rooms" | "reason" | "limit">;

/**
 * Starts Synapse's redaction of a user's events in the given rooms (none: every room they are
 * in or banned from). Returns the redact ID to follow; Synapse's refusals become sentences.
 */
export async function startUserRedaction(synapse: SynapseClient, input: RedactionRequest) {
  try {
    const redactId = await synapse.users.redactEvents(input.userId, {
      rooms: input.rooms,
      reason: input.reason,
      limit: input.limit,
    });
    return {
      userId: input.userId,
      redactId,
      rooms: input.rooms.length ? input.rooms : ("every room they are in" as const),
      reason: input.reason,
    };
  } catch (error) {
    if (
      isSynapseError(error, "bad_request") &&
      /already in progress/i.test(error.synapseMessage ?? "")
    )
      throw new ActionError(
        `A redaction of ${input.userId}'s events is already running; follow it on their page and start another once it has finished.`,
      );
    throw error;
  }
}

/** The redaction asked of the user page: the user must exist (Synapse would start a task for nobody). */
export async function redactUserEvents(synapse: SynapseClient, input: RedactUserEventsInput) {
  await getUserOrThrow(synapse, input.userId);
  return startUserRedaction(synapse, input);
}

/** How far a redaction has got, for the progress the page polls. */
export async function getRedactionProgress(synapse: SynapseClient, redactId: string) {
  const answer = await synapse.users.redactStatus(redactId).catch((error: unknown) => {
    if (isSynapseError(error, "not_found"))
      throw new ActionError(
        "Synapse no longer knows this redaction: it keeps finished tasks for a week.",
      );
    throw error;
  });
  return {
    status: answer.status,
    error: answer.status === "failed" ? answer.error || "Synapse gave no reason." : null,
    failedRedactions:
      answer.status === "complete"
        ? Object.entries(answer.failed_redactions).map(([eventId, reason]) => ({ eventId, reason }))
        : [],
  };
}
export type RedactionProgress = Awaited<ReturnType<typeof getRedactionProgress>>;

/** The user's redactions Synapse still keeps (a week after they end), newest first. */
export async function findUserRedactions(synapse: SynapseClient, userId: string) {
  const tasks = await synapse.scheduledTasks.list({
    action_name: REDACT_TASK_ACTION,
    resource_id: userId,
  });
  return tasks
    .map((task) => ({ redactId: task.id, status: task.status, updatedAt: task.timestamp_ms }))
    .sort((a, b) => b.updatedAt - a.updatedAt);
}
export type UserRedaction = Awaited<ReturnType<typeof findUserRedactions>>[number];
