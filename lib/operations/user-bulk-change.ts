import { randomUUID } from "node:crypto";
import { ActionError } from "@/lib/actions/action-result";
import { toActionFailure } from "@/lib/actions/to-action-failure";
import type { UserEffect } from "@/lib/auth/user-target-access";
import { findUserRefusals } from "@/lib/auth/user-target-refusals";
import { runAudited } from "@/lib/audit/run-audited";
import type { JobContext } from "@/lib/jobs/job-kind";
import { withPatience } from "@/lib/devices/patience";
import type { UserBulkParams } from "@/lib/schemas/bulk-user-actions";
import { mapWithConcurrency, type SynapseClient } from "@/lib/synapse";
import { deactivateUser } from "./deactivate-user";
import { pagesOfMatchingUsers } from "./matching-users";
import { deleteAllUserMedia } from "./delete-all-user-media";
import { getUserOrThrow } from "./require-user";
import { refusedJoinRule, roomJoinRefusal } from "./room-join-access";
import { isServerNoticesOff, noticeTxnId, sendServerNotice } from "./send-server-notice";
import { setUserLocked } from "./set-user-locked";

/** A few at a time: a page of 100 users finishes quickly without crowding Synapse. */
const BULK_CONCURRENCY = 5;

type Change = {
  /** The audit action of each user's change. */
  action: string;
  /**
   * What it does to each user, for the rule of user-target-access.ts; null when it changes no
   * account at all (a server notice is a message to the user), so the rule has nothing to refuse.
   */
  effect: UserEffect | null;
  /** What each audit entry records besides the user ID. */
  details: Record<string, unknown>;
  apply: (userId: string) => Promise<unknown>;
  /** What each user's item keeps of the change's result, such as how many files went. */
  detail?: (result: unknown) => unknown;
};

function changeFor(synapse: SynapseClient, params: UserBulkParams, context: JobContext): Change {
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
          if (userId === context.requestedBy)
            throw new ActionError("You cannot deactivate yourself here.");
          return deactivateUser(synapse, { userId, erase: false });
        },
      };
    case "delete_media":
      return {
        action: "user.delete_media",
        effect: "change",
        details: {},
        apply: (userId) => deleteAllUserMedia(synapse, userId, { signal: context.signal }),
        detail: (result) => {
          const { deleted, remaining } = result as Awaited<ReturnType<typeof deleteAllUserMedia>>;
          return { deleted, remaining };
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
    case "server_notice":
      return {
        action: "user.send_server_notice",
        effect: null,
        details: { body: params.body },
        // The run's own transaction ID per user, so a retry or a resumed run never sends twice.
        apply: (userId) =>
          withPatience(
            () =>
              sendServerNotice(synapse, {
                userId,
                body: params.body,
                txnId: noticeTxnId(context.runId, userId),
              }),
            context.signal,
            { onWait: context.setWaiting },
          ),
      };
  }
}

type Tally = { changed: number; failed: number };

/**
 * Changes each selected user in its own audited operation, as a job: the job is the audit actor
 * (with who asked in the input), each user is one item of the run with its outcome, one failure
 * does not stop the others, and a resumed run skips the users already recorded. The rule of
 * user-target-access.ts is applied with the asker's role: a refused user fails on its own line
 * with the reason, without an audit entry or any change; so does every user of a join to a room
 * that is not public when the asker is below admin. A notice to every user matching the users
 * list's filters pages through Synapse's list as it goes, one page of users at a time.
 */
export async function runUserBulkChange(
  synapse: SynapseClient,
  params: UserBulkParams,
  context: JobContext,
) {
  const change = changeFor(synapse, params, context);
  const done = await context.doneKeys();
  const resumedPast = done.size;
  // Grows as users are handled: a user met again on a later page is not sent a second notice.
  const handled = new Set(done);
  const asker = { id: context.requestedBy, role: params.requestedByRole };
  // The room is the same for every user: checked once per run, refusing each user with the reason.
  const joinRule =
    params.change === "join_room" ? await refusedJoinRule(synapse, asker, params.room) : null;
  const tally: Tally = { changed: 0, failed: 0 };
  const changeEach = async (userIds: readonly string[]) => {
    const todo = userIds.filter((userId) => !handled.has(userId));
    for (const userId of todo) handled.add(userId);
    await changeUsers(todo, { synapse, params, context, change, joinRule, tally });
  };
  const recipients = params.change === "server_notice" ? params.recipients : params;
  if ("matching" in recipients) {
    const pages = pagesOfMatchingUsers(synapse, recipients.matching, {
      signal: context.signal,
      onWait: context.setWaiting,
    });
    let counted = false;
    for await (const page of pages) {
      if (!counted) await context.setTotal(page.total);
      counted = true;
      await changeEach(page.userIds);
    }
  } else {
    await context.setTotal(recipients.userIds.length);
    await changeEach(recipients.userIds);
  }
  return { change: params.change, ...tally, resumedPast };
}

type Batch = {
  synapse: SynapseClient;
  params: UserBulkParams;
  context: JobContext;
  change: Change;
  joinRule: Awaited<ReturnType<typeof refusedJoinRule>> | null;
  tally: Tally;
};

/** One batch of users (the selection, or one page of Synapse's list), a few at a time. */
async function changeUsers(todo: string[], batch: Batch) {
  const { synapse, params, context, change, joinRule, tally } = batch;
  const asker = { id: context.requestedBy, role: params.requestedByRole };
  const refusals = change.effect
    ? await findUserRefusals(asker, { userIds: todo, effect: change.effect }, synapse)
    : new Map<string, string>();
  // Set when Synapse says it sends no server notices at all: the other users are left undone, so
  // the run can be resumed once Synapse's config turns them on.
  let stopped: unknown = null;
  await mapWithConcurrency(
    todo,
    BULK_CONCURRENCY,
    async (userId) => {
      if (stopped) return;
      const refusal =
        joinRule && params.change === "join_room"
          ? roomJoinRefusal(asker, params.room, joinRule, [userId])
          : refusals.get(userId);
      if (refusal) {
        tally.failed += 1;
        await context.recordItem({ key: userId, ok: false, error: refusal });
        return;
      }
      // Each user's own request ID, so an error's reference points at that user's audit entry.
      const requestId = randomUUID();
      let result: unknown;
      try {
        result = await runAudited(
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
        if (isServerNoticesOff(error)) {
          stopped ??= error;
          return;
        }
        tally.failed += 1;
        const { error: sentence } = toActionFailure(error, requestId);
        await context.recordItem({ key: userId, ok: false, error: sentence });
        return;
      }
      tally.changed += 1;
      await context.recordItem({
        key: userId,
        ok: true,
        ...(change.detail ? { detail: change.detail(result) } : {}),
      });
    },
    { signal: context.signal },
  );
  if (stopped) throw stopped;
}
