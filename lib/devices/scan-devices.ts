import { db } from "@/lib/db";
import type { JobContext } from "@/lib/jobs/job-kind";
import {
  isSynapseError,
  mapWithConcurrency,
  type SynapseClient,
  type SynapseUserListEntry,
} from "@/lib/synapse";
import { withPatience } from "./patience";
import type { DeviceScanParams } from "./scan-schema";
import { writeScannedUsers, type ScannedUser } from "./scan-writer";

export type DeviceScanSummary = {
  snapshotId: string;
  /** Users scanned by this attempt (a resumed run skips those an earlier attempt did). */
  scannedUsers: number;
  resumedPast: number;
  failedUsers: number;
  devices: number;
  complete: boolean;
};

/**
 * Scans every active user's devices (locked users too; deactivated users have none) into the
 * run's snapshot. Pages through the user list while the previous page's devices are fetched, a
 * bounded number at a time, and writes them in batches. Each user is one item of the run, so a
 * resumed run skips users already written; the snapshot is complete only once all are.
 */
export async function scanDevices(
  synapse: SynapseClient,
  params: DeviceScanParams,
  context: JobContext,
): Promise<DeviceScanSummary> {
  const { signal } = context;
  const snapshot = await db.deviceSnapshot.upsert({
    where: { runId: context.runId },
    create: { runId: context.runId },
    update: {},
  });
  const done = await context.doneKeys();
  // At least one write per page, so a stopped run keeps most of what it read.
  const writer = writeScannedUsers(snapshot.id, context, Math.min(200, params.pageSize));
  let scannedUsers = 0;

  const listPage = (from?: string) =>
    withPatience(
      () =>
        synapse.users.list({
          from,
          limit: params.pageSize,
          deactivated: false,
          locked: true,
          order_by: "name",
        }),
      signal,
      { onWait: context.setWaiting },
    );

  const scanUser = async (user: SynapseUserListEntry) => {
    const scanned = await fetchUser(synapse, user, context);
    // Stopped while waiting for Synapse: the user stays unrecorded for the next attempt.
    if (!scanned) return;
    scannedUsers += 1;
    await writer.add(scanned);
  };

  let page = await listPage();
  await context.setTotal(page.total);
  for (;;) {
    const nextToken = page.next_token;
    // Fetch the next page while this page's devices are read.
    const next = nextToken === undefined ? null : listPage(nextToken);
    next?.catch(() => undefined);
    const todo = page.users.filter((user) => !user.deactivated && !done.has(user.name));
    const settled = await mapWithConcurrency(todo, params.concurrency, scanUser, { signal });
    const broken = settled.find((outcome) => !outcome.ok && !signal.aborted);
    if (broken && !broken.ok) throw broken.error;
    if (signal.aborted || !next) break;
    page = await next;
    // Users registered meanwhile grow the list: the bar follows Synapse's latest count.
    await context.setTotal(page.total);
  }
  await writer.finish();

  const complete = !signal.aborted;
  // A finished scan went through exactly the users it recorded, whatever the counts said.
  if (complete) await context.setTotal(done.size + scannedUsers);
  const counts = complete ? await completeSnapshot(snapshot.id, context.runId) : null;
  return {
    snapshotId: snapshot.id,
    scannedUsers,
    resumedPast: done.size,
    failedUsers: writer.failed(),
    devices: counts?.deviceCount ?? writer.devices(),
    complete,
  };
}

/** One user's devices as records, or a failure to record; null when stopped meanwhile. */
async function fetchUser(
  synapse: SynapseClient,
  user: SynapseUserListEntry,
  { signal, setWaiting }: JobContext,
): Promise<ScannedUser | null> {
  try {
    const { devices } = await withPatience(() => synapse.devices.list(user.name), signal, {
      onWait: setWaiting,
    });
    return {
      userId: user.name,
      ok: true,
      records: devices.map((device) => ({
        userId: user.name,
        deviceId: device.device_id,
        displayName: device.display_name ?? null,
        lastSeenIp: device.last_seen_ip ?? null,
        lastSeenUserAgent: device.last_seen_user_agent ?? null,
        lastSeenAt: device.last_seen_ts ? new Date(device.last_seen_ts) : null,
        userType: user.user_type ?? null,
        userCreatedAt: user.creation_ts === null ? null : new Date(user.creation_ts),
      })),
    };
  } catch (error) {
    if (signal.aborted) return null;
    // Deleted or deactivated since the list was read: nothing to scan, and nothing missed.
    if (isSynapseError(error, "not_found")) return { userId: user.name, ok: true, records: [] };
    const message = error instanceof Error ? error.message : String(error);
    return { userId: user.name, ok: false, records: [], error: message };
  }
}

async function completeSnapshot(snapshotId: string, runId: string) {
  const [userCount, deviceCount] = await Promise.all([
    db.jobRunItem.count({ where: { runId, ok: true } }),
    db.deviceRecord.count({ where: { snapshotId } }),
  ]);
  await db.deviceSnapshot.update({
    where: { id: snapshotId },
    data: { completedAt: new Date(), userCount, deviceCount },
  });
  return { userCount, deviceCount };
}
