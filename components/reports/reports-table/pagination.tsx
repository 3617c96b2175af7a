import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";
import {
  toEventReportListQuery,
  type EventReportListSearch,
} from "@/lib/schemas/event-report-list";

type Props = { search: EventReportListSearch; total: number; shown: number; nextToken?: number };

/** Previous/Next as plain links, so paging works without JavaScript and the URL keeps the page. */
export function ReportsPagination({ search, total, shown, nextToken }: Props) {
  const previousFrom = Math.max(0, search.from - search.limit);
  const first = shown === 0 ? 0 : search.from + 1;
  return (
    <nav aria-label="Pages" className="flex items-center justify-between gap-4">
      <p className="text-sm text-muted-foreground" data-testid="reports-range">
        {first}–{search.from + shown} of {total}
      </p>
      <div className="flex gap-2">
        {search.from > 0 ? (
          <Link
            className={buttonVariants({ variant: "outline", size: "sm" })}
            href={`/reports${toEventReportListQuery(search, { from: previousFrom })}`}
          >
            Previous
          </Link>
        ) : null}
        {nextToken !== undefined && Number.isFinite(nextToken) ? (
          <Link
            className={buttonVariants({ variant: "outline", size: "sm" })}
            href={`/reports${toEventReportListQuery(search, { from: nextToken })}`}
          >
            Next
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
