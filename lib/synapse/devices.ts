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
