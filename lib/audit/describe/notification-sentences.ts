import {
  fieldsOf,
  quoted,
  roomOf,
  textOf,
  type DescribableEntry,
  type Describe,
} from "./entry-fields";

/** "for user. events that failed", from a rule's or webhook's filter in the entry's input. */
function filterOf(entry: DescribableEntry): string {
  const input = fieldsOf(entry.input);
  const prefix = textOf(input, "actionPrefix");
  const outcome = textOf(input, "outcome");
  const kind = textOf(input, "jobKind");
  const events = prefix ? `${prefix}* events` : "every event";
  const ended =
    outcome === "success" ? " that succeeded" : outcome === "failure" ? " that failed" : "";
  return `for ${events}${ended}${kind ? ` of ${kind} runs` : ""}`;
}

/** The rule or webhook by the name in the input, else the one the result names. */
const nameOf = (entry: DescribableEntry) =>
  quoted(textOf(entry.input, "name") ?? textOf(entry.result, "name") ?? entry.targetId ?? "?");

const paused = (entry: DescribableEntry) =>
  fieldsOf(entry.input).enabled === false ? "paused" : "resumed";

/** Sentences of notifications to rooms, outgoing webhooks and their deliveries (lib/outbox). */
export const NOTIFICATION_SENTENCES: Record<string, Describe> = {
  "notification_rule.create": (entry) =>
    `created the notification rule ${nameOf(entry)} to ${textOf(entry.input, "room") ?? "a room"} ${filterOf(entry)}`,
  "notification_rule.delete": (entry) => `deleted the notification rule ${nameOf(entry)}`,
  "notification_rule.set_enabled": (entry) =>
    `${paused(entry)} the notification rule ${nameOf(entry)}`,
  "webhook.create": (entry) => `created the webhook ${nameOf(entry)} ${filterOf(entry)}`,
  "webhook.delete": (entry) => `deleted the webhook ${nameOf(entry)}`,
  "webhook.set_enabled": (entry) => `${paused(entry)} the webhook ${nameOf(entry)}`,
  "delivery.redeliver": (entry) => {
    const name = textOf(entry.result, "name");
    const id = textOf(entry.input, "id") ?? "";
    return `queued delivery ${id} again${name ? ` (${quoted(name)})` : ""}`.replace("  ", " ");
  },
  "notification.send": (entry) => {
    const action = textOf(fieldsOf(entry.input).event, "action");
    return `sent a notification${action ? ` of ${action}` : ""} to ${roomOf(entry)}`;
  },
};
