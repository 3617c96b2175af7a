import { ActionError } from "@/lib/actions/action-result";
import type { CreateRoomInput } from "@/lib/schemas/room-create";
import { serverNameOf } from "@/lib/schemas/matrix-id";
import { isSynapseError, type SynapseClient } from "@/lib/synapse";
import type { InitialStateEvent, NewRoomRequest } from "@/lib/synapse/room-create";

export type CreatedRoom = { roomId: string; alias: string | null; space: boolean };

/** The level the console's account keeps in every room it creates, so it can still manage it. */
export const SERVICE_LEVEL = 100;

/**
 * Synapse's own event levels for a new room (room versions before 12). createRoom merges the
 * override shallowly, so custom event levels must carry these along or they would be lost.
 */
export const SYNAPSE_DEFAULT_EVENT_LEVELS: Readonly<Record<string, number>> = {
  "m.room.name": 50,
  "m.room.power_levels": 100,
  "m.room.history_visibility": 100,
  "m.room.canonical_alias": 50,
  "m.room.avatar": 50,
  "m.room.tombstone": 100,
  "m.room.server_acl": 100,
  "m.room.encryption": 100,
};

const MEGOLM = "m.megolm.v1.aes-sha2";

/** The full alias the localpart makes on this server, or null without one. */
export function fullAlias(aliasLocalpart: string, serverName: string): string | null {
  return aliasLocalpart ? `#${aliasLocalpart}:${serverName}` : null;
}

function powerLevelOverride(input: CreateRoomInput, serviceUserId: string) {
  const override: Record<string, unknown> = {};
  if (input.userLevels.length > 0) {
    // Synapse refuses a users map without the creator; the console's account keeps its level last.
    const users = Object.fromEntries(input.userLevels.map((row) => [row.userId, row.level]));
    override.users = { ...users, [serviceUserId]: SERVICE_LEVEL };
  }
  if (input.eventLevels.length > 0) {
    const events = Object.fromEntries(input.eventLevels.map((row) => [row.eventType, row.level]));
    override.events = { ...SYNAPSE_DEFAULT_EVENT_LEVELS, ...events };
  }
  return Object.keys(override).length > 0 ? override : undefined;
}

/** Translates the form into Synapse's createRoom body; pure, so it is unit-tested. */
export function toNewRoomRequest(input: CreateRoomInput, serviceUserId: string): NewRoomRequest {
  // Join rule and history visibility go in initial_state, which wins over the preset's.
  const initialState: InitialStateEvent[] = [
    { type: "m.room.join_rules", state_key: "", content: { join_rule: input.joinRule } },
    {
      type: "m.room.history_visibility",
      state_key: "",
      content: { history_visibility: input.historyVisibility },
    },
  ];
  if (input.encrypted) {
    initialState.push({ type: "m.room.encryption", state_key: "", content: { algorithm: MEGOLM } });
  }
  return {
    ...(input.name && { name: input.name }),
    ...(input.topic && { topic: input.topic }),
    ...(input.aliasLocalpart && { room_alias_name: input.aliasLocalpart }),
    visibility: input.visibility,
    preset: input.joinRule === "public" ? "public_chat" : "private_chat",
    invite: input.invites,
    initial_state: initialState,
    power_level_content_override: powerLevelOverride(input, serviceUserId),
    ...(input.space && { creation_content: { type: "m.space" } }),
  };
}

/**
 * Synapse invites local users who do not exist without complaint, leaving a dangling invite;
 * they are refused here, before the room exists. Remote users are Synapse's to judge.
 */
export async function assertLocalInviteesExist(
  synapse: SynapseClient,
  invites: string[],
  serverName: string,
) {
  for (const userId of invites.filter((id) => serverNameOf(id) === serverName)) {
    const exists = await synapse.users.get(userId).then(
      () => true,
      (error: unknown) => {
        if (isSynapseError(error, "not_found")) return false;
        throw error;
      },
    );
    if (!exists) {
      throw new ActionError(`There is no user ${userId} on this homeserver to invite.`);
    }
  }
}

/** Says in the person's words why Synapse refused; other errors pass unchanged. */
export function explainCreateFailure(error: unknown, alias: string | null): unknown {
  if (!isSynapseError(error)) return error;
  if (error.errcode === "M_ROOM_IN_USE") {
    return new ActionError(
      `The alias ${alias ?? ""} is already taken by another room. Choose another alias.`,
    );
  }
  if (error.kind === "bad_request" && error.synapseMessage) {
    return new ActionError(
      `Synapse refused to create the room: ${error.synapseMessage.replace(/\.+$/, "")}.`,
    );
  }
  return error;
}
