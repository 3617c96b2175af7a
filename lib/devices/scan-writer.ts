import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { JobContext } from "@/lib/jobs/job-kind";
import { lockDeviceUsers } from "./device-user-lock";

export type ScannedUser = {
  userId: string;
  ok: boolean;
  records: Array<Omit<Prisma.DeviceRecordCreateManyInput, "snapshotId">>;
  error?: string;
};

/**
 * Drops from a snapshot the rows of these users' devices that a revoke recorded done since the
 * scan started: the scan may have read such a device from Synapse before the revoke deleted it,
 * and the revoke then found no row to take out of the snapshot (lib/devices/revoke-stale.ts).
 */
function dropRevokedSinceStart(snapshotId: string, userIds: string[]) {
  return db.$executeRaw`
    DELETE FROM device_record AS record
     USING device_snapshot AS snapshot, job_run_item AS item, job_run AS run
     WHERE record.snapshot_id = ${snapshotId}::uuid
       AND record.user_id = ANY (${userIds}::text[])
       AND snapshot.id = record.snapshot_id
       AND run.kind IN ('stale_device_revoke', 'stale_device_cleanup')
       AND item.run_id = run.id
       -- The run items' key, as revokeKey (revoke-schema.ts) writes it.
       AND item.key = record.user_id || ' ' || record.device_id
       AND item.ok
       AND item.at >= snapshot.started_at`;
}

/** Batches waiting to be written before fetchers wait for the writer (keeps memory bounded). */
const MAX_PENDING_BATCHES = 2;

/**
 * Collects scanned users and writes them in batches, in the background of the fetching: devices
 * first, then the users' items, so a user counts as done only once its devices are stored.
 */
export function writeScannedUsers(
  snapshotId: string,
  context: JobContext,
  /** Users per write: one transaction with their devices and their items. */
  batchUsers: number,
) {
  let buffer: ScannedUser[] = [];
  let writing: Promise<void> = Promise.resolve();
  let pending = 0;
  let failure: unknown = null;
  let failed = 0;
  let devices = 0;

  const write = async (batch: ScannedUser[]) => {
    const userIds = batch.map((user) => user.userId);
    const records = batch.flatMap((user) =>
      user.records.map((record) => ({ ...record, snapshotId })),
    );
    const failedHere = batch.filter((user) => !user.ok).length;
    // A user counts as done exactly when its devices are stored: both go in one transaction,
    // one per batch (a transaction per user made the scan about three times slower).
    await context.recordItems(
      batch.map((user) => ({
        key: user.userId,
        ok: user.ok,
        detail: user.ok ? { devices: user.records.length } : undefined,
        error: user.error,
      })),
      [
        lockDeviceUsers(userIds),
        // An earlier attempt's rows for these users, if any, are replaced.
        db.deviceRecord.deleteMany({ where: { snapshotId, userId: { in: userIds } } }),
        db.deviceRecord.createMany({ data: records }),
        dropRevokedSinceStart(snapshotId, userIds),
      ],
    );
    devices += records.length;
    failed += failedHere;
  };

  const flush = () => {
    if (buffer.length === 0) return;
    const batch = buffer;
    buffer = [];
    pending += 1;
    writing = writing
      .then(() => (failure ? undefined : write(batch)))
      .catch((error: unknown) => {
        failure ??= error;
      })
      .finally(() => {
        pending -= 1;
      });
  };

  return {
    async add(user: ScannedUser) {
      if (failure) throw failure;
      buffer.push(user);
      if (buffer.length >= batchUsers) flush();
      if (pending > MAX_PENDING_BATCHES) await writing;
    },
    /** Writes what is left and waits; throws the first write failure. */
    async finish() {
      flush();
      await writing;
      if (failure) throw failure;
    },
    failed: () => failed,
    devices: () => devices,
  };
}
