"use client";

import {
  parseEventReportListSearch,
  toEventReportListQuery,
  type EventReportListSearch,
} from "@/lib/schemas/event-report-list";
import { ReportListForm } from "../report-list-form";

/** The event reports list's filters: the room, the reporter and the event's sender. */
export function ReportListFilters({ search }: { search: EventReportListSearch }) {
  return (
    <ReportListForm
      action="/reports"
      idPrefix="reports"
      search={search}
      fields={[
        { name: "room", label: "Room ID" },
        { name: "reporter", label: "Reported by" },
        { name: "sender", label: "Event sender" },
      ]}
      parse={parseEventReportListSearch}
      toQuery={toEventReportListQuery}
    />
  );
}
