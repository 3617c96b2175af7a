"use server";

import { z } from "zod";
import { MAX_REVOKE_DEVICES } from "@/lib/devices/revoke-schema";
import { findStaleDevices } from "@/lib/devices/stale-query";
import { staleQueryFor } from "@/lib/devices/stale-plan";
import { staleRuleSchema } from "@/lib/devices/stale-rule";
import { devicesOfUsers } from "@/lib/devices/stale-wording";
import { getSendBoss } from "@/lib/jobs/boss";
import { enqueueRun } from "@/lib/jobs/enqueue-run";
import { countOf } from "@/lib/format/count";
import { ActionError } from "./action-result";
import { defineAction } from "./define-action";

const shownCount = z.number().int().min(1).max(MAX_REVOKE_DEVICES);

/**
 * The rule the page showed, checked by the form's own schema (out of range is refused, never
 * clamped), with the dry run's counts: the run goes ahead only if the rule still finds exactly
 * that. Flat, so a refused field comes back under its own name.
 */
const revokeStaleSchema = staleRuleSchema.extend({
  snapshotId: z.uuid(),
  expectedDevices: shownCount,
  expectedUsers: shownCount,
});
type RevokeStaleInput = z.output<typeof revokeStaleSchema>;

/** The dry run's devices again, refused when they are not the list the page showed or too many. */
async function devicesOfDryRun(input: RevokeStaleInput) {
  const { snapshotId, expectedDevices, expectedUsers, ...rule } = input;
  const query = await staleQueryFor(snapshotId, rule);
  if (!query)
    throw new ActionError("That device snapshot is gone or not complete; reload the page.");
  const devices = await findStaleDevices(query, { limit: MAX_REVOKE_DEVICES + 1 });
  if (devices.length > MAX_REVOKE_DEVICES)
    throw new ActionError(
      `At most ${countOf(MAX_REVOKE_DEVICES, "device")} per run; narrow the rule (for example with “Only these users”).`,
    );
  const users = new Set(devices.map((device) => device.userId)).size;
  if (devices.length !== expectedDevices || users !== expectedUsers)
    throw new ActionError(
      `Nothing was revoked: this rule now finds ${devicesOfUsers(devices.length, users)} on the snapshot, not the ${devicesOfUsers(expectedDevices, expectedUsers)} shown (devices were revoked since the page was loaded). Reload the page, check the dry run again and revoke from there.`,
    );
  return { devices, rule };
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
  targetsUsers: async (input) => {
    const { devices } = await devicesOfDryRun(input);
    return {
      userIds: [...new Set(devices.map((device) => device.userId))],
      effect: "remove_devices",
    };
  },
  run: async (input, { actor }) => {
    const { devices, rule } = await devicesOfDryRun(input);
    const runId = await enqueueRun(
      {
        kind: "stale_device_revoke",
        params: {
          devices: devices.map(({ userId, deviceId }) => ({ userId, deviceId })),
          rule,
          snapshotId: input.snapshotId,
        },
        trigger: "manual",
        requestedBy: actor.id,
      },
      await getSendBoss(),
    );
    return { runId, devices: devices.length, users: input.expectedUsers };
  },
});
