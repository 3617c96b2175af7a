"use server";

import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { rateLimitSchema, type RateLimitChoice } from "@/lib/schemas/user-actions";
import type { RateLimitOverride } from "@/lib/synapse/user-admin";
import { defineAction } from "./define-action";

/** Synapse has no word for "no limit": an override of 0 messages per second (and 0) means it. */
const NO_LIMIT: RateLimitOverride = { messagesPerSecond: 0, burstCount: 0 };

const toOverride = (limit: RateLimitChoice): RateLimitOverride =>
  limit.kind === "none"
    ? NO_LIMIT
    : { messagesPerSecond: limit.messagesPerSecond, burstCount: limit.burstCount };

export const setRateLimit = defineAction({
  name: "user.set_ratelimit",
  role: "operator",
  input: rateLimitSchema,
  mutates: true,
  target: (input) => ({ type: "user", id: input.userId }),
  targetsUsers: (input) => ({ userIds: [input.userId], effect: "change" }),
  run: async ({ userId, limit }) => {
    const override = toOverride(limit);
    await (await getServiceSynapse()).users.rateLimit.set(userId, override);
    return { userId, override };
  },
});
