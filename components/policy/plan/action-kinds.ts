/** The planner's action types in the order a plan runs them, each with its group's heading. */
export const ACTION_KINDS = [
  { type: "room.create", label: "Rooms to create" },
  { type: "user.create", label: "Users to create" },
  { type: "user.activate", label: "Users to reactivate" },
  { type: "user.set_display_name", label: "Display names" },
  { type: "user.set_avatar", label: "Avatars" },
  { type: "user.set_admin", label: "Server admin" },
  { type: "user.set_type", label: "User types" },
  { type: "room.join", label: "Room joins" },
  { type: "room.users_set_power_levels", label: "Power levels" },
  { type: "room.leave", label: "Room leaves" },
  { type: "user.deactivate", label: "Users to deactivate" },
] as const;

/** One action as the plan page shows it. */
export type PlanRow = { key: string; type: string; sentence: string };

/** The heading of a type's group; an unknown type is shown as it is named. */
export function kindLabel(type: string): string {
  return ACTION_KINDS.find((kind) => kind.type === type)?.label ?? type;
}

/** How many actions of each type, in plan order, only types the plan has. */
export function countByKind(rows: PlanRow[]): { type: string; label: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.type, (counts.get(row.type) ?? 0) + 1);
  const known: string[] = ACTION_KINDS.map((kind) => kind.type);
  const order = [...known, ...[...counts.keys()].filter((type) => !known.includes(type))];
  return order
    .filter((type) => counts.has(type))
    .map((type) => ({ type, label: kindLabel(type), count: counts.get(type) ?? 0 }));
}
