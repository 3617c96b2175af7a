"use server";

import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { deleteSubscription } from "@/lib/data/event-subscriptions";
import { subscriptionIdSchema } from "@/lib/schemas/event-subscription";
import { defineAction } from "./define-action";

/** Deletes a webhook, its secret and its deliveries, sent or not. */
export const deleteWebhook = defineAction({
  name: "webhook.delete",
  role: "admin",
  input: subscriptionIdSchema,
  mutates: true,
  target: (input) => ({ type: "console", id: `webhook:${input.id}` }),
  targetsUsers: TARGETS_NO_USER,
  run: async (input) => deleteSubscription(input.id, "webhook"),
});
