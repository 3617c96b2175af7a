"use server";

import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { readRateLimitBefore, setRateLimit as setLimit } from "@/lib/operations/set-rate-limit";
import { rateLimitSchema } from "@/lib/schemas/user-actions";
import { defineAction } from "./define-action";

export const setRateLimit = defineAction({
  name: "user.set_ratelimit",
  role: "operator",
  input: rateLimitSchema,
  mutates: true,
  target: (input) => ({ type: "user", id: input.userId }),
  targetsUsers: (input) => ({ userIds: [input.userId], effect: "change" }),
  readBefore: async ({ userId }) => readRateLimitBefore(await getServiceSynapse(), userId),
  run: async ({ userId, limit }, { before }) =>
    setLimit(await getServiceSynapse(), userId, limit, before),
});
