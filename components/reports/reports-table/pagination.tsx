import { Pager } from "@/components/ui/pager";
import { listRange } from "@/lib/format/list-range";
import {
  toEventReportListQuery,
  type EventReportListSearch,
} from "@/lib/schemas/event-report-list";

type Props = { search: EventReportListSearch; total: number; shown: number; nextToken?: number };

/** The filters in force, in words ("room !a:x, reported by @b:x"); undefined when there are none. */
export function reportFilter({ room, reporter, sender }: EventReportListSearch) {
  const parts = [
    room ? `room ${room}` : null,
    reporter ? `reported by ${reporter}` : null,
    sender ? `sent by ${sender}` : null,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(", ") : undefined;
}

export function ReportsPagination({ search, total, shown, nextToken }: Props) {
  const href = (from: number) => `/reports${toEventReportListQuery(search, { from })}`;
  return (
    <Pager
      pageSize={search.limit}
      summary={listRange({
        noun: "report",
        first: search.from + 1,
        shown,
        total,
        filter: reportFilter(search),
      })}
      summaryTestId="reports-range"
      previousHref={search.from > 0 ? href(Math.max(0, search.from - search.limit)) : null}
      nextHref={nextToken !== undefined && Number.isFinite(nextToken) ? href(nextToken) : null}
    />
  );
}
