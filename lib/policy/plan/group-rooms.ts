import type { PolicyDocument, PolicyJoinedRoom, PolicyUser } from "@/lib/policy/document/schema";

/** Each group's rooms by the group's name (the parser refuses a name used twice; the first counts). */
export type GroupRooms = ReadonlyMap<string, readonly PolicyJoinedRoom[]>;

export function indexGroups(policy: PolicyDocument): GroupRooms {
  const groups = new Map<string, readonly PolicyJoinedRoom[]>();
  for (const group of policy.groups ?? []) {
    if (!groups.has(group.name)) groups.set(group.name, group.joinedRooms ?? []);
  }
  return groups;
}

export type ExpandedRooms = {
  /** The user's joinedRooms followed by the rooms their groups add, one entry per room. */
  rooms: PolicyJoinedRoom[];
  /** Group names the policy does not declare (the parser refuses them; the planner ignores them). */
  unknownGroups: string[];
};

/**
 * The rooms a user is in once their groups are expanded. A room is the same room however it is
 * written (`resolve` turns a declared alias into the room's ID once it exists). The user's own
 * joinedRooms entry wins over any group's for the same room, even at a lower level; between
 * groups the higher level wins (a missing level is 0). An inactive user is in no room at all.
 */
export function expandJoinedRooms(
  user: PolicyUser,
  groups: GroupRooms,
  resolve: (reference: string) => string = (reference) => reference,
): ExpandedRooms {
  if (!user.active) return { rooms: [], unknownGroups: [] };
  const own = new Map<string, PolicyJoinedRoom>();
  for (const room of user.joinedRooms ?? []) {
    const roomId = resolve(room.roomId);
    if (!own.has(roomId)) own.set(roomId, room);
  }
  const fromGroups = new Map<string, PolicyJoinedRoom>();
  const unknownGroups: string[] = [];
  for (const name of new Set(user.groups ?? [])) {
    const rooms = groups.get(name);
    if (!rooms) {
      unknownGroups.push(name);
      continue;
    }
    for (const room of rooms) {
      const roomId = resolve(room.roomId);
      if (own.has(roomId)) continue;
      const earlier = fromGroups.get(roomId);
      if (!earlier || (room.powerLevel ?? 0) > (earlier.powerLevel ?? 0)) {
        fromGroups.set(roomId, { roomId: room.roomId, powerLevel: room.powerLevel ?? 0 });
      }
    }
  }
  return { rooms: [...own.values(), ...fromGroups.values()], unknownGroups };
}
