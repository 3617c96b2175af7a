import { ActionError } from "@/lib/actions/action-result";
import { AuditWriteError, runAudited, type Actor } from "@/lib/audit/run-audited";
import { mapWithConcurrency, SynapseError, type SynapseClient } from "@/lib/synapse";

/** Joins at a time: enough to be quick, few enough not to trip Synapse's rate limits. */
const JOIN_CONCURRENCY = 4;

export type JoinOutcome =
  { userId: string; ok: true } | { userId: string; ok: false; error: string };

type JoinRequest = { roomId: string; userIds: string[]; reason: string };
type JoinContext = {
  actor: Actor;
  requestId: string;
  /** Users the rule of user-target-access.ts refused, with why; they are not joined. */
  refusedUsers: ReadonlyMap<string, string>;
};

/**
 * Joins each user to the room through the admin API. Every join is its own audit entry with its
 * own outcome, so one refused user neither hides nor undoes the others. A user the rule refused
 * fails on its own line, without an audit entry or a request to Synapse.
 */
export async function joinUsersToRoom(
  synapse: SynapseClient,
  { roomId, userIds, reason }: JoinRequest,
  { actor, requestId, refusedUsers }: JoinContext,
): Promise<JoinOutcome[]> {
  const settled = await mapWithConcurrency(userIds, JOIN_CONCURRENCY, async (userId) => {
    const refusal = refusedUsers.get(userId);
    if (refusal) throw new ActionError(refusal);
    return runAudited(
      {
        actor,
        action: "room.join_user",
        target: { type: "room", id: roomId },
        // Request ids are unique per entry; the batch's id ties the joins of one request together.
        input: { roomId, userId, reason, batchRequestId: requestId },
      },
      () => synapse.rooms.join(roomId, userId),
    );
  });
  return settled.map((result, index): JoinOutcome => {
    const userId = userIds[index] ?? "";
    if (result.ok) return { userId, ok: true };
    return { userId, ok: false, error: describeJoinFailure(result.error, requestId) };
  });
}

function describeJoinFailure(error: unknown, requestId: string): string {
  if (
    error instanceof SynapseError ||
    error instanceof ActionError ||
    error instanceof AuditWriteError
  )
    return error.message;
  console.error(`[action ${requestId}] join failed`, error);
  return `Something went wrong on the server (reference ${requestId}).`;
}
