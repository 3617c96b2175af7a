import { recordChange, type Change } from "./changes";

/** The parts of m.room.power_levels that map a name (user ID, event type, key) to a level. */
const MAPS = new Set(["users", "events", "notifications"]);

const asMap = (value: unknown): Record<string, unknown> =>
  value && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What differs between two m.room.power_levels contents, one change per level:
 * "power_levels.users.@bob:x", "power_levels.events.m.room.name", "power_levels.users_default".
 * A level that is not set is null.
 */
export function powerLevelChanges(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Change[] {
  const changes: Change[] = [];
  const note = (field: string, from: unknown, to: unknown) => {
    if (!same(from, to)) changes.push({ field, from: from ?? null, to: to ?? null });
  };
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (!MAPS.has(key)) {
      note(`power_levels.${key}`, before[key], after[key]);
      continue;
    }
    const from = asMap(before[key]);
    const to = asMap(after[key]);
    for (const name of new Set([...Object.keys(from), ...Object.keys(to)]))
      note(`power_levels.${key}.${name}`, from[name], to[name]);
  }
  return changes;
}

/** Notes on the current audit entry each level that differs (powerLevelChanges). */
export function recordPowerLevelChanges(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): void {
  for (const { field, from, to } of powerLevelChanges(before, after)) recordChange(field, from, to);
}
