"use server";

import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { countMediaOf } from "@/lib/operations/delete-all-user-media";
import { bulkUsersSchema } from "@/lib/schemas/bulk-user-actions";
import { mapWithConcurrency } from "@/lib/synapse";
import { defineAction } from "./define-action";

/** A few users at a time: one page of the users list, one small request each. */
const COUNT_CONCURRENCY = 5;

/**
 * Read-only: how many files the selected users uploaded, for the confirmation of deleting them
 * all. Admin, as the deletion it serves; a user whose count cannot be read counts as unknown.
 */
export const countUsersMedia = defineAction({
  name: "users.count_media",
  role: "admin",
  input: bulkUsersSchema,
  mutates: false,
  targetsUsers: TARGETS_NO_USER,
  run: async ({ userIds }) => {
    const synapse = await getServiceSynapse();
    const counts = await mapWithConcurrency(userIds, COUNT_CONCURRENCY, (userId) =>
      countMediaOf(synapse, userId),
    );
    const known = counts.flatMap((count) => (count.ok ? [count.value] : []));
    return {
      files: known.reduce((sum, count) => sum + count, 0),
      usersWithFiles: known.filter((count) => count > 0).length,
      unknown: counts.length - known.length,
    };
  },
});
