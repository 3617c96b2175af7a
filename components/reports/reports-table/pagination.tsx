import { Pager } from "@/components/ui/pager";
import {
  toEventReportListQuery,
  type EventReportListSearch,
} from "@/lib/schemas/event-report-list";

type Props = { search: EventReportListSearch; total: number; shown: number; nextToken?: number };

export function ReportsPagination({ search, total, shown, nextToken }: Props) {
  const href = (from: number) => `/reports${toEventReportListQuery(search, { from })}`;
  return (
    <Pager
      summary={`${shown === 0 ? 0 : search.from + 1}–${search.from + shown} of ${total}`}
      summaryTestId="reports-range"
      previousHref={search.from > 0 ? href(Math.max(0, search.from - search.limit)) : null}
      nextHref={nextToken !== undefined && Number.isFinite(nextToken) ? href(nextToken) : null}
    />
  );
}
