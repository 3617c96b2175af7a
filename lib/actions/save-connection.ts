"use server";

import { adoptConnection } from "@/lib/homeserver/adopt-connection";
import { connectionFromInput } from "@/lib/homeserver/connection-from-input";
import { authorizeConnectionChange } from "@/lib/homeserver/setup-access";
import { setupRequestSchema } from "@/lib/schemas/homeserver";
import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { defineAction } from "./define-action";

/** Checks the connection end to end and saves it, with its secret encrypted. */
export const saveConnection = defineAction({
  name: "homeserver.save_connection",
  input: setupRequestSchema,
  // adoptConnection writes its own audit record ("homeserver.connect") around the Synapse work.
  mutates: false,
  targetsUsers: TARGETS_NO_USER,
  authorize: (input) => authorizeConnectionChange(input.setupToken),
  run: async (input, { actor }) => {
    const result = await adoptConnection(connectionFromInput(input.connection), actor);
    return { serverVersion: result.serverVersion, serviceUserId: result.serviceUserId };
  },
});
