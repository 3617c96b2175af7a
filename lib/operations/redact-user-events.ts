import { ActionError } from "@/lib/actions/action-result";
import { isSynapseError, type SynapseClient } from "@/lib/synapse";
import type { SynapseScheduledTask } from "@/lib/synapse/background-work";
import {
  REDACT_TASK_ACTION,
  redactStatusSchema,
  type SynapseRedactStatus,
} from "@/lib/synapse/user-redaction";
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

/** How far a redaction has got, in the page's words: its status, error and refused events. */
function progressOf(answer: SynapseRedactStatus) {
  return {
    status: answer.status,
    error: answer.status === "failed" ? answer.error || "Synapse gave no reason." : null,
    failedRedactions:
      answer.status === "complete"
        ? Object.entries(answer.failed_redactions).map(([eventId, reason]) => ({ eventId, reason }))
        : [],
  };
}
export type RedactionProgress = ReturnType<typeof progressOf>;

/** How far a redaction has got, for the progress the page polls. */
export async function getRedactionProgress(
  synapse: SynapseClient,
  redactId: string,
): Promise<RedactionProgress> {
  const answer = await synapse.users.redactStatus(redactId).catch((error: unknown) => {
    if (isSynapseError(error, "not_found"))
      throw new ActionError(
        "Synapse no longer knows this redaction: it keeps finished tasks for a week.",
      );
    throw error;
  });
  return progressOf(answer);
}

/**
 * A redaction task as its status answer reads it (Synapse's redact_status is this task: its
 * status, its error, and the events it could not redact in its result); null when the task holds
 * something else, and the page asks redact_status instead.
 */
function progressOfTask(task: SynapseScheduledTask): RedactionProgress | null {
  const result = task.result as { failed_redactions?: unknown } | null | undefined;
  const answer = redactStatusSchema.safeParse({
    status: task.status,
    failed_redactions: result?.failed_redactions ?? undefined,
    error: task.error ?? undefined,
  });
  return answer.success ? progressOf(answer.data) : null;
}

/**
 * The user's redactions Synapse still keeps (a week after they end), newest first, each with its
 * progress as the task list says it, so only unfinished ones need following.
 */
export async function findUserRedactions(synapse: SynapseClient, userId: string) {
  const tasks = await synapse.scheduledTasks.list({
    action_name: REDACT_TASK_ACTION,
    resource_id: userId,
  });
  return tasks
    .map((task) => ({
      redactId: task.id,
      updatedAt: task.timestamp_ms,
      progress: progressOfTask(task),
    }))
    .sort((a, b) => b.updatedAt - a.updatedAt);
}
export type UserRedaction = Awaited<ReturnType<typeof findUserRedactions>>[number];
