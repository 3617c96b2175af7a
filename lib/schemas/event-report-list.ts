import { z } from "zod";
import type { ListEventReportsParams } from "@/lib/synapse/event-reports";
import {
  reportFilterSchema,
  reportPagingFields,
  toReportListQuery,
  toReportPagingParams,
} from "./report-list";
import { firstValues } from "./search-params";

/** The reports table's state as it lives in the URL search params. */
export const eventReportListSearchSchema = z.object({
  ...reportPagingFields,
  room: reportFilterSchema,
  reporter: reportFilterSchema,
  sender: reportFilterSchema,
});

export type EventReportListSearch = z.output<typeof eventReportListSearchSchema>;

export function parseEventReportListSearch(
  raw: Record<string, string | string[] | undefined>,
): EventReportListSearch {
  return eventReportListSearchSchema.parse(firstValues(raw));
}

/** Turns the URL state into the Synapse event report list query (offset paging). */
export function toListEventReportsParams(search: EventReportListSearch): ListEventReportsParams {
  return {
    ...toReportPagingParams(search),
    room_id: search.room,
    user_id: search.reporter,
    event_sender_user_id: search.sender,
  };
}

/** The URL search string for a state, leaving out defaults so links stay short. */
export function toEventReportListQuery(
  search: EventReportListSearch,
  changes: Partial<EventReportListSearch> = {},
) {
  const next = { ...search, ...changes };
  return toReportListQuery({ room: next.room, reporter: next.reporter, sender: next.sender }, next);
}
