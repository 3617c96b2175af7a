import { countOf } from "@/lib/format/count";
import { describeLifetime } from "@/lib/schemas/login-as";
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
  return `started a change of ${users} (locking, unlocking, deactivating or deleting media; see the run)`;
}

const mediaCount = (entry: DescribableEntry) =>
  countOf(listOf(entry.input, "mediaIds").length, "file");

/** How many files went, from the result (a failed deletion has none). */
function describeMediaDeletion(entry: DescribableEntry): string {
  const deleted = numberOf(entry.result, "deleted");
  const files = deleted === undefined ? "media" : countOf(deleted, "file");
  return `deleted all ${files} of ${userOf(entry)}`;
}

function describeRedaction(entry: DescribableEntry): string {
  const rooms = listOf(entry.input, "rooms").length;
  const where = rooms ? `in ${countOf(rooms, "room")}` : "in every room they are in";
  return withReason(`started redacting the messages of ${userOf(entry)} ${where}`, entry);
}

function describeLoginAs(entry: DescribableEntry): string {
  const minutes = numberOf(entry.input, "lifetimeMinutes");
  const lifetime = minutes === undefined ? "" : ` valid for ${describeLifetime(minutes)}`;
  return withReason(`issued a token acting as ${userOf(entry)}${lifetime}`, entry);
}

function describeValidity(entry: DescribableEntry): string {
  const until = textOf(entry.result, "expiresAt");
  return `renewed the account of ${userOf(entry)}${until ? ` until ${until}` : ""}`;
}

/** "from “staff.csv” (120 rows)", from an import's audited summary. */
function importOf(entry: DescribableEntry): string {
  const rows = numberOf(entry.input, "rows");
  const file = textOf(entry.input, "fileName");
  return [
    file ? ` from ${quoted(file)}` : "",
    rows === undefined ? "" : ` (${countOf(rows, "row")})`,
  ].join("");
}

const IMPORT_FIELD_WORDS: Record<string, string> = {
  displayname: "display name",
  admin: "server admin",
  user_type: "user type",
  threepids: "email",
};

function describeImportUpdate(entry: DescribableEntry): string {
  const fields = listOf(entry.input, "fields").map(
    (field) => IMPORT_FIELD_WORDS[String(field)] ?? String(field),
  );
  return `updated ${userOf(entry)} from an import${fields.length ? ` (${fields.join(", ")})` : ""}`;
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
    [
      flagOf(entry.input, "erase")
        ? `deactivated and erased ${userOf(entry)}`
        : `deactivated ${userOf(entry)}`,
      flagOf(entry.input, "redact") ? " and started redacting their messages" : "",
    ].join(""),
  "user.redact_events": describeRedaction,
  "user.login_as": describeLoginAs,
  "user.renew_validity": describeValidity,
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
  "user.import_dry_run": (entry) => `started a dry run of an import of users${importOf(entry)}`,
  "user.import": (entry) => `started importing users${importOf(entry)}`,
  "user.import_update": describeImportUpdate,
  "user.import_passwords": (entry) =>
    `took the ${countOf(numberOf(entry.result, "passwords") ?? 0, "generated password")} of an import, once`,
  "user.delete_media": describeMediaDeletion,
  "media.delete": (entry) => `deleted ${mediaCount(entry)} of ${userOf(entry)}`,
  "media.set_quarantined": (entry) =>
    flagOf(entry.input, "quarantined") === false
      ? `released ${mediaCount(entry)} of ${userOf(entry)} from quarantine`
      : `quarantined ${mediaCount(entry)} of ${userOf(entry)}`,
  "media.set_protected": (entry) =>
    flagOf(entry.input, "protected") === false
      ? `took the quarantine protection away from ${mediaCount(entry)} of ${userOf(entry)}`
      : `protected ${mediaCount(entry)} of ${userOf(entry)} from quarantine`,
  "user_report.delete": (entry) =>
    `deleted user report ${textOf(entry.input, "reportId") ?? ""} about ${userOf(entry)}`,
  "device.delete": (entry) => `deleted device ${device(entry)} of ${userOf(entry)}`,
  "device.rename": (entry) =>
    `renamed device ${device(entry)} of ${userOf(entry)} to ${quoted(textOf(entry.input, "displayName") ?? "")}`,
  "device.revoke_stale": (entry) => `revoked stale device ${device(entry)} of ${userOf(entry)}`,
};
