import { ActionError } from "@/lib/actions/action-result";
import type { DeleteEventReportInput } from "@/lib/schemas/event-report";
import { isSynapseError, type SynapseClient } from "@/lib/synapse";

/**
 * Deletes an event report. The report is read first so the room named in the audit record is the
 * report's real room, not just what the browser sent.
 */
export async function deleteEventReport(synapse: SynapseClient, input: DeleteEventReportInput) {
  const report = await synapse.eventReports.get(input.reportId).catch((error: unknown) => {
    if (isSynapseError(error, "not_found"))
      throw new ActionError(
        `There is no event report ${input.reportId}; it may be deleted already.`,
      );
    throw error;
  });
  if (report.room_id !== input.roomId) {
    throw new ActionError(`Report ${input.reportId} is not about an event in ${input.roomId}.`);
  }
  await synapse.eventReports.delete(input.reportId);
  return { reportId: report.id, roomId: report.room_id, eventId: report.event_id };
}
