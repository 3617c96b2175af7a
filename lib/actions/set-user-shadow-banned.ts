"use server";

import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { userFlagSchema } from "@/lib/schemas/user-actions";
import { defineAction } from "./define-action";

export const setUserShadowBanned = defineAction({
  name: "user.set_shadow_banned",
  role: "operator",
  input: userFlagSchema,
  mutates: true,
  target: (input) => ({ type: "user", id: input.userId }),
  targetsUsers: (input) => ({
    userIds: [input.userId],
    effect: input.enabled ? "shadow_ban" : "change",
  }),
  run: async (input) => {
    await (await getServiceSynapse()).users.setShadowBanned(input.userId, input.enabled);
    return { userId: input.userId, shadowBanned: input.enabled };
  },
});
