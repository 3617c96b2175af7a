"use server";

import { runAudited } from "@/lib/audit/run-audited";
import { getHomeserverOrThrow } from "@/lib/homeserver/get-homeserver";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import {
  assertLocalInviteesExist,
  explainCreateFailure,
  fullAlias,
  SERVICE_LEVEL,
  toNewRoomRequest,
  type CreatedRoom,
} from "@/lib/operations/create-room";
import { createRoomSchema } from "@/lib/schemas/room-create";
import { ActionError } from "./action-result";
import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { defineAction } from "./define-action";

/**
 * Creates a room as the console's account. The room ID exists only once Synapse made it, so the
 * audit entry (written before the call) targets the full alias, or "new" without one; the wrapper
 * cannot build that alias, which needs the server name, so run audits the creation itself.
 */
export const createRoom = defineAction({
  name: "room.create",
  role: "operator",
  input: createRoomSchema,
  mutates: false,
  targetsUsers: TARGETS_NO_USER,
  run: async (input, { actor, requestId }): Promise<CreatedRoom> => {
    const { serverName } = await getHomeserverOrThrow();
    const synapse = await getServiceSynapse();
    const { user_id: serviceUserId } = await synapse.session.whoAmI();
    const ownRow = input.userLevels.find((row) => row.userId === serviceUserId);
    if (ownRow && ownRow.level !== SERVICE_LEVEL) {
      throw new ActionError(
        `The console's account ${serviceUserId} keeps level ${SERVICE_LEVEL} in rooms it creates, so it can manage them; remove its row.`,
      );
    }
    await assertLocalInviteesExist(synapse, input.invites, serverName);
    const alias = fullAlias(input.aliasLocalpart, serverName);
    const target = { type: "room" as const, id: alias ?? "new" };
    try {
      const created = await runAudited(
        { actor, action: "room.create", target, input, requestId },
        () => synapse.rooms.create(toNewRoomRequest(input, serviceUserId)),
      );
      return { roomId: created.roomId, alias: created.alias ?? alias, space: input.space };
    } catch (error) {
      // Mapped after runAudited, so the audit row keeps Synapse's own errcode.
      throw explainCreateFailure(error, alias);
    }
  },
});
