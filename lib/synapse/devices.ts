import { z } from "zod";
import type { SynapseHttp } from "./http";
import { synapsePath } from "./path";

const deviceSchema = z.looseObject({
  device_id: z.string(),
  display_name: z.string().nullish(),
  last_seen_ip: z.string().nullish(),
  last_seen_user_agent: z.string().nullish(),
  last_seen_ts: z.number().nullish(),
  user_id: z.string().optional(),
});
export type SynapseDevice = z.infer<typeof deviceSchema>;

const deviceListSchema = z.looseObject({ devices: z.array(deviceSchema), total: z.number() });

/** All devices of one user (Synapse does not paginate this list). */
export function listDevices(http: SynapseHttp, userId: string) {
  return http.request(deviceListSchema, {
    path: synapsePath`/_synapse/admin/v2/users/${userId}/devices`,
    what: `list the devices of ${userId}`,
  });
}

const anyObject = z.looseObject({});

/** Renames a device (its display name, seen by the user and others in their rooms). */
export async function renameDevice(
  http: SynapseHttp,
  userId: string,
  deviceId: string,
  displayName: string,
): Promise<void> {
  await http.request(anyObject, {
    method: "PUT",
    path: synapsePath`/_synapse/admin/v2/users/${userId}/devices/${deviceId}`,
    body: { display_name: displayName },
    what: `rename the device ${deviceId} of ${userId}`,
  });
}

/** Deletes a device, which logs its access token out. */
export async function deleteDevice(
  http: SynapseHttp,
  userId: string,
  deviceId: string,
): Promise<void> {
  await http.request(anyObject, {
    method: "DELETE",
    path: synapsePath`/_synapse/admin/v2/users/${userId}/devices/${deviceId}`,
    what: `delete the device ${deviceId} of ${userId}`,
  });
}

/** Deletes several devices of one user in one call; IDs that do not exist are ignored by Synapse. */
export async function deleteDevices(
  http: SynapseHttp,
  userId: string,
  deviceIds: readonly string[],
): Promise<void> {
  await http.request(anyObject, {
    method: "POST",
    path: synapsePath`/_synapse/admin/v2/users/${userId}/delete_devices`,
    body: { devices: deviceIds },
    what: `delete ${deviceIds.length} devices of ${userId}`,
  });
}
