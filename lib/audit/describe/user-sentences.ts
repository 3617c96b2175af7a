import { countOf } from "@/lib/format/count";
import {
  fieldsOf,
  flagOf,
  listOf,
  numberOf,
  quoted,
  textOf,
  userOf,
  withReason,
  type DescribableEntry,
  type Describe,
} from "./entry-fields";

/** "enabled" of the on/off actions: true turns the thing on. */
const on = (entry: DescribableEntry) => flagOf(entry.input, "enabled") !== false;

function describeRateLimit(entry: DescribableEntry): string {
  const limit = fieldsOf(fieldsOf(entry.input).limit);
  if (limit.kind === "none") return `exempted ${userOf(entry)} from message rate limits`;
  const perSecond = numberOf(limit, "messagesPerSecond");
  const burst = numberOf(limit, "burstCount");
  if (perSecond === undefined || burst === undefined)
    return `set a message rate limit for ${userOf(entry)}`;
  return `limited ${userOf(entry)} to ${countOf(perSecond, "message")} a second, in bursts of ${burst}`;
}

/** The profile fields as the profile form names them (lib/operations/update-user-profile.ts). */
const PROFILE_FIELDS: Record<string, string> = {
  displayname: "display name",
  avatar_url: "avatar",
  threepids: "third-party IDs",
  external_ids: "external IDs",
};

function describeProfileEdit(entry: DescribableEntry): string {
  const fields = entry.changes?.map((change) => PROFILE_FIELDS[change.field] ?? change.field) ?? [];
  const what = fields.length ? ` (${fields.join(", ")})` : "";
  return `edited the profile of ${userOf(entry)}${what}`;
}

function describeNewUser(entry: DescribableEntry): string {
  const kinds = [
    flagOf(entry.input, "admin") ? "server admin" : "",
    ["bot", "support"].includes(textOf(entry.input, "userType") ?? "")
      ? `${textOf(entry.input, "userType")} account`
      : "",
  ].filter(Boolean);
  const name = textOf(entry.input, "displayName");
  return [
    `created ${entry.targetId ?? textOf(entry.input, "localpart") ?? "a user"}`,
    kinds.length ? ` (${kinds.join(", ")})` : "",
    name ? ` named ${quoted(name)}` : "",
  ].join("");
}

function describeBulkChange(entry: DescribableEntry): string {
  const users = countOf(listOf(entry.input, "userIds").length, "user");
  const room = textOf(entry.input, "room");
  if (room) return withReason(`started joining ${users} to ${room}`, entry);
  return `started a change of ${users} (locking, unlocking or deactivating; see the run)`;
}

const device = (entry: DescribableEntry) => textOf(entry.input, "deviceId") ?? "a device";

/** Sentences of the actions on users and their devices. */
export const USER_SENTENCES: Record<string, Describe> = {
  "user.create": describeNewUser,
  "user.set_displayname": (entry) =>
    `set ${userOf(entry)}'s display name to ${quoted(textOf(entry.input, "displayName") ?? "")}`,
  "user.update_profile": describeProfileEdit,
  "user.set_admin": (entry) =>
    on(entry)
      ? `made ${userOf(entry)} a server admin`
      : `took server admin away from ${userOf(entry)}`,
  "user.set_locked": (entry) => `${on(entry) ? "locked" : "unlocked"} ${userOf(entry)}`,
  "user.set_suspended": (entry) => `${on(entry) ? "suspended" : "unsuspended"} ${userOf(entry)}`,
  "user.set_shadow_banned": (entry) =>
    on(entry) ? `shadow-banned ${userOf(entry)}` : `lifted the shadow-ban on ${userOf(entry)}`,
  // The bulk job's own names for each user's lock and unlock.
  "user.lock": (entry) => `locked ${userOf(entry)}`,
  "user.unlock": (entry) => `unlocked ${userOf(entry)}`,
  "user.deactivate": (entry) =>
    flagOf(entry.input, "erase")
      ? `deactivated and erased ${userOf(entry)}`
      : `deactivated ${userOf(entry)}`,
  "user.reactivate": (entry) => `reactivated ${userOf(entry)} with a new password`,
  "user.reset_password": (entry) =>
    flagOf(entry.input, "logoutDevices")
      ? `reset the password of ${userOf(entry)} and logged out their devices`
      : `reset the password of ${userOf(entry)}`,
  "user.set_ratelimit": describeRateLimit,
  "user.clear_ratelimit": (entry) => `removed the rate limit override of ${userOf(entry)}`,
  "user.join_room": (entry) =>
    withReason(`joined ${userOf(entry)} to ${textOf(entry.input, "room") ?? "a room"}`, entry),
  "user.bulk_change": describeBulkChange,
  "device.delete": (entry) => `deleted device ${device(entry)} of ${userOf(entry)}`,
  "device.rename": (entry) =>
    `renamed device ${device(entry)} of ${userOf(entry)} to ${quoted(textOf(entry.input, "displayName") ?? "")}`,
  "device.revoke_stale": (entry) => `revoked stale device ${device(entry)} of ${userOf(entry)}`,
};
