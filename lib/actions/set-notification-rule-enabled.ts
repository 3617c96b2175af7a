"use server";

import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { setSubscriptionEnabled } from "@/lib/data/event-subscriptions";
import { setSubscriptionEnabledSchema } from "@/lib/schemas/event-subscription";
import { defineAction } from "./define-action";

/** Pauses a notification rule (events meanwhile are not sent later) or resumes it. */
export const setNotificationRuleEnabled = defineAction({
  name: "notification_rule.set_enabled",
  role: "admin",
  input: setSubscriptionEnabledSchema,
  mutates: true,
  target: (input) => ({ type: "console", id: `notification-rule:${input.id}` }),
  targetsUsers: TARGETS_NO_USER,
  run: async (input, { actor }) =>
    setSubscriptionEnabled(input.id, "room", input.enabled, actor.id),
});
