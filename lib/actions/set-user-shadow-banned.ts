"use server";

import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import {
  readShadowBannedBefore,
  setUserShadowBanned as setShadowBanned,
} from "@/lib/operations/set-user-shadow-banned";
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
  readBefore: async (input) => readShadowBannedBefore(await getServiceSynapse(), input.userId),
  run: async (input, { before }) => setShadowBanned(await getServiceSynapse(), input, before),
});
