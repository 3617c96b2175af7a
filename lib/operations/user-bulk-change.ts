import { randomUUID } from "node:crypto";
import { ActionError } from "@/lib/actions/action-result";
import { toActionFailure } from "@/lib/actions/to-action-failure";
import { runAudited } from "@/lib/audit/run-audited";
import type { JobContext } from "@/lib/jobs/job-kind";
import type { UserBulkParams } from "@/lib/schemas/bulk-user-actions";
import { mapWithConcurrency, type SynapseClient } from "@/lib/synapse";
import { deactivateUser } from "./deactivate-user";
import { getUserOrThrow } from "./require-user";
import { setUserLocked } from "./set-user-locked";

/** A few at a time: a page of 100 users finishes quickly without crowding Synapse. */
const BULK_CONCURRENCY = 5;

type Change = {
  /** The audit action of each user's change. */
  action: string;
  /** What each audit entry records besides the user ID. */
  details: Record<string, unknown>;
  apply: (userId: string) => Promise<unknown>;
};

function changeFor(
  synapse: SynapseClient,
  params: UserBulkParams,
  guard: { serviceUserId: string; requestedBy: string },
): Change {
  switch (params.change) {
    case "lock":
    case "unlock": {
      const enabled = params.change === "lock";
      return {
        action: `user.${params.change}`,
        details: {},
        apply: (userId) => setUserLocked(synapse, { userId, enabled }),
      };
    }
    case "deactivate":
      return {
        action: "user.deactivate",
        details: { erase: false },
        apply: async (userId) => {
          // Either would lock the console (or this person) out of the homeserver for good.
          if (userId === guard.serviceUserId)
            throw new ActionError(
              `${userId} is the console's own service account; it stays active.`,
            );
          if (userId === guard.requestedBy)
            throw new ActionError("You cannot deactivate yourself here.");
          return deactivateUser(synapse, { userId, erase: false });
        },
      };
    case "join_room":
      return {
        action: "user.join_room",
        details: { room: params.room },
        apply: async (userId) => {
          await getUserOrThrow(synapse, userId);
          await synapse.users.joinRoom(params.room, userId);
        },
      };
  }
}

/**
 * Changes each selected user in its own audited operation, as a job: the job is the audit actor
 * (with who asked in the input), each user is one item of the run with its outcome, one failure
 * does not stop the others, and a resumed run skips the users already recorded.
 */
export async function runUserBulkChange(
  synapse: SynapseClient,
  params: UserBulkParams,
  context: JobContext,
  serviceUserId: string,
) {
  const change = changeFor(synapse, params, { serviceUserId, requestedBy: context.requestedBy });
  await context.setTotal(params.userIds.length);
  const done = await context.doneKeys();
  const todo = params.userIds.filter((userId) => !done.has(userId));
  let changed = 0;
  let failed = 0;
  await mapWithConcurrency(
    todo,
    BULK_CONCURRENCY,
    async (userId) => {
      // Each user's own request ID, so an error's reference points at that user's audit entry.
      const requestId = randomUUID();
      try {
        await runAudited(
          {
            actor: { id: context.actorId },
            action: change.action,
            target: { type: "user", id: userId },
            input: { userId, ...change.details, requestedBy: context.requestedBy },
            requestId,
          },
          () => change.apply(userId),
        );
      } catch (error) {
        failed += 1;
        const { error: sentence } = toActionFailure(error, requestId);
        await context.recordItem({ key: userId, ok: false, error: sentence });
        return;
      }
      changed += 1;
      await context.recordItem({ key: userId, ok: true });
    },
    { signal: context.signal },
  );
  return { change: params.change, changed, failed, resumedPast: done.size };
}
