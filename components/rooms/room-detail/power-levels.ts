import type { SynapseStateEvent } from "@/lib/synapse/room-details";

export type PowerLevels = { users: Record<string, number>; usersDefault: number };

const asNumber = (value: unknown, fallback: number) =>
  typeof value === "number" ? value : fallback;

/** The users' power levels from the room's m.room.power_levels event (spec default 0). */
export function readPowerLevels(state: SynapseStateEvent[]): PowerLevels {
  const event = state.find((item) => item.type === "m.room.power_levels" && item.state_key === "");
  const users: Record<string, number> = {};
  const raw = event?.content.users;
  if (raw && typeof raw === "object") {
    for (const [userId, level] of Object.entries(raw)) users[userId] = asNumber(level, 0);
  }
  return { users, usersDefault: asNumber(event?.content.users_default, 0) };
}

export function powerLevelOf(levels: PowerLevels, userId: string): number {
  return levels.users[userId] ?? levels.usersDefault;
}
