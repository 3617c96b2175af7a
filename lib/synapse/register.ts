import { createHmac } from "node:crypto";
import { z } from "zod";
import type { SynapseHttp } from "./http";

const nonceSchema = z.looseObject({ nonce: z.string().min(1) });

const registeredSchema = z.looseObject({
  access_token: z.string().min(1),
  user_id: z.string(),
  device_id: z.string(),
});
export type Registered = z.infer<typeof registeredSchema>;

export type SharedSecretRegistration = {
  sharedSecret: string;
  /** The localpart of the new user. */
  username: string;
  password: string;
  admin: boolean;
  displayname?: string;
};

/** The MAC Synapse expects: HMAC-SHA1 over nonce, username, password and admin flag, NUL-separated. */
export function registrationMac(
  sharedSecret: string,
  nonce: string,
  registration: SharedSecretRegistration,
): string {
  const parts = [
    nonce,
    registration.username,
    registration.password,
    registration.admin ? "admin" : "notadmin",
  ];
  return createHmac("sha1", sharedSecret).update(parts.join("\0")).digest("hex");
}

/**
 * Creates a user with the homeserver's registration shared secret (no admin token needed).
 * A taken username fails with errcode M_USER_IN_USE; a wrong secret with 403 "HMAC incorrect".
 */
export async function registerWithSharedSecret(
  http: SynapseHttp,
  registration: SharedSecretRegistration,
): Promise<Registered> {
  const what = `register the user ${registration.username} with the shared secret`;
  const path = "/_synapse/admin/v1/register";
  const { nonce } = await http.request(nonceSchema, { path, auth: "none", what });
  return http.request(registeredSchema, {
    method: "POST",
    path,
    auth: "none",
    what,
    body: {
      nonce,
      username: registration.username,
      password: registration.password,
      admin: registration.admin,
      displayname: registration.displayname,
      mac: registrationMac(registration.sharedSecret, nonce, registration),
    },
  });
}
