"use server";

import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { endSessionsOf } from "@/lib/data/sessions";
import { signOutEverywhereSchema } from "@/lib/schemas/console-sessions";
import { defineAction } from "./define-action";

/**
 * Ends every console session of the person asking, this one included: a cookie copied from any of
 * their browsers stops working. Their Matrix account and devices are not touched.
 */
export const signOutEverywhere = defineAction({
  name: "console.sign_out_everywhere",
  role: "viewer",
  input: signOutEverywhereSchema,
  mutates: true,
  targetsUsers: TARGETS_NO_USER,
  run: async (_input, { actor }) => ({
    sessionsEnded: await endSessionsOf(actor.id, "sign_out_everywhere"),
  }),
});
