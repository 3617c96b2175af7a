"use server";

import { bulkUsersSchema } from "@/lib/schemas/bulk-user-actions";
import { defineUserBulkAction } from "./user-bulk-action";

/** Unlocks many users, as a job, one audited change each. */
export const unlockUsers = defineUserBulkAction({
  role: "operator",
  input: bulkUsersSchema,
  effect: "change",
  toParams: ({ userIds }, requestedByRole) => ({ change: "unlock", userIds, requestedByRole }),
});
