"use server";

import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { createNotificationRule as createRule } from "@/lib/data/event-subscriptions";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { resolveNotificationRoom } from "@/lib/operations/notification-room";
import { createNotificationRuleSchema } from "@/lib/schemas/event-subscription";
import { defineAction } from "./define-action";

/**
 * Sends the events a rule matches to a Matrix room, as notices from the service account, from now
 * on. Admin only: the room sees what changed on the server. The service account joins the room
 * now if it was invited; a room it cannot join is refused.
 */
export const createNotificationRule = defineAction({
  name: "notification_rule.create",
  role: "admin",
  input: createNotificationRuleSchema,
  mutates: true,
  target: (input) => ({ type: "room", id: input.room }),
  targetsUsers: TARGETS_NO_USER,
  run: async (input, { actor }) => {
    const roomId = await resolveNotificationRoom(await getServiceSynapse(), input.room);
    return createRule({ ...input, roomId, roomLabel: input.room, createdBy: actor.id });
  },
});
