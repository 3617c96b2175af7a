"use server";

import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import {
  readBackgroundUpdatesEnabled,
  setBackgroundUpdatesEnabled as setEnabled,
} from "@/lib/operations/set-background-updates-enabled";
import { setBackgroundUpdatesEnabledSchema } from "@/lib/schemas/server-page";
import { defineAction } from "./define-action";

export const setBackgroundUpdatesEnabled = defineAction({
  name: "server.set_background_updates",
  role: "admin",
  input: setBackgroundUpdatesEnabledSchema,
  mutates: true,
  target: () => ({ type: "homeserver", id: "background updates" }),
  targetsUsers: TARGETS_NO_USER,
  readBefore: async () => readBackgroundUpdatesEnabled(await getServiceSynapse()),
  run: async (input, { before }) => setEnabled(await getServiceSynapse(), input, before),
});
