"use server";

import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { rateLimitSchema } from "@/lib/schemas/user-actions";
import { defineAction } from "./define-action";

export const setRateLimit = defineAction({
  name: "user.set_ratelimit",
  role: "operator",
  input: rateLimitSchema,
  mutates: true,
  target: (input) => ({ type: "user", id: input.userId }),
  targetsUsers: (input) => ({ userIds: [input.userId], effect: "change" }),
  run: async ({ userId, messagesPerSecond, burstCount }) => {
    await (
      await getServiceSynapse()
    ).users.rateLimit.set(userId, { messagesPerSecond, burstCount });
    return { userId, messagesPerSecond, burstCount };
  },
});
