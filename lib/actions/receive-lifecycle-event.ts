"use server";

import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { queueLifecycleApply } from "@/lib/lifecycle/queue-apply";
import { receiveLifecycleEvent as receiveEvent } from "@/lib/lifecycle/receive-event";
import { lifecycleEventSchema } from "@/lib/schemas/lifecycle";
import { defineAction } from "./define-action";

/**
 * Takes an identity system's lifecycle event (POST /api/v1/lifecycle/events): its change saved
 * into the policy as the sender, then the lifecycle run queued to apply the user's part. Admin
 * only, like applying a plan: an event may deactivate or erase an account.
 */
export const receiveLifecycleEvent = defineAction({
  name: "lifecycle.event",
  role: "admin",
  input: lifecycleEventSchema,
  mutates: true,
  target: (input) => ({ type: "user", id: input.userId }),
  // The event changes the policy; the run applies it with each user checked by the rule then.
  targetsUsers: TARGETS_NO_USER,
  run: async (input, { actor }) => {
    const received = await receiveEvent(input, { actor });
    if (received.status === "pending" && !received.replay) await queueLifecycleApply();
    return received;
  },
});
