import { z } from "zod";
import type { SynapseHttp } from "./http";
import { synapsePath } from "./path";

// Changes to one user that are not plain fields of the user PUT: each its own admin endpoint.

const anyObject = z.looseObject({});

/** Deactivates a user (logs out all their tokens); with erase, also hides their messages from new joiners. */
export async function deactivateUser(http: SynapseHttp, userId: string, erase: boolean) {
  return http.request(z.looseObject({ id_server_unbind_result: z.string().optional() }), {
    method: "POST",
    path: synapsePath`/_synapse/admin/v1/deactivate/${userId}`,
    body: { erase },
    what: `deactivate ${userId}`,
  });
}

/** Suspends or unsuspends a user (a suspended user can read but not send or join). */
export async function setUserSuspended(http: SynapseHttp, userId: string, suspend: boolean) {
  await http.request(anyObject, {
    method: "PUT",
    path: synapsePath`/_synapse/admin/v1/suspend/${userId}`,
    body: { suspend },
    what: `${suspend ? "suspend" : "unsuspend"} ${userId}`,
  });
}

/** Grants or revokes server admin. */
export async function setUserAdmin(http: SynapseHttp, userId: string, admin: boolean) {
  await http.request(anyObject, {
    method: "PUT",
    path: synapsePath`/_synapse/admin/v1/users/${userId}/admin`,
    body: { admin },
    what: `${admin ? "make" : "stop making"} ${userId} a server admin`,
  });
}

/** Sets a new password; logs every device out unless told not to. */
export async function resetPassword(
  http: SynapseHttp,
  userId: string,
  change: { newPassword: string; logoutDevices: boolean },
) {
  await http.request(anyObject, {
    method: "POST",
    path: synapsePath`/_synapse/admin/v1/reset_password/${userId}`,
    body: { new_password: change.newPassword, logout_devices: change.logoutDevices },
    what: `reset the password of ${userId}`,
  });
}

/** Shadow-bans (their messages reach nobody, without telling them) or lifts the shadow ban. */
export async function setUserShadowBanned(http: SynapseHttp, userId: string, banned: boolean) {
  await http.request(anyObject, {
    method: banned ? "POST" : "DELETE",
    path: synapsePath`/_synapse/admin/v1/users/${userId}/shadow_ban`,
    what: `${banned ? "shadow-ban" : "lift the shadow ban of"} ${userId}`,
  });
}

const rateLimitSchema = z.looseObject({
  messages_per_second: z.number().optional(),
  burst_count: z.number().optional(),
});
export type RateLimitOverride = { messagesPerSecond: number; burstCount: number };

function toOverride(data: z.output<typeof rateLimitSchema>): RateLimitOverride | null {
  if (data.messages_per_second === undefined) return null;
  return { messagesPerSecond: data.messages_per_second, burstCount: data.burst_count ?? 0 };
}

/** The user's rate-limit override, or null when they follow the server's limits. */
export async function getRateLimitOverride(
  http: SynapseHttp,
  userId: string,
): Promise<RateLimitOverride | null> {
  const data = await http.request(rateLimitSchema, {
    path: synapsePath`/_synapse/admin/v1/users/${userId}/override_ratelimit`,
    what: `read the rate-limit override of ${userId}`,
  });
  return toOverride(data);
}

/**
 * Overrides the user's message rate limit (0 and 0 means no limit at all); returns the override
 * as Synapse answered it.
 */
export async function setRateLimitOverride(
  http: SynapseHttp,
  userId: string,
  limit: RateLimitOverride,
): Promise<RateLimitOverride | null> {
  const data = await http.request(rateLimitSchema, {
    method: "POST",
    path: synapsePath`/_synapse/admin/v1/users/${userId}/override_ratelimit`,
    body: { messages_per_second: limit.messagesPerSecond, burst_count: limit.burstCount },
    what: `override the rate limit of ${userId}`,
  });
  return toOverride(data);
}

export async function clearRateLimitOverride(http: SynapseHttp, userId: string) {
  await http.request(anyObject, {
    method: "DELETE",
    path: synapsePath`/_synapse/admin/v1/users/${userId}/override_ratelimit`,
    what: `clear the rate-limit override of ${userId}`,
  });
}

/** Joins a local user to a room the server is in, without an invite (admin join). */
export async function joinUserToRoom(http: SynapseHttp, roomIdOrAlias: string, userId: string) {
  return http.request(z.looseObject({ room_id: z.string() }), {
    method: "POST",
    path: synapsePath`/_synapse/admin/v1/join/${roomIdOrAlias}`,
    body: { user_id: userId },
    what: `join ${userId} to ${roomIdOrAlias}`,
  });
}

/** Whether a localpart is free for a new account. */
export async function isUsernameAvailable(http: SynapseHttp, localpart: string): Promise<boolean> {
  const data = await http
    .request(z.looseObject({ available: z.boolean() }), {
      path: "/_synapse/admin/v1/username_available",
      query: { username: localpart },
      what: `tell whether the name ${localpart} is free`,
    })
    .catch((error: unknown) => {
      // Synapse answers 400 M_USER_IN_USE for a taken name rather than available: false.
      if (error instanceof Error && "errcode" in error && error.errcode === "M_USER_IN_USE")
        return { available: false };
      throw error;
    });
  return data.available;
}
