import { ActionError } from "@/lib/actions/action-result";
import type { InitialStateEvent } from "@/lib/synapse/room-create";
import type { ActionHandler, PolicyActionOf } from "./action-handler";
import { findRoomId, getRoomIdOrThrow, type PolicyApplyContext } from "./apply-context";

type RoomDeclaration = PolicyActionOf<"room.create">["payload"];

/** The power a room's creator has by default; the console's account keeps it in declared rooms. */
const CREATOR_POWER = 100;

/** "lobby" of "#lobby:example.org", refusing an alias of another server (Synapse would make its own). */
function aliasLocalpart(alias: string, serverName: string): string {
  const colon = alias.indexOf(":");
  if (alias.slice(colon + 1) !== serverName) {
    throw new ActionError(`${alias} is not an alias of this server (${serverName}).`);
  }
  return alias.slice(1, colon);
}

function initialState(room: RoomDeclaration, parentId: string | null, serverName: string) {
  const events: InitialStateEvent[] = [];
  if (room.joinRule) {
    const restricted = room.joinRule === "restricted" || room.joinRule === "knock_restricted";
    const allow =
      restricted && parentId ? [{ type: "m.room_membership", room_id: parentId }] : undefined;
    events.push({ type: "m.room.join_rules", content: { join_rule: room.joinRule, allow } });
  }
  if (room.historyVisibility) {
    events.push({
      type: "m.room.history_visibility",
      content: { history_visibility: room.historyVisibility },
    });
  }
  if (room.encrypted) {
    events.push({ type: "m.room.encryption", content: { algorithm: "m.megolm.v1.aes-sha2" } });
  }
  if (parentId) {
    events.push({
      type: "m.space.parent",
      state_key: parentId,
      content: { via: [serverName], canonical: true },
    });
  }
  return events;
}

/**
 * room.create: the console's account creates the declared room or space with
 * POST /_matrix/client/v3/createRoom (the admin API creates no rooms): its alias, name, topic,
 * join rule, history visibility, encryption and power levels, keeping creator power for itself so
 * it can manage the room later. A room with a parent space gets m.space.parent at creation and
 * the space an m.space.child for it (the plan creates spaces first). Not listed in the directory.
 */
export const createRoomHandler: ActionHandler<PolicyActionOf<"room.create">> = {
  isStillNeeded: async ({ payload }, context) =>
    (await findRoomId(context, payload.alias)) === null,
  async apply({ payload: room }, context) {
    const localpart = aliasLocalpart(room.alias, context.serverName);
    const parentId = room.parent ? await getRoomIdOrThrow(context, room.parent) : null;
    const powerLevels = room.powerLevels as Record<string, unknown> | undefined;
    const users = (powerLevels?.users ?? {}) as Record<string, unknown>;
    const created = await context.synapse.rooms.create({
      name: room.name,
      topic: room.topic,
      room_alias_name: localpart,
      visibility: "private",
      preset: room.joinRule === "public" ? "public_chat" : "private_chat",
      initial_state: initialState(room, parentId, context.serverName),
      power_level_content_override: {
        ...powerLevels,
        users: { ...users, [context.serviceUserId]: CREATOR_POWER },
      },
      ...(room.isSpace ? { creation_content: { type: "m.space" } } : {}),
    });
    context.roomIds.set(room.alias, created.roomId);
    if (parentId) await addToSpace(context, parentId, created.roomId);
    return { roomId: created.roomId, alias: room.alias };
  },
};

async function addToSpace(context: PolicyApplyContext, spaceId: string, roomId: string) {
  await context.synapse.rooms.setState(spaceId, {
    type: "m.space.child",
    stateKey: roomId,
    content: { via: [context.serverName] },
  });
}
