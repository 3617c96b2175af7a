import { runAudited } from "@/lib/audit/run-audited";
import { db } from "@/lib/db";
import type { JobContext } from "@/lib/jobs/job-kind";
import { isSynapseError, mapWithConcurrency, type SynapseClient } from "@/lib/synapse";
import { lockDeviceUsers } from "./device-user-lock";
import { withPatience } from "./patience";
import { revokeKey, type StaleRevokeParams } from "./revoke-schema";

type Revoked = { alreadyGone: boolean };

/**
 * Takes a device that is gone from Synapse out of every snapshot, so no dry run lists it again,
 * and lowers the completed snapshots' device counts to match. Written with the item, so a device
 * leaves the snapshots exactly when the run records it done.
 */
function leaveSnapshots({ userId, deviceId }: { userId: string; deviceId: string }) {
  // Through the snapshots' ids, so each is one primary-key lookup rather than a scan of all rows.
  return db.$executeRaw`
    WITH gone AS (
      DELETE FROM device_record
       WHERE snapshot_id = ANY (SELECT id FROM device_snapshot)
         AND user_id = ${userId} AND device_id = ${deviceId}
      RETURNING snapshot_id
    )
    UPDATE device_snapshot SET device_count = device_count - 1
     WHERE completed_at IS NOT NULL AND id IN (SELECT snapshot_id FROM gone)`;
}

/**
 * Deletes exactly the listed devices, each in its own audit entry ("device.revoke_stale" on the
 * user, the job as actor) and as one item of the run. Devices recorded by an earlier attempt are
 * skipped, so a resumed run revokes none twice; one already gone counts as done. Each device
 * revoked (or already gone) leaves the device snapshots with its item.
 */
export async function revokeStaleDevices(
  synapse: SynapseClient,
  params: StaleRevokeParams,
  context: JobContext,
) {
  const { signal } = context;
  await context.setTotal(params.devices.length);
  const done = await context.doneKeys();
  const todo = params.devices.filter((device) => !done.has(revokeKey(device)));
  let revoked = 0;
  let alreadyGone = 0;
  let failed = 0;

  const revoke = async (device: StaleRevokeParams["devices"][number]) => {
    const { userId, deviceId } = device;
    const work = async (): Promise<Revoked> => {
      try {
        await withPatience(() => synapse.devices.delete(userId, deviceId), signal, {
          onWait: context.setWaiting,
        });
        return { alreadyGone: false };
      } catch (error) {
        // Synapse answers 404 only when the user is gone, and with them every device.
        if (isSynapseError(error, "not_found")) return { alreadyGone: true };
        throw error;
      }
    };
    let outcome: Revoked;
    try {
      outcome = await runAudited(
        {
          actor: { id: context.actorId },
          action: "device.revoke_stale",
          target: { type: "user", id: userId },
          input: { userId, deviceId, rule: params.rule, requestedBy: context.requestedBy },
        },
        work,
      );
    } catch (error) {
      // Stopped while waiting for Synapse: left for the next attempt, not failed.
      if (signal.aborted) return;
      failed += 1;
      const message = error instanceof Error ? error.message : String(error);
      await context.recordItem({ key: revokeKey(device), ok: false, error: message });
      return;
    }
    if (outcome.alreadyGone) alreadyGone += 1;
    else revoked += 1;
    await context.recordItems(
      [
        {
          key: revokeKey(device),
          ok: true,
          detail: outcome.alreadyGone ? "already gone" : "revoked",
        },
      ],
      // After a scan's write of this user, if one is under way (device-user-lock.ts).
      [lockDeviceUsers([device.userId]), leaveSnapshots(device)],
    );
  };

  const settled = await mapWithConcurrency(todo, params.concurrency, revoke, { signal });
  const broken = settled.find((result) => !result.ok && !signal.aborted);
  if (broken && !broken.ok) throw broken.error;
  return { revoked, alreadyGone, failed, skippedAsDone: done.size, stopped: signal.aborted };
}
