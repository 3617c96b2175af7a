import "server-only";
import type { SynapseClient } from "@/lib/synapse";

export type AccountDevice = {
  deviceId: string;
  displayName: string | null;
  lastSeenAt: string | null;
};

/**
 * The account's devices as Synapse lists them, last used first: what an admin may name as the
 * device whose token the account uses now when the console takes it over.
 */
export async function findAccountDevices(
  synapse: SynapseClient,
  userId: string,
): Promise<AccountDevice[]> {
  const { devices } = await synapse.devices.list(userId);
  return devices
    .map((device) => ({
      deviceId: device.device_id,
      displayName: device.display_name ?? null,
      lastSeenAt: device.last_seen_ts ? new Date(device.last_seen_ts).toISOString() : null,
    }))
    .sort((a, b) => (b.lastSeenAt ?? "").localeCompare(a.lastSeenAt ?? ""));
}
