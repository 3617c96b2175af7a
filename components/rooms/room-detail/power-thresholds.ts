import type { SynapseStateEvent } from "@/lib/synapse/room-details";

export type PowerThreshold = { label: string; level: number };

// Defaults from the Matrix spec, m.room.power_levels, for keys the event leaves out.
const ACTION_DEFAULTS: Array<[key: string, label: string, fallback: number]> = [
  ["users_default", "Users by default", 0],
  ["events_default", "Send messages (events_default)", 0],
  ["state_default", "Change state (state_default)", 50],
  ["invite", "Invite", 0],
  ["kick", "Kick", 50],
  ["ban", "Ban", 50],
  ["redact", "Redact others' events", 50],
];

const numberOr = (value: unknown, fallback: number) =>
  typeof value === "number" ? value : fallback;

/** What each action and event type needs, from the room's m.room.power_levels event. */
export function readPowerThresholds(state: SynapseStateEvent[]): PowerThreshold[] {
  const content =
    state.find((item) => item.type === "m.room.power_levels" && item.state_key === "")?.content ??
    {};
  const actions = ACTION_DEFAULTS.map(([key, label, fallback]) => ({
    label,
    level: numberOr(content[key], fallback),
  }));
  const events = content.events && typeof content.events === "object" ? content.events : {};
  const perEvent = Object.entries(events)
    .filter((entry): entry is [string, number] => typeof entry[1] === "number")
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, level]) => ({ label: type, level }));
  return [...actions, ...perEvent];
}

/** The level needed to send a new m.room.power_levels event. */
export function powerLevelsChangeThreshold(state: SynapseStateEvent[]): number {
  const content =
    state.find((item) => item.type === "m.room.power_levels" && item.state_key === "")?.content ??
    {};
  const events = (content.events ?? {}) as Record<string, unknown>;
  return numberOr(events["m.room.power_levels"], numberOr(content.state_default, 50));
}
