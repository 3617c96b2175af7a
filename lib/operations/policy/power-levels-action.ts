import { ActionError } from "@/lib/actions/action-result";
import { recordPowerLevelChanges } from "@/lib/audit/power-level-changes";
import { powerOf, readPowerLevels } from "@/lib/policy/live/power-levels";
import { isSynapseError } from "@/lib/synapse";
import type { ActionHandler, PolicyActionOf } from "./action-handler";
import { getRoomIdOrThrow, type PolicyApplyContext } from "./apply-context";

/** The room's m.room.power_levels content: GET /_synapse/admin/v1/rooms/<id>/state?type=… */
async function powerLevelsContent(context: PolicyApplyContext, roomId: string) {
  const events = await context.synapse.rooms.stateOfType(roomId, "m.room.power_levels");
  const event = events.find((item) => item.state_key === "");
  if (!event) throw new ActionError(`${roomId} has no power levels to change.`);
  return event.content;
}

/** The sentence for a room where the console's account may not send power levels. */
function noPowerReason(context: PolicyApplyContext, room: string, detail: string) {
  return `The console's account ${context.serviceUserId} cannot change power levels in ${room}: ${detail} Use "Make the console room admin" on the room, then apply again.`;
}

/**
 * room.users_set_power_levels: the console's account sends a new m.room.power_levels with
 * PUT /_matrix/client/v3/rooms/<room>/state/m.room.power_levels, every other level kept as it is
 * (the admin API has no way to set power). It must be in the room with at least the level that
 * changing power levels needs, and Synapse also refuses raising anyone above its own level or
 * changing someone at or above it; each refusal fails the action with the reason.
 */
export const setPowerLevelsHandler: ActionHandler<PolicyActionOf<"room.users_set_power_levels">> = {
  async isStillNeeded({ payload }, context) {
    const roomId = await getRoomIdOrThrow(context, payload.roomId);
    const levels = readPowerLevels(await powerLevelsContent(context, roomId));
    return Object.entries(payload.roomPowerForUserId).some(
      ([userId, level]) => powerOf(levels, userId) !== level,
    );
  },
  async apply({ payload }, context) {
    const roomId = await getRoomIdOrThrow(context, payload.roomId);
    const content = await powerLevelsContent(context, roomId);
    const levels = readPowerLevels(content);
    const members = await context.synapse.rooms.members(roomId);
    if (!members.includes(context.serviceUserId)) {
      throw new ActionError(noPowerReason(context, payload.roomId, "it is not in the room."));
    }
    const own = powerOf(levels, context.serviceUserId);
    if (own < levels.powerLevelsChangeLevel) {
      throw new ActionError(
        noPowerReason(
          context,
          payload.roomId,
          `it has power ${own} and changing power levels needs ${levels.powerLevelsChangeLevel}.`,
        ),
      );
    }
    const users = { ...levels.users, ...payload.roomPowerForUserId };
    const after = { ...content, users };
    try {
      await context.synapse.rooms.setPowerLevels(roomId, after);
    } catch (error) {
      if (!isSynapseError(error, "forbidden")) throw error;
      const said = error.synapseMessage ?? error.message;
      throw new ActionError(noPowerReason(context, payload.roomId, `Synapse says "${said}".`));
    }
    recordPowerLevelChanges(content, after);
    return { roomId, roomPowerForUserId: payload.roomPowerForUserId };
  },
};
