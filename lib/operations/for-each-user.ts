import { randomUUID } from "node:crypto";
import { toActionFailure } from "@/lib/actions/to-action-failure";
import { runAudited, type Actor } from "@/lib/audit/run-audited";
import type { BulkUserResult } from "@/lib/schemas/bulk-user-actions";
import { mapWithConcurrency } from "@/lib/synapse";

/** Enough to finish a page of 100 users quickly without crowding Synapse. */
const BULK_CONCURRENCY = 5;

type PerUserRequest = {
  actor: Actor;
  /** The audit action of each user's change, such as "user.lock". */
  action: string;
  userIds: readonly string[];
  /** What the audit entry records as input besides the user ID. */
  details?: Record<string, unknown>;
};

/**
 * Changes each user in its own audited operation, a few at a time, so every user gets one audit
 * entry with its own outcome, and one failure does not stop the others.
 */
export async function forEachUser(
  request: PerUserRequest,
  change: (userId: string) => Promise<unknown>,
): Promise<BulkUserResult[]> {
  // audit_entry.request_id is unique, so each user's change gets a request ID of its own; an
  // error sentence's reference then points at that user's audit entry.
  const requestIds = request.userIds.map(() => randomUUID());
  const settled = await mapWithConcurrency(request.userIds, BULK_CONCURRENCY, (userId, index) =>
    runAudited(
      {
        actor: request.actor,
        action: request.action,
        target: { type: "user", id: userId },
        input: { userId, ...request.details },
        requestId: requestIds[index],
      },
      () => change(userId),
    ),
  );
  return settled.map((outcome, index): BulkUserResult => {
    const userId = request.userIds[index] ?? "";
    if (outcome.ok) return { userId, ok: true };
    const failure = toActionFailure(outcome.error, requestIds[index] ?? "");
    return { userId, ok: false, error: failure.error };
  });
}
