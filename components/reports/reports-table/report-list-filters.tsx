import type { EventReportListSearch } from "@/lib/schemas/event-report-list";
import { ReportListForm, ReportTextFilter } from "../report-list-form";

/** The event reports list's filters: the room, the reporter and the event's sender. */
export function ReportListFilters({ search }: { search: EventReportListSearch }) {
  return (
    <ReportListForm action="/reports" idPrefix="reports" dir={search.dir}>
      <ReportTextFilter id="reports-room" name="room" label="Room ID" value={search.room} search />
      <ReportTextFilter
        id="reports-reporter"
        name="reporter"
        label="Reported by"
        value={search.reporter}
      />
      <ReportTextFilter
        id="reports-sender"
        name="sender"
        label="Event sender"
        value={search.sender}
      />
    </ReportListForm>
  );
}
