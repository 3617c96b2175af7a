"use server";

import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { redeliver } from "@/lib/data/event-deliveries";
import { deliveryIdSchema } from "@/lib/schemas/event-subscription";
import { defineAction } from "./define-action";

/** Queues a failed notification or webhook delivery again, with a fresh set of attempts. */
export const redeliverDelivery = defineAction({
  name: "delivery.redeliver",
  role: "admin",
  input: deliveryIdSchema,
  mutates: true,
  target: (input) => ({ type: "console", id: `delivery:${input.id}` }),
  targetsUsers: TARGETS_NO_USER,
  run: async (input) => redeliver(input.id),
});
