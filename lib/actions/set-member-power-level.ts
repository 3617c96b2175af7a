"use server";

import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { roomAdminLevelRefusal } from "@/lib/operations/room-admin-level";
import { setMemberPowerLevel } from "@/lib/operations/set-member-power-level";
import { setPowerLevelSchema } from "@/lib/schemas/room-actions";
import { ActionError } from "./action-result";
import { defineAction } from "./define-action";

export const setRoomPowerLevel = defineAction({
  name: "room.set_power_level",
  role: "operator",
  input: setPowerLevelSchema,
  mutates: true,
  target: (input) => ({ type: "room", id: input.roomId }),
  targetsUsers: (input) => ({ userIds: [input.userId], effect: "change" }),
  run: async (input, { actor }) => {
    const refusal = roomAdminLevelRefusal(actor, input.roomId, { [input.userId]: input.level });
    if (refusal) throw new ActionError(refusal);
    return setMemberPowerLevel(await getServiceSynapse(), input);
  },
});
