"use server";

import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { clearRateLimit as clearLimit, readRateLimitBefore } from "@/lib/operations/set-rate-limit";
import { userIdSchema } from "@/lib/schemas/user-actions";
import { defineAction } from "./define-action";

export const clearRateLimit = defineAction({
  name: "user.clear_ratelimit",
  role: "operator",
  input: userIdSchema,
  mutates: true,
  target: (input) => ({ type: "user", id: input.userId }),
  targetsUsers: (input) => ({ userIds: [input.userId], effect: "change" }),
  readBefore: async ({ userId }) => readRateLimitBefore(await getServiceSynapse(), userId),
  run: async ({ userId }, { before }) => clearLimit(await getServiceSynapse(), userId, before),
});
