"use server";

import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { findDeliveryPage } from "@/lib/data/event-deliveries";
import { deliveryLogQuerySchema } from "@/lib/schemas/event-subscription";
import { defineAction } from "./define-action";

/** Read-only: a page of the delivery log, which the settings page polls. Admin only, like the page. */
export const findDeliveries = defineAction({
  name: "delivery.list",
  role: "admin",
  input: deliveryLogQuerySchema,
  mutates: false,
  targetsUsers: TARGETS_NO_USER,
  run: async (input) => findDeliveryPage(input),
});
