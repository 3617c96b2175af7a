"use server";

import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { setDisplayName } from "@/lib/operations/set-display-name";
import { setDisplayNameSchema } from "@/lib/schemas/user";
import { defineAction } from "./define-action";

export const updateDisplayName = defineAction({
  name: "user.set_displayname",
  role: "operator",
  input: setDisplayNameSchema,
  mutates: true,
  target: (input) => ({ type: "user", id: input.userId }),
  targetsUsers: (input) => ({ userIds: [input.userId], effect: "change" }),
  run: async (input) => setDisplayName(await getServiceSynapse(), input),
});
