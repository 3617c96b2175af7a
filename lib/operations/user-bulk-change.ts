import { randomUUID } from "node:crypto";
import { ActionError } from "@/lib/actions/action-result";
import { toActionFailure } from "@/lib/actions/to-action-failure";
import type { UserEffect } from "@/lib/auth/user-target-access";
import { findUserRefusals } from "@/lib/auth/user-target-refusals";
import { runAudited } from "@/lib/audit/run-audited";
import type { JobContext } from "@/lib/jobs/job-kind";
import type { UserBulkParams } from "@/lib/schemas/bulk-user-actions";
import { mapWithConcurrency, type SynapseClient } from "@/lib/synapse";
import { deactivateUser } from "./deactivate-user";
import { getUserOrThrow } from "./require-user";
import { refusedJoinRule, roomJoinRefusal } from "./room-join-access";
import { setUserLocked } from "./set-user-locked";

/** A few at a time: a page of 100 users finishes quickly without crowding Synapse. */
const BULK_CONCURRENCY = 5;

type Change = {
  /** The audit action of each user's change. */
  action: string;
  /** What it does to each user, for the rule of user-target-access.ts. */
  effect: UserEffect;
  /** What each audit entry records besides the user ID. */
  details: Record<string, unknown>;
  apply: (userId: string) => Promise<unknown>;
};

function changeFor(synapse: SynapseClient, params: UserBulkParams, requestedBy: string): Change {
  switch (params.change) {
    case "lock":
    case "unlock": {
      const enabled = params.change === "lock";
      return {
        action: `user.${params.change}`,
        effect: enabled ? "lock" : "change",
        details: {},
        apply: (userId) => setUserLocked(synapse, { userId, enabled }),
      };
    }
    case "deactivate":
      return {
        action: "user.deactivate",
        effect: "deactivate",
        details: { erase: false },
        apply: async (userId) => {
          // The rule lets an admin act on themselves; this would lock them out for good.
          if (userId === requestedBy) throw new ActionError("You cannot deactivate yourself here.");
          return deactivateUser(synapse, { userId, erase: false });
        },
      };
    case "join_room":
      return {
        action: "user.join_room",
        effect: "change",
        details: { room: params.room, reason: params.reason },
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
 * does not stop the others, and a resumed run skips the users already recorded. The rule of
 * user-target-access.ts is applied with the asker's role: a refused user fails on its own line
 * with the reason, without an audit entry or any change; so does every user of a join to a room
 * that is not public when the asker is below admin.
 */
export async function runUserBulkChange(
  synapse: SynapseClient,
  params: UserBulkParams,
  context: JobContext,
) {
  const change = changeFor(synapse, params, context.requestedBy);
  await context.setTotal(params.userIds.length);
  const done = await context.doneKeys();
  const todo = params.userIds.filter((userId) => !done.has(userId));
  const asker = { id: context.requestedBy, role: params.requestedByRole };
  const refusals = await findUserRefusals(asker, { userIds: todo, effect: change.effect }, synapse);
  // The room is the same for every user: checked once per run, refusing each user with the reason.
  const joinRule =
    params.change === "join_room" ? await refusedJoinRule(synapse, asker, params.room) : null;
  let changed = 0;
  let failed = 0;
  await mapWithConcurrency(
    todo,
    BULK_CONCURRENCY,
    async (userId) => {
      const refusal =
        joinRule && params.change === "join_room"
          ? roomJoinRefusal(asker, params.room, joinRule, [userId])
          : refusals.get(userId);
      if (refusal) {
        failed += 1;
        await context.recordItem({ key: userId, ok: false, error: refusal });
        return;
      }
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
