import { z } from "zod";
import type { SynapseHttp } from "./http";

// These calls act as a given user with an explicit token, never with the service TokenSource:
// they are how tokens are made, checked and ended.

const loginSchema = z.looseObject({
  access_token: z.string().min(1),
  user_id: z.string(),
  device_id: z.string(),
});
export type LoginResult = z.infer<typeof loginSchema>;

export type PasswordLogin = {
  /** A full user ID or a bare localpart (Synapse resolves it on its own server). */
  user: string;
  password: string;
  deviceDisplayName?: string;
};

/** Logs in with a password (m.login.password); each login makes a new device. */
export function loginWithPassword(http: SynapseHttp, login: PasswordLogin): Promise<LoginResult> {
  return http.request(loginSchema, {
    method: "POST",
    path: "/_matrix/client/v3/login",
    auth: "none",
    body: {
      type: "m.login.password",
      identifier: { type: "m.id.user", user: login.user },
      password: login.password,
      initial_device_display_name: login.deviceDisplayName,
    },
    what: `log in as ${login.user}`,
  });
}

const whoAmISchema = z.looseObject({
  user_id: z.string(),
  device_id: z.string().optional(),
  is_guest: z.boolean().optional(),
});
export type WhoAmI = z.infer<typeof whoAmISchema>;

/** Whom a token belongs to. */
export function whoAmI(http: SynapseHttp, token: string): Promise<WhoAmI> {
  return http.request(whoAmISchema, {
    path: "/_matrix/client/v3/account/whoami",
    auth: { token },
    what: "say whom the access token belongs to",
  });
}

/** Ends the token's session (its device is removed). */
export async function logout(http: SynapseHttp, token: string): Promise<void> {
  await http.request(z.looseObject({}), {
    method: "POST",
    path: "/_matrix/client/v3/logout",
    auth: { token },
    body: {},
    what: "log the access token out",
  });
}
