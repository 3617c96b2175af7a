import { avatarSourceHash } from "@/lib/policy/avatar/source-hash";
import type { CurrentRoom, CurrentState, CurrentUser } from "@/lib/policy/state";
import type { PolicyAction } from "../actions";

/**
 * For tests: the state Synapse would be in after the actions succeed, as the live reader would
 * report it (a picture's source hash recorded, a joiner at the room's default power, a created
 * room found by its alias). Planning again from it must find nothing left to do.
 */
export function applyToState(state: CurrentState, actions: readonly PolicyAction[]): CurrentState {
  const users = new Map(state.users.map((user) => [user.id, structuredClone(user)]));
  const rooms = new Map((state.rooms ?? []).map((room) => [room.roomId, { ...room }]));
  const roomIdOf = (reference: string) =>
    [...rooms.values()].find((room) => room.alias === reference)?.roomId ?? reference;
  const userOf = (userId: string): CurrentUser => {
    const user = users.get(userId);
    if (!user) throw new Error(`${userId} does not exist when an action needs them`);
    return user;
  };
  for (const action of actions) {
    switch (action.type) {
      case "room.create": {
        const { alias, powerLevels } = action.payload;
        const roomId = `!created-${alias.slice(1, alias.indexOf(":"))}:example.org`;
        const created: CurrentRoom = { roomId, alias, serviceAccountPower: 100 };
        if (powerLevels?.users_default !== undefined)
          created.usersDefault = powerLevels.users_default;
        rooms.set(roomId, created);
        break;
      }
      case "user.create": {
        const { userId, displayName, admin, userType } = action.payload;
        users.set(userId, {
          id: userId,
          active: true,
          displayName: displayName ?? null,
          avatarMxcUri: null,
          avatarSourceUriHash: null,
          joinedRooms: [],
          admin: admin ?? false,
          userType: userType ?? null,
        });
        break;
      }
      case "user.activate":
      case "user.deactivate":
        userOf(action.payload.userId).active = action.type === "user.activate";
        break;
      case "user.set_display_name":
        userOf(action.payload.userId).displayName = action.payload.displayName;
        break;
      case "user.set_avatar": {
        const user = userOf(action.payload.userId);
        const { avatarUri } = action.payload;
        user.avatarMxcUri = avatarUri
          ? `mxc://example.org/${avatarSourceHash(avatarUri).slice(0, 12)}`
          : null;
        user.avatarSourceUriHash = avatarUri ? avatarSourceHash(avatarUri) : null;
        break;
      }
      case "user.set_admin":
        userOf(action.payload.userId).admin = action.payload.admin;
        break;
      case "user.set_type":
        userOf(action.payload.userId).userType = action.payload.userType;
        break;
      case "room.join": {
        const roomId = roomIdOf(action.payload.roomId);
        const powerLevel = rooms.get(roomId)?.usersDefault ?? 0;
        userOf(action.payload.userId).joinedRooms.push({ roomId, powerLevel });
        break;
      }
      case "room.leave": {
        const user = userOf(action.payload.userId);
        const roomId = roomIdOf(action.payload.roomId);
        user.joinedRooms = user.joinedRooms.filter((room) => room.roomId !== roomId);
        break;
      }
      case "room.users_set_power_levels": {
        const roomId = roomIdOf(action.payload.roomId);
        for (const [userId, level] of Object.entries(action.payload.roomPowerForUserId)) {
          const membership = userOf(userId).joinedRooms.find((room) => room.roomId === roomId);
          if (membership) membership.powerLevel = level;
        }
        break;
      }
    }
  }
  const knowsRooms = state.rooms !== undefined || rooms.size > 0;
  return { users: [...users.values()], ...(knowsRooms ? { rooms: [...rooms.values()] } : {}) };
}
