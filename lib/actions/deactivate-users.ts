"use server";

import { bulkUsersSchema } from "@/lib/schemas/bulk-user-actions";
import { defineUserBulkAction } from "./user-bulk-action";

/**
 * Deactivates many users (each logged out everywhere), as a job, one audited change each; the
 * console's service account and the person asking are refused, each on its own line.
 */
export const deactivateUsers = defineUserBulkAction({
  role: "admin",
  input: bulkUsersSchema,
  effect: "deactivate",
  toParams: ({ userIds }, requestedByRole) => ({ change: "deactivate", userIds, requestedByRole }),
});
