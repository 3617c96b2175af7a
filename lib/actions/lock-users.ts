"use server";

import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { forEachUser } from "@/lib/operations/for-each-user";
import { setUserLocked } from "@/lib/operations/set-user-locked";
import { bulkUsersSchema } from "@/lib/schemas/bulk-user-actions";
import { defineAction } from "./define-action";

/** Locks many users (they cannot use their account until unlocked), one audited change each. */
export const lockUsers = defineAction({
  name: "user.lock",
  role: "operator",
  input: bulkUsersSchema,
  mutates: false,
  run: async ({ userIds }, { actor }) => {
    const synapse = await getServiceSynapse();
    return forEachUser({ actor, action: "user.lock", userIds }, (userId) =>
      setUserLocked(synapse, { userId, enabled: true }),
    );
  },
});
