import "server-only";
import { db } from "@/lib/db";
import type { JobContext, RunItem } from "@/lib/jobs/job-kind";
import type { SynapseClient } from "@/lib/synapse";
import type { z } from "zod";
import type { staleCleanupResultSchema } from "./cleanup-result-words";
import type { StaleCleanupParams } from "./cleanup-schema";
import { revokeKey } from "./revoke-schema";
import { revokeStaleDevices } from "./revoke-stale";
import { scanDevices } from "./scan-devices";
import { staleQueryFor } from "./stale-plan";
import { countStaleDevices, findStaleDevices, type StaleDevice } from "./stale-query";

/** The run's summary, in the shape its words (and the run page) read back. */
export type StaleCleanupResult = z.infer<typeof staleCleanupResultSchema>;

// Scan items are keyed by user ID, device items by "user device"; a user ID has no space.
const isDeviceKey = (key: string) => key.includes(" ");

/**
 * The run's context for one of its two phases: it sees only that phase's earlier items, so the
 * scan and the revoke each resume where they stopped without mistaking the other's for their own.
 */
function phaseContext(context: JobContext, devices: boolean): JobContext {
  return {
    ...context,
    async doneKeys() {
      const keys = await context.doneKeys();
      return new Set([...keys].filter((key) => isDeviceKey(key) === devices));
    },
    // The run's total covers both phases and is set here, not by the revoke.
    setTotal: devices ? async () => undefined : context.setTotal,
  };
}

/** The run's own snapshot, scanned by this attempt or, when complete, by an earlier one. */
async function scanOnce(synapse: SynapseClient, params: StaleCleanupParams, context: JobContext) {
  const existing = await db.deviceSnapshot.findUnique({ where: { runId: context.runId } });
  if (existing?.completedAt) {
    // Users the scan could not read; the device items of a revoke that failed are not users.
    const failedUsers = await db.jobRunItem.count({
      where: { runId: context.runId, ok: false, key: { not: { contains: " " } } },
    });
    return {
      snapshotId: existing.id,
      scannedUsers: existing.userCount,
      failedUsers,
      devices: existing.deviceCount,
      complete: true,
    };
  }
  const scan = await scanDevices(
    synapse,
    { concurrency: Math.max(8, params.concurrency), pageSize: 500 },
    phaseContext(context, false),
  );
  return { ...scan, scannedUsers: scan.scannedUsers + scan.resumedPast };
}

const wouldRevoke = (device: StaleDevice): RunItem => ({
  key: revokeKey(device),
  ok: true,
  detail: device.lastSeenAt
    ? `would revoke (last used ${device.lastSeenAt.toISOString().slice(0, 10)})`
    : "would revoke (never used)",
});

/**
 * A scheduled stale-device clean-up: scans every user's devices afresh into the run's own snapshot
 * (which the Devices page then shows), applies the saved rule to it, and either lists what the
 * rule selects as the run's items ("report") or revokes it, one audited deletion per device, as a
 * stale revoke does. A run selecting more than `maxDevices` changes nothing and says so. Resumable:
 * a complete scan is not repeated, and devices already recorded are not listed or revoked again.
 */
export async function runStaleCleanup(
  synapse: SynapseClient,
  params: StaleCleanupParams,
  context: JobContext,
): Promise<StaleCleanupResult> {
  const scan = await scanOnce(synapse, params, context);
  const result: StaleCleanupResult = {
    mode: params.mode,
    outcome: "scan_stopped",
    scannedUsers: scan.scannedUsers,
    failedUsers: scan.failedUsers,
    snapshotDevices: scan.devices,
    selected: 0,
    maximum: params.maxDevices,
    revoked: 0,
    alreadyGone: 0,
    failed: 0,
    skippedAsDone: 0,
    stopped: !scan.complete,
  };
  if (!scan.complete) return result;

  const query = await staleQueryFor(scan.snapshotId, params.rule);
  if (!query) throw new Error(`The run's device snapshot ${scan.snapshotId} is not complete.`);
  const all = await context.doneKeys();
  const done = new Set([...all].filter(isDeviceKey));
  // Revoked devices have left the snapshot, so those of an earlier attempt are added back.
  const found = await findStaleDevices(query, { limit: params.maxDevices + done.size + 1 });
  const selected = new Set([...done, ...found.map(revokeKey)]);
  if (selected.size > params.maxDevices) {
    const counted = await countStaleDevices(query);
    return {
      ...result,
      outcome: "over_maximum",
      selected: Math.max(counted.devices + done.size, selected.size),
    };
  }
  await context.setTotal(all.size - done.size + selected.size);
  const todo = found.filter((device) => !done.has(revokeKey(device)));

  if (params.mode === "report") {
    await context.recordItems(todo.map(wouldRevoke));
    return { ...result, outcome: "reported", selected: selected.size, skippedAsDone: done.size };
  }
  const revoked = await revokeStaleDevices(
    synapse,
    {
      devices: todo.map(({ userId, deviceId }) => ({ userId, deviceId })),
      rule: params.rule,
      snapshotId: scan.snapshotId,
      concurrency: params.concurrency,
    },
    phaseContext(context, true),
  );
  return { ...result, outcome: "revoked", selected: selected.size, ...revoked };
}
