"use server";

import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { setUserShadowBanned as setShadowBanned } from "@/lib/operations/set-user-shadow-banned";
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
  run: async (input) => setShadowBanned(await getServiceSynapse(), input),
});
