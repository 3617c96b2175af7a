"use server";

import { getHomeserverOrThrow } from "@/lib/homeserver/get-homeserver";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { deactivateUser } from "@/lib/operations/deactivate-user";
import { forEachUser } from "@/lib/operations/for-each-user";
import { bulkUsersSchema } from "@/lib/schemas/bulk-user-actions";
import { ActionError } from "./action-result";
import { defineAction } from "./define-action";

/** Deactivates many users (each logged out everywhere), one audited change per user. */
export const deactivateUsers = defineAction({
  name: "user.deactivate",
  role: "admin",
  input: bulkUsersSchema,
  // Each user's deactivation is audited on its own inside run.
  mutates: false,
  run: async ({ userIds }, { actor }) => {
    const [synapse, { serviceUserId }] = await Promise.all([
      getServiceSynapse(),
      getHomeserverOrThrow(),
    ]);
    return forEachUser(
      { actor, action: "user.deactivate", userIds, details: { erase: false } },
      async (userId) => {
        // Either would lock the console (or this person) out of the homeserver for good.
        if (userId === serviceUserId)
          throw new ActionError(`${userId} is the console's own service account; it stays active.`);
        if (userId === actor.id) throw new ActionError("You cannot deactivate yourself here.");
        await deactivateUser(synapse, { userId, erase: false });
      },
    );
  },
});
