import { z } from "zod";
import type { SynapseHttp } from "./http";
import { synapsePath } from "./path";

const loginAsSchema = z.looseObject({ access_token: z.string().min(1) });

export type LoginAsOptions = {
  /** When the token stops working by itself, in milliseconds since the epoch. */
  validUntilMs?: number;
};

/**
 * Mints an access token for a local user with the admin login-as-user API. Synapse makes no
 * device for it (whoami reports no device_id, the devices list does not show it) and refuses an
 * admin logging in as itself; only a logout with the token itself ends it.
 */
export function loginAsUser(
  http: SynapseHttp,
  userId: string,
  options: LoginAsOptions = {},
): Promise<{ access_token: string }> {
  return http.request(loginAsSchema, {
    method: "POST",
    path: synapsePath`/_synapse/admin/v1/users/${userId}/login`,
    body: options.validUntilMs === undefined ? {} : { valid_until_ms: options.validUntilMs },
    what: `mint an access token for ${userId}`,
  });
}
