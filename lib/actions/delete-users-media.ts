"use server";

import { bulkUsersSchema } from "@/lib/schemas/bulk-user-actions";
import { defineUserBulkAction } from "./user-bulk-action";

/**
 * Deletes every file each selected user uploaded (bridges leave thousands of users), as a job
 * with one audited item per user and the number of files deleted; admin, as for one user.
 */
export const deleteUsersMedia = defineUserBulkAction({
  role: "admin",
  input: bulkUsersSchema,
  effect: "change",
  toParams: ({ userIds }, requestedByRole) => ({
    change: "delete_media",
    userIds,
    requestedByRole,
  }),
});
