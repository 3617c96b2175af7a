"use server";

import { z } from "zod";
import { MAX_REVOKE_DEVICES } from "@/lib/devices/revoke-schema";
import { findStaleDevices } from "@/lib/devices/stale-query";
import { staleQueryFor } from "@/lib/devices/stale-plan";
import { staleRuleSchema } from "@/lib/devices/stale-rule";
import { getSendBoss } from "@/lib/jobs/boss";
import { enqueueRun } from "@/lib/jobs/enqueue-run";
import { ActionError } from "./action-result";
import { defineAction } from "./define-action";

const revokeStaleSchema = z.object({
  snapshotId: z.uuid(),
  rule: staleRuleSchema,
  /** How many devices the dry run showed; a different count means it is not what was seen. */
  expectedDevices: z.number().int().min(1),
});

type StaleRule = z.output<typeof staleRuleSchema>;

/** The dry run's devices again, refused when they are not the list the page showed or too many. */
async function devicesOfDryRun(snapshotId: string, rule: StaleRule, expectedDevices: number) {
  const query = await staleQueryFor(snapshotId, rule);
  if (!query)
    throw new ActionError("That device snapshot is gone or not complete; refresh the page.");
  const devices = await findStaleDevices(query, { limit: MAX_REVOKE_DEVICES + 1 });
  if (devices.length > MAX_REVOKE_DEVICES)
    throw new ActionError(`At most ${MAX_REVOKE_DEVICES} devices per run; narrow the rule.`);
  if (devices.length !== expectedDevices)
    throw new ActionError(
      `The dry run now finds ${devices.length} devices, not the ${expectedDevices} shown; run it again and check the list.`,
    );
  return devices;
}

/**
 * Starts a stale_device_revoke run for exactly the dry run's devices: the same rule on the same
 * snapshot, ages as of the snapshot, so the list is the one the page showed.
 */
export const revokeStaleDevices = defineAction({
  name: "job.run_stale_device_revoke",
  role: "operator",
  input: revokeStaleSchema,
  mutates: true,
  target: () => ({ type: "console", id: "stale_device_revoke" }),
  // The owners of the devices the dry run lists: the rule refuses the run if it refuses any. The
  // size checks come first, so a request that will be refused sends no reads to Synapse.
  targetsUsers: async ({ snapshotId, rule, expectedDevices }) => {
    const devices = await devicesOfDryRun(snapshotId, rule, expectedDevices);
    return {
      userIds: [...new Set(devices.map((device) => device.userId))],
      effect: "remove_devices",
    };
  },
  run: async ({ snapshotId, rule, expectedDevices }, { actor }) => {
    const devices = await devicesOfDryRun(snapshotId, rule, expectedDevices);
    const runId = await enqueueRun(
      {
        kind: "stale_device_revoke",
        params: {
          devices: devices.map(({ userId, deviceId }) => ({ userId, deviceId })),
          rule,
          snapshotId,
        },
        trigger: "manual",
        requestedBy: actor.id,
      },
      await getSendBoss(),
    );
    return { runId, devices: devices.length };
  },
});
