"use server";

import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { createWebhook as createHook } from "@/lib/data/event-subscriptions";
import { createWebhookSchema } from "@/lib/schemas/event-subscription";
import { assertAllowedAddress } from "./allowed-address";
import { defineAction } from "./define-action";

/**
 * Subscribes a URL to the events it matches: each is POSTed as JSON signed with a new secret,
 * returned this once (the audit keeps neither it nor the URL). The address rules are checked now,
 * after DNS, and again at each delivery.
 */
export const createWebhook = defineAction({
  name: "webhook.create",
  role: "admin",
  input: createWebhookSchema,
  mutates: true,
  target: (input) => ({ type: "console", id: `webhook:${input.name}` }),
  targetsUsers: TARGETS_NO_USER,
  run: async (input, { actor }) => {
    const rules = { subject: "webhook", allowPrivate: input.webhookAllowPrivate };
    await assertAllowedAddress(input.webhookUrl, rules);
    return createHook({ ...input, createdBy: actor.id });
  },
});
