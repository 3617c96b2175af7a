import { ActionError } from "@/lib/actions/action-result";
import { isSynapseError } from "@/lib/synapse";
import type { ActionHandler, PolicyActionOf } from "./action-handler";
import { findRoomId, getRoomIdOrThrow, type PolicyApplyContext } from "./apply-context";

/** A login-as-user token lives this long at most, should its logout fail. */
const PUPPET_TOKEN_MS = 5 * 60_000;

/**
 * Whether the user is joined to the room: from the members read for the chunk being applied, or
 * else GET /_synapse/admin/v1/users/<id>/joined_rooms.
 */
async function isJoined(context: PolicyApplyContext, userId: string, roomId: string) {
  const members = context.joinedByRoom.get(roomId);
  if (members) return members.has(userId);
  return (await context.synapse.users.joinedRooms(userId)).includes(roomId);
}

/** The chunk's members after a change the console made, so later re-checks see it. */
function noteMembership(
  context: PolicyApplyContext,
  userId: string,
  roomId: string,
  joined: boolean,
) {
  const members = context.joinedByRoom.get(roomId);
  if (joined) members?.add(userId);
  else members?.delete(userId);
}

/**
 * room.join: POST /_synapse/admin/v1/join/<room>, Synapse's admin join. For a room that is not
 * public Synapse first invites the user as the console's account, so that account must be in the
 * room with power to invite; otherwise the join fails with that reason.
 */
export const joinRoomHandler: ActionHandler<PolicyActionOf<"room.join">> = {
  async isStillNeeded({ payload }, context) {
    const roomId = await findRoomId(context, payload.roomId);
    // A room the plan creates may not exist yet; the join then fails and says so.
    return roomId === null || !(await isJoined(context, payload.userId, roomId));
  },
  async apply({ payload }, context) {
    const roomId = await getRoomIdOrThrow(context, payload.roomId);
    try {
      await context.synapse.rooms.join(roomId, payload.userId);
      noteMembership(context, payload.userId, roomId, true);
    } catch (error) {
      if (!isSynapseError(error, "forbidden")) throw error;
      throw new ActionError(
        `Synapse refused to join ${payload.userId} to ${payload.roomId}: ${error.synapseMessage ?? error.message} For a room that is not public, the console's account ${context.serviceUserId} must be in it with power to invite: use "Make the console room admin" on the room, then apply again.`,
      );
    }
    return { userId: payload.userId, roomId };
  },
};

/**
 * room.leave: the user leaves by themself, as corporal does: the console mints a short-lived
 * token for them with POST /_synapse/admin/v1/users/<id>/login (no device is made), sends
 * POST /_matrix/client/v3/rooms/<room>/leave with it and logs it out again. A member's own leave
 * needs no power in the room, so it works in rooms where the console's account has none and for
 * members of equal or higher power, whom a kick cannot remove (Synapse's event_auth: a kick needs
 * the kick level and more power than the member). Two exceptions: the console's own account
 * leaves with its own token (Synapse refuses a login as oneself), and a locked user, whose tokens
 * Synapse refuses, is kicked by the console's account when it has the power to.
 */
export const leaveRoomHandler: ActionHandler<PolicyActionOf<"room.leave">> = {
  async isStillNeeded({ payload }, context) {
    const roomId = await findRoomId(context, payload.roomId);
    return roomId !== null && (await isJoined(context, payload.userId, roomId));
  },
  async apply({ payload }, context) {
    const roomId = await getRoomIdOrThrow(context, payload.roomId);
    const how = await leave(context, payload.userId, roomId);
    noteMembership(context, payload.userId, roomId, false);
    return { userId: payload.userId, roomId, how };
  },
};

/** The leave itself, as room.leave describes it; says how the user left. */
async function leave(context: PolicyApplyContext, userId: string, roomId: string) {
  const { synapse } = context;
  if (userId === context.serviceUserId) {
    await synapse.rooms.leave(roomId);
    return "left";
  }
  const { access_token: token } = await synapse.users.loginAs(userId, {
    validUntilMs: Date.now() + PUPPET_TOKEN_MS,
  });
  try {
    await synapse.rooms.leave(roomId, token);
    return "left";
  } catch (error) {
    if (!isSynapseError(error) || error.errcode !== "M_USER_LOCKED") throw error;
    await synapse.rooms.kick(roomId, userId, "Not in this room by the server's policy");
    return "removed by the console's account";
  } finally {
    await synapse.session.logout(token).catch(() => undefined);
  }
}
