import { z } from "zod";
import { firstValues } from "./search-params";
import type { ListEventReportsParams } from "@/lib/synapse/event-reports";
import { hasNoControlCharacters } from "./text";

export const REPORT_PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_REPORT_PAGE_SIZE = 25;

// A shared or hand-edited URL may hold anything; a bad value falls back instead of failing the page.
const pageSizeSchema = z.coerce
  .number()
  .refine((n) => (REPORT_PAGE_SIZES as readonly number[]).includes(n))
  .catch(DEFAULT_REPORT_PAGE_SIZE);

const filterSchema = z
  .string()
  .trim()
  .max(256)
  .refine(hasNoControlCharacters)
  .optional()
  .transform((value) => (value === "" ? undefined : value))
  .catch(undefined);

/** The reports table's state as it lives in the URL search params. */
export const eventReportListSearchSchema = z.object({
  // Far past any real report list; a bigger offset is a hand-edited URL.
  from: z.coerce.number().int().min(0).max(10_000_000).catch(0),
  limit: pageSizeSchema,
  /** "desc" lists the newest reports first. */
  dir: z.enum(["asc", "desc"]).catch("desc"),
  room: filterSchema,
  reporter: filterSchema,
  sender: filterSchema,
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
    from: search.from,
    limit: search.limit,
    dir: search.dir === "asc" ? "f" : "b",
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
  const query = new URLSearchParams();
  if (next.room) query.set("room", next.room);
  if (next.reporter) query.set("reporter", next.reporter);
  if (next.sender) query.set("sender", next.sender);
  if (next.from > 0) query.set("from", String(next.from));
  if (next.limit !== DEFAULT_REPORT_PAGE_SIZE) query.set("limit", String(next.limit));
  if (next.dir !== "desc") query.set("dir", next.dir);
  const text = query.toString();
  return text ? `?${text}` : "";
}
