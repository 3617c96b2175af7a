import { ActionError } from "@/lib/actions/action-result";
import { recordPowerLevelChanges } from "@/lib/audit/power-level-changes";
import type { SetPowerLevelInput } from "@/lib/schemas/room-actions";
import { isSynapseError, type SynapseClient } from "@/lib/synapse";

const asObject = (value: unknown): Record<string, unknown> =>
  value && typeof value === "object" ? (value as Record<string, unknown>) : {};

/**
 * Sets one user's power level by sending a new m.room.power_levels event as the service account;
 * every other level in the event is kept as it is. The admin API has no endpoint for this.
 */
export async function setMemberPowerLevel(synapse: SynapseClient, input: SetPowerLevelInput) {
  const state = await synapse.rooms.state(input.roomId);
  const event = state.find((item) => item.type === "m.room.power_levels" && item.state_key === "");
  if (!event) throw new ActionError(`${input.roomId} has no power levels to change.`);
  const users = asObject(event.content.users);
  const before = users[input.userId];
  const content = { ...event.content, users: { ...users, [input.userId]: input.level } };
  try {
    await synapse.rooms.setPowerLevels(input.roomId, content);
  } catch (error) {
    if (!isSynapseError(error, "forbidden")) throw error;
    const { user_id: serviceId } = await synapse.session.whoAmI();
    throw new ActionError(
      `The console's account ${serviceId} may not change power levels in this room. Make it a room admin first, then try again.`,
    );
  }
  // The state read above is the before; Synapse answers with an event ID only.
  recordPowerLevelChanges(event.content, content);
  return {
    roomId: input.roomId,
    userId: input.userId,
    before: typeof before === "number" ? before : null,
    after: input.level,
  };
}

/** The room's m.room.power_levels content; empty when it has none. */
async function readPowerLevels(synapse: SynapseClient, roomId: string) {
  const events = await synapse.rooms.stateOfType(roomId, "m.room.power_levels");
  return events.find((item) => item.state_key === "")?.content ?? {};
}

/**
 * Makes a user room admin with Synapse's make_room_admin, which gives them the room's top power
 * (and invites or joins them), recording the levels it changed. Synapse answers {}, so the levels
 * are read before and after: one extra GET .../state?type=m.room.power_levels each.
 */
export async function makeUserRoomAdmin(synapse: SynapseClient, roomId: string, userId: string) {
  const before = await readPowerLevels(synapse, roomId);
  await synapse.rooms.makeAdmin(roomId, userId);
  recordPowerLevelChanges(before, await readPowerLevels(synapse, roomId));
  return { roomId, userId };
}

/** Makes the service account a room admin and joins it, so it can send state events there. */
export async function makeServiceRoomAdmin(synapse: SynapseClient, roomId: string) {
  const { user_id: serviceId } = await synapse.session.whoAmI();
  await makeUserRoomAdmin(synapse, roomId, serviceId);
  // make_room_admin only invites a user who is not in a non-public room, and the admin join
  // refuses a requester outside the room, so the account accepts its invite itself.
  const members = await synapse.rooms.members(roomId);
  if (!members.includes(serviceId)) await synapse.rooms.joinAsService(roomId);
  return { roomId, userId: serviceId };
}
