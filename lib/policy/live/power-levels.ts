// What the console needs of a room's m.room.power_levels content, with the Matrix defaults for
// what the event leaves out (client-server spec, m.room.power_levels).

const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

const asLevel = (value: unknown, fallback: number): number =>
  typeof value === "number" && Number.isInteger(value) ? value : fallback;

export type RoomPowerLevels = {
  usersDefault: number;
  /** Power needed to send m.room.power_levels: its own entry in `events`, else state_default. */
  powerLevelsChangeLevel: number;
  kickLevel: number;
  /** Users with a level of their own. */
  users: Record<string, number>;
};

export function readPowerLevels(content: Record<string, unknown>): RoomPowerLevels {
  const events = asRecord(content.events);
  const stateDefault = asLevel(content.state_default, 50);
  const users = Object.fromEntries(
    Object.entries(asRecord(content.users)).filter(
      (entry): entry is [string, number] => typeof entry[1] === "number",
    ),
  );
  return {
    usersDefault: asLevel(content.users_default, 0),
    powerLevelsChangeLevel: asLevel(events["m.room.power_levels"], stateDefault),
    kickLevel: asLevel(content.kick, 50),
    users,
  };
}

/** A user's power in the room: their own level, else users_default. */
export const powerOf = (levels: RoomPowerLevels, userId: string): number =>
  levels.users[userId] ?? levels.usersDefault;
