import { countOf } from "@/lib/format/count";
import {
  flagOf,
  numberOf,
  quoted,
  roomOf,
  textOf,
  userOf,
  withReason,
  type DescribableEntry,
  type Describe,
} from "./entry-fields";

function describeNewRoom(entry: DescribableEntry): string {
  const kind = flagOf(entry.input, "space") ? "space" : "room";
  const name = textOf(entry.input, "name");
  // The target is the alias when one was asked for; the room's ID is known only from the result.
  const id = textOf(entry.result, "roomId") ?? (entry.targetId !== "new" ? entry.targetId : null);
  return [`created ${kind}`, name ? ` ${quoted(name)}` : "", id ? ` ${id}` : ""].join("");
}

function describeRoomDeletion(entry: DescribableEntry): string {
  const also = [
    flagOf(entry.input, "purge") ? "purged its history" : "",
    flagOf(entry.input, "block") ? "blocked it" : "",
    textOf(entry.input, "newRoomUserId") ? `moved its members to a new room` : "",
  ].filter(Boolean);
  const tail = also.length ? `, ${also.join(", ")}` : "";
  return `deleted ${roomOf(entry)}${tail}`;
}

function describePurge(entry: DescribableEntry): string {
  const upTo = numberOf(entry.input, "upToTs");
  const before = upTo
    ? ` before ${new Date(upTo).toISOString().slice(0, 16).replace("T", " ")} UTC`
    : "";
  const local = flagOf(entry.input, "deleteLocalEvents") ? ", local events included" : "";
  return `purged the history of ${roomOf(entry)}${before}${local}`;
}

/** Sentences of the actions on rooms and their event reports. */
export const ROOM_SENTENCES: Record<string, Describe> = {
  "room.create": describeNewRoom,
  "room.delete": describeRoomDeletion,
  "room.purge_history": describePurge,
  "room.quarantine_media": (entry) => {
    const count = numberOf(entry.result, "quarantined");
    const files = count === undefined ? "" : ` (${countOf(count, "file")})`;
    return `quarantined the media of ${roomOf(entry)}${files}`;
  },
  "room.set_blocked": (entry) =>
    flagOf(entry.input, "enabled") === false
      ? `unblocked ${roomOf(entry)}`
      : `blocked ${roomOf(entry)}`,
  "room.set_published": (entry) =>
    flagOf(entry.input, "enabled") === false
      ? `removed ${roomOf(entry)} from the room directory`
      : `published ${roomOf(entry)} in the room directory`,
  "room.make_admin": (entry) =>
    withReason(`made ${userOf(entry)} admin of ${roomOf(entry)}`, entry),
  "room.make_console_admin": (entry) => `made the console's account admin of ${roomOf(entry)}`,
  "room.set_power_level": (entry) =>
    withReason(
      `set the power level of ${userOf(entry)} in ${roomOf(entry)} to ${textOf(entry.input, "level") ?? "?"}`,
      entry,
    ),
  "room.join_user": (entry) => withReason(`joined ${userOf(entry)} to ${roomOf(entry)}`, entry),
  "room.delete_forward_extremities": (entry) => {
    const deleted = numberOf(entry.result, "deleted");
    const what =
      deleted === undefined
        ? "the extra forward extremities"
        : countOf(deleted, "extra forward extremity", "extra forward extremities");
    return `deleted ${what} of ${roomOf(entry)}`;
  },
  "event_report.delete": (entry) =>
    `deleted event report ${textOf(entry.input, "reportId") ?? ""} of ${roomOf(entry)}`,
};
