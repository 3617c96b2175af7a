import type { SynapseTimelineEvent } from "@/lib/synapse/room-timeline";

/**
 * How a timeline row reads: a message's own text, a state change in words, or what kind of event
 * it was when its content cannot be shown (redacted, encrypted).
 */
export type EventSummary =
  | { kind: "message"; text: string; msgtype: string }
  | { kind: "state"; text: string }
  | { kind: "redacted"; text: string }
  | { kind: "encrypted"; text: string }
  | { kind: "other"; text: string };

type Content = Record<string, unknown>;

const textOf = (content: Content | undefined, key: string) => {
  const value = content?.[key];
  return typeof value === "string" && value !== "" ? value : undefined;
};

/** "“Lobby”": a quoted value for sentences, as the audit sentences quote names. */
const quoted = (value: string) => `“${value}”`;

const MEDIA_MESSAGES: Record<string, string> = {
  "m.image": "sent an image",
  "m.file": "sent a file",
  "m.video": "sent a video",
  "m.audio": "sent an audio clip",
};

function describeMessage(content: Content): EventSummary {
  const msgtype = textOf(content, "msgtype") ?? "m.text";
  // `body` only: formatted_body is HTML, and nothing a room member wrote is ever rendered as HTML.
  const body = textOf(content, "body") ?? "";
  const media = MEDIA_MESSAGES[msgtype];
  if (media) return { kind: "message", msgtype, text: body ? `${media}: ${body}` : media };
  if (msgtype === "m.emote") return { kind: "message", msgtype, text: `* ${body}` };
  return { kind: "message", msgtype, text: body };
}

function describeMembership(event: SynapseTimelineEvent): string {
  const membership = textOf(event.content, "membership");
  const before = textOf(event.unsigned?.prev_content, "membership");
  const target = event.state_key ?? "someone";
  const self = target === event.sender;
  const reason = textOf(event.content, "reason");
  const why = reason ? ` (reason: ${reason})` : "";
  switch (membership) {
    case "join":
      if (before === "join") {
        const name = textOf(event.content, "displayname");
        const oldName = textOf(event.unsigned?.prev_content, "displayname");
        if (name !== oldName)
          return name ? `set their display name to ${quoted(name)}` : "removed their display name";
        return "changed their avatar";
      }
      return self ? "joined" : `joined ${target}`;
    case "invite":
      return `invited ${target}${why}`;
    case "leave":
      if (self) return before === "invite" ? `rejected the invitation${why}` : `left${why}`;
      if (before === "ban") return `unbanned ${target}${why}`;
      if (before === "invite") return `withdrew the invitation of ${target}${why}`;
      return `kicked ${target}${why}`;
    case "ban":
      return `banned ${target}${why}`;
    case "knock":
      return `asked to join${why}`;
    default:
      return `changed the membership of ${target} to ${membership ?? "nothing"}`;
  }
}

type StateDescriber = (event: SynapseTimelineEvent) => string;

const changedTo =
  (what: string, key: string): StateDescriber =>
  (event) => {
    const value = textOf(event.content, key);
    return value ? `changed the ${what} to ${quoted(value)}` : `removed the ${what}`;
  };

const STATE_EVENTS: Record<string, StateDescriber> = {
  "m.room.create": (event) =>
    textOf(event.content, "type") === "m.space" ? "created the space" : "created the room",
  "m.room.member": describeMembership,
  "m.room.name": changedTo("name", "name"),
  "m.room.topic": changedTo("topic", "topic"),
  "m.room.avatar": (event) =>
    textOf(event.content, "url") ? "changed the room avatar" : "removed the room avatar",
  "m.room.canonical_alias": changedTo("main address", "alias"),
  "m.room.join_rules": changedTo("join rule", "join_rule"),
  "m.room.history_visibility": changedTo("history visibility", "history_visibility"),
  "m.room.guest_access": changedTo("guest access", "guest_access"),
  "m.room.power_levels": () => "changed the power levels",
  "m.room.encryption": (event) =>
    `turned on end-to-end encryption (${textOf(event.content, "algorithm") ?? "unknown algorithm"})`,
  "m.room.server_acl": () => "changed the server access list",
  "m.room.tombstone": (event) =>
    `replaced this room with ${textOf(event.content, "replacement_room") ?? "another"}`,
  "m.space.child": (event) =>
    Array.isArray(event.content.via)
      ? `added the room ${event.state_key ?? "?"} to the space`
      : `removed the room ${event.state_key ?? "?"} from the space`,
  "m.space.parent": (event) =>
    Array.isArray(event.content.via)
      ? `set the parent space to ${event.state_key ?? "?"}`
      : `removed the parent space ${event.state_key ?? "?"}`,
};

/** One event of a room's timeline as a person reads it; never HTML, only plain text. */
export function describeEvent(event: SynapseTimelineEvent): EventSummary {
  if (event.unsigned?.redacted_because) {
    const by = event.unsigned.redacted_because.sender;
    return { kind: "redacted", text: by && by !== event.sender ? `redacted by ${by}` : "redacted" };
  }
  if (event.type === "m.room.encrypted") {
    const algorithm = textOf(event.content, "algorithm");
    return { kind: "encrypted", text: `encrypted${algorithm ? ` (${algorithm})` : ""}` };
  }
  if (event.type === "m.room.message") return describeMessage(event.content);
  if (event.type === "m.room.redaction") {
    const target = event.redacts ?? textOf(event.content, "redacts");
    const reason = textOf(event.content, "reason");
    return {
      kind: "other",
      text: `redacted ${target ?? "an event"}${reason ? ` (reason: ${reason})` : ""}`,
    };
  }
  if (event.type === "m.sticker")
    return {
      kind: "message",
      msgtype: "m.sticker",
      text: `sent a sticker${textOf(event.content, "body") ? `: ${textOf(event.content, "body")}` : ""}`,
    };
  if (event.type === "m.reaction") {
    const relates = event.content["m.relates_to"];
    const key =
      relates && typeof relates === "object" ? textOf(relates as Content, "key") : undefined;
    return { kind: "other", text: key ? `reacted with ${key}` : "reacted" };
  }
  if (event.state_key !== undefined) {
    const describe = STATE_EVENTS[event.type];
    return { kind: "state", text: describe ? describe(event) : `set the ${event.type} state` };
  }
  return { kind: "other", text: `sent a ${event.type} event` };
}
