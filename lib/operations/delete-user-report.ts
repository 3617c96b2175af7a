import { ActionError } from "@/lib/actions/action-result";
import type { DeleteUserReportInput } from "@/lib/schemas/user-report";
import { isSynapseError, type SynapseClient } from "@/lib/synapse";
import { isEndpointMissing } from "@/lib/synapse/user-reports";

/**
 * Deletes a user report. The report is read first so the user named in the audit record is the
 * one the report is really about, not just what the browser sent.
 */
export async function deleteUserReport(synapse: SynapseClient, input: DeleteUserReportInput) {
  const report = await synapse.userReports.get(input.reportId).catch((error: unknown) => {
    if (isSynapseError(error, "not_found") && !isEndpointMissing(error)) {
      throw new ActionError(
        `There is no user report ${input.reportId}; it may be deleted already.`,
      );
    }
    throw error;
  });
  if (report.target_user_id !== input.targetUserId) {
    throw new ActionError(`Report ${input.reportId} is not about ${input.targetUserId}.`);
  }
  await synapse.userReports.delete(input.reportId);
  return { reportId: report.id, targetUserId: report.target_user_id, reporter: report.user_id };
}
