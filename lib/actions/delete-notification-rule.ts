"use server";

import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { deleteSubscription } from "@/lib/data/event-subscriptions";
import { subscriptionIdSchema } from "@/lib/schemas/event-subscription";
import { defineAction } from "./define-action";

/** Deletes a notification rule and its deliveries, sent or not. */
export const deleteNotificationRule = defineAction({
  name: "notification_rule.delete",
  role: "admin",
  input: subscriptionIdSchema,
  mutates: true,
  target: (input) => ({ type: "console", id: `notification-rule:${input.id}` }),
  targetsUsers: TARGETS_NO_USER,
  run: async (input) => deleteSubscription(input.id, "room"),
});
