import { z } from "zod";
import type { SynapseHttp } from "./http";
import { synapsePath } from "./path";
import { userListSchema, userSchema, type SynapseUser, type SynapseUserList } from "./user-schemas";

export function getUser(http: SynapseHttp, userId: string): Promise<SynapseUser> {
  return http.request(userSchema, {
    path: synapsePath`/_synapse/admin/v2/users/${userId}`,
    what: `read the user ${userId}`,
  });
}

export type UserOrderBy =
  | "name"
  | "is_guest"
  | "admin"
  | "user_type"
  | "deactivated"
  | "shadow_banned"
  | "displayname"
  | "avatar_url"
  | "creation_ts"
  | "last_seen_ts";

export type ListUsersParams = {
  /** Offset to start at: 0, or a previous page's next_token. */
  from?: number | string;
  limit?: number;
  /** Substring of the user ID or display name. */
  name?: string;
  /** Substring of the user ID only. */
  user_id?: string;
  guests?: boolean;
  admins?: boolean;
  /** true: only deactivated users; false: only active ones; unset: both. */
  deactivated?: boolean;
  /** true includes locked users; Synapse leaves them out by default. */
  locked?: boolean;
  /** User types to leave out; "" stands for normal users (no type). */
  not_user_type?: readonly string[];
  /** Only name and creation_ts are indexed; other orders are slow on big servers. */
  order_by?: UserOrderBy;
  dir?: "f" | "b";
};

/** One page of users (v3 endpoint, so `deactivated` really filters). */
export function listUsers(
  http: SynapseHttp,
  params: ListUsersParams = {},
): Promise<SynapseUserList> {
  return http.request(userListSchema, {
    path: "/_synapse/admin/v3/users",
    query: params,
    what: "list users",
  });
}

export type UpdateUserInput = {
  password?: string;
  /** With a password change: log out all of the user's devices (Synapse's default is true). */
  logout_devices?: boolean;
  displayname?: string;
  avatar_url?: string;
  threepids?: Array<{ medium: string; address: string }>;
  external_ids?: Array<{ auth_provider: string; external_id: string }>;
  admin?: boolean;
  deactivated?: boolean;
  locked?: boolean;
  user_type?: string | null;
};

/**
 * Changes the given fields of a user. Beware: Synapse CREATES the user when it does not exist;
 * `created` tells which happened (201 vs 200).
 */
export async function updateUser(
  http: SynapseHttp,
  userId: string,
  changes: UpdateUserInput,
): Promise<{ user: SynapseUser; created: boolean }> {
  const { status, data } = await http.send(userSchema, {
    method: "PUT",
    path: synapsePath`/_synapse/admin/v2/users/${userId}`,
    body: changes,
    what: `change the user ${userId}`,
  });
  return { user: data, created: status === 201 };
}

const adminStatusSchema = z.looseObject({ admin: z.boolean() });

/** Whether a user is a server admin. */
export async function getUserAdminStatus(http: SynapseHttp, userId: string): Promise<boolean> {
  const { admin } = await http.request(adminStatusSchema, {
    path: synapsePath`/_synapse/admin/v1/users/${userId}/admin`,
    what: `tell whether ${userId} is a server admin`,
  });
  return admin;
}
