import { z } from "zod";
import type { ListEventReportsParams } from "@/lib/synapse/event-reports";
import {
  reportFilterSchema,
  reportPagingFields,
  toReportListQuery,
  toReportPagingParams,
} from "./report-list";
import { settlePageSize, type PageSize } from "./page-size";
import { firstValues } from "./search-params";

/** The reports table's state as it lives in the URL search params. */
export const eventReportListSearchSchema = z.object({
  ...reportPagingFields,
  room: reportFilterSchema,
  reporter: reportFilterSchema,
  sender: reportFilterSchema,
});

export type EventReportListSearch = z.output<typeof eventReportListSearchSchema> & {
  limit: PageSize;
};

/** The URL's state; `pageSize` (the reader's choice) applies when the URL names no page size. */
export function parseEventReportListSearch(
  raw: Record<string, string | string[] | undefined>,
  pageSize?: PageSize,
): EventReportListSearch {
  return settlePageSize(eventReportListSearchSchema.parse(firstValues(raw)), pageSize);
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
