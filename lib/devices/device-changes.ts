import { randomUUID } from "node:crypto";
import { toActionFailure } from "@/lib/actions/to-action-failure";
import { runAudited, type Actor } from "@/lib/audit/run-audited";
import { mapWithConcurrency, type SynapseClient } from "@/lib/synapse";
import type { DeleteDevicesInput, DeviceResult } from "./device-schemas";

/** A handful at a time: a user has tens of devices at most, and each delete logs a session out. */
const DELETE_CONCURRENCY = 4;

/**
 * Deletes each device in its own audited operation ("device.delete" on the user), so every device
 * gets one audit entry with its own outcome, and one failure does not stop the others.
 */
export async function deleteUserDevices(
  synapse: SynapseClient,
  actor: Actor,
  { userId, deviceIds }: DeleteDevicesInput,
): Promise<DeviceResult[]> {
  // audit_entry.request_id is unique, so each device's deletion gets one of its own.
  const requestIds = deviceIds.map(() => randomUUID());
  const settled = await mapWithConcurrency(deviceIds, DELETE_CONCURRENCY, (deviceId, index) =>
    runAudited(
      {
        actor,
        action: "device.delete",
        target: { type: "user", id: userId },
        input: { userId, deviceId },
        requestId: requestIds[index],
      },
      () => synapse.devices.delete(userId, deviceId),
    ),
  );
  return settled.map((outcome, index): DeviceResult => {
    const deviceId = deviceIds[index] ?? "";
    if (outcome.ok) return { deviceId, ok: true };
    return {
      deviceId,
      ok: false,
      error: toActionFailure(outcome.error, requestIds[index] ?? "").error,
    };
  });
}
