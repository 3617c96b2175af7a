import { textOf, type Describe } from "./entry-fields";

/** "took a promoted event for @ann:example.org (hr-4711)", or what became of it instead. */
const describeEvent: Describe = (entry) => {
  const type = textOf(entry.input, "type") ?? "lifecycle";
  const userId = textOf(entry.input, "userId") ?? entry.targetId ?? "a user";
  const id = textOf(entry.input, "id");
  const status = textOf(entry.result, "status");
  const said = id ? ` (${id})` : "";
  if (entry.result && (entry.result as { replay?: unknown }).replay === true) {
    return `sent a ${type} event for ${userId}${said} again: a replay, nothing done`;
  }
  if (status === "superseded" || status === "ignored") {
    return `sent a ${type} event for ${userId}${said}: ${status}, nothing changed`;
  }
  return `took a ${type} event for ${userId}${said}`;
};

/** Sentences of lifecycle events and their settings. */
export const LIFECYCLE_SENTENCES: Record<string, Describe> = {
  "lifecycle.event": describeEvent,
  "lifecycle.update_settings": (entry) => {
    const fallback = "none";
    const defaultGroup = textOf(entry.input, "defaultGroup") ?? fallback;
    const adminGroup = textOf(entry.input, "adminGroup") ?? fallback;
    const erase = (entry.input as { eraseOnRevoke?: unknown } | null)?.eraseOnRevoke === true;
    return `changed the lifecycle settings (default group ${defaultGroup}, admin group ${adminGroup}; revoked accounts ${erase ? "erased" : "deactivated"})`;
  },
  "lifecycle.replace_secret": (entry) =>
    (entry.input as { forget?: unknown } | null)?.forget === true
      ? "removed the lifecycle signing secret: signed events are refused"
      : "made a new lifecycle signing secret (the old one no longer works)",
};
