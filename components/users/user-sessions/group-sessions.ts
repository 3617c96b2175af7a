import type { SynapseDevice } from "@/lib/synapse/devices";
import type { UserConnection } from "@/lib/synapse/user-details";

export type SessionRow = { ip: string; userAgent: string | null; lastSeen: number | null };

/** One device and where it was used from; `deviceId` null gathers what no device claims. */
export type DeviceSessions = {
  deviceId: string | null;
  displayName: string | null;
  rows: SessionRow[];
};

const newestFirst = (a: { lastSeen: number | null }, b: { lastSeen: number | null }) =>
  (b.lastSeen ?? -1) - (a.lastSeen ?? -1);

/** The device a connection came from: the one last seen from that address with that client. */
function deviceOf(connection: UserConnection, devices: SynapseDevice[]): SynapseDevice | null {
  const candidates = devices.filter(
    (device) =>
      device.last_seen_ip === connection.ip &&
      (device.last_seen_user_agent ?? null) === connection.userAgent,
  );
  // Two devices on one address with one client: the one whose last use is closest.
  const distance = (device: SynapseDevice) =>
    Math.abs((device.last_seen_ts ?? 0) - (connection.lastSeen ?? 0));
  return candidates.sort((a, b) => distance(a) - distance(b))[0] ?? null;
}

/**
 * The user's sessions per device. Synapse's whois lists every address and client a user's access
 * tokens were seen with, but not which device each belongs to (it puts them all under the device
 * ""); each device says only its latest address and client. So a connection is put under the
 * device last seen with that same address and client, a device whose latest use whois does not
 * list shows that latest use, and the connections no device claims (earlier addresses of a
 * device, tokens without one) are gathered last. Devices newest first.
 */
export function groupSessions(
  devices: SynapseDevice[],
  connections: UserConnection[],
): DeviceSessions[] {
  const byDevice = new Map<string, SessionRow[]>(devices.map((device) => [device.device_id, []]));
  const unclaimed: SessionRow[] = [];
  for (const connection of connections) {
    const row = {
      ip: connection.ip,
      userAgent: connection.userAgent,
      lastSeen: connection.lastSeen,
    };
    const device = deviceOf(connection, devices);
    const rows = device ? byDevice.get(device.device_id) : undefined;
    if (rows) rows.push(row);
    else unclaimed.push(row);
  }
  const groups = devices.map((device): DeviceSessions => {
    const rows = byDevice.get(device.device_id) ?? [];
    if (rows.length === 0 && device.last_seen_ip)
      rows.push({
        ip: device.last_seen_ip,
        userAgent: device.last_seen_user_agent ?? null,
        lastSeen: device.last_seen_ts ?? null,
      });
    return {
      deviceId: device.device_id,
      displayName: device.display_name ?? null,
      rows: rows.sort(newestFirst),
    };
  });
  const latest = (group: DeviceSessions) => ({ lastSeen: group.rows[0]?.lastSeen ?? null });
  groups.sort((a, b) => newestFirst(latest(a), latest(b)));
  if (unclaimed.length > 0)
    groups.push({ deviceId: null, displayName: null, rows: unclaimed.sort(newestFirst) });
  return groups;
}
