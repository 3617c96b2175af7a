"use server";

import { ActionError } from "@/lib/actions/action-result";
import { connectionFromInput } from "@/lib/homeserver/connection-from-input";
import { toServiceAccountConfig } from "@/lib/homeserver/connection";
import { authorizeConnectionChange } from "@/lib/homeserver/setup-access";
import { setupRequestSchema } from "@/lib/schemas/homeserver";
import { diagnoseConnection } from "@/lib/synapse";
import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { defineAction } from "./define-action";

/** "Test connection": says exactly what is wrong, or which Synapse and account the console would use. */
export const testConnection = defineAction({
  name: "homeserver.test_connection",
  input: setupRequestSchema,
  // Under the shared-secret method the test registers the console's bot, which is a change.
  mutates: true,
  target: (input) => ({ type: "homeserver", id: input.connection.baseUrl }),
  targetsUsers: TARGETS_NO_USER,
  authorize: (input) => authorizeConnectionChange(input.setupToken),
  run: async (input) => {
    const result = await diagnoseConnection(
      toServiceAccountConfig(connectionFromInput(input.connection)),
    );
    if (!result.ok) throw new ActionError(result.message);
    return { serverVersion: result.serverVersion, serviceUserId: result.serviceUserId };
  },
});
