import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { JobContext } from "@/lib/jobs/job-kind";
import { mapWithConcurrency } from "@/lib/synapse";

export type ScannedUser = {
  userId: string;
  ok: boolean;
  records: Array<Omit<Prisma.DeviceRecordCreateManyInput, "snapshotId">>;
  error?: string;
};

/** Users per write: one createMany of their devices, then one item per user. */
const BATCH_USERS = 200;
/** Batches waiting to be written before fetchers wait for the writer (keeps memory bounded). */
const MAX_PENDING_BATCHES = 2;
const ITEM_WRITE_CONCURRENCY = 4;

/**
 * Collects scanned users and writes them in batches, in the background of the fetching: devices
 * first, then the users' items, so a user counts as done only once its devices are stored.
 */
export function writeScannedUsers(snapshotId: string, context: JobContext) {
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
    // An earlier attempt may have stored a user's devices and died before its item: replace them.
    await db.$transaction([
      db.deviceRecord.deleteMany({ where: { snapshotId, userId: { in: userIds } } }),
      db.deviceRecord.createMany({ data: records }),
    ]);
    const settled = await mapWithConcurrency(batch, ITEM_WRITE_CONCURRENCY, (user) =>
      context.recordItem({
        key: user.userId,
        ok: user.ok,
        detail: user.ok ? { devices: user.records.length } : undefined,
        error: user.error,
      }),
    );
    const broken = settled.find((outcome) => !outcome.ok);
    if (broken && !broken.ok) throw broken.error;
    devices += records.length;
    failed += batch.filter((user) => !user.ok).length;
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
      if (buffer.length >= BATCH_USERS) flush();
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
