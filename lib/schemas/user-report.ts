import { z } from "zod";
import { matrixUserIdSchema } from "./matrix-id";
import { reportIdSchema } from "./opaque-id";

/**
 * Deleting a user report: the reported user is sent along so the audit record names them, and it
 * is checked on the server against the report Synapse holds.
 */
export const deleteUserReportSchema = z.object({
  reportId: reportIdSchema,
  targetUserId: matrixUserIdSchema,
});

export type DeleteUserReportInput = z.output<typeof deleteUserReportSchema>;
