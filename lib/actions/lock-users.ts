"use server";

import { bulkUsersSchema } from "@/lib/schemas/bulk-user-actions";
import { defineUserBulkAction } from "./user-bulk-action";

/** Locks many users (they cannot use their account until unlocked), as a job, one audited change each. */
export const lockUsers = defineUserBulkAction({
  role: "operator",
  input: bulkUsersSchema,
  effect: "lock",
  toParams: ({ userIds }, requestedByRole) => ({ change: "lock", userIds, requestedByRole }),
});
