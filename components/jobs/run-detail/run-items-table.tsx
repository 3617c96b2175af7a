import { IntentLink } from "@/components/ui/intent-link";
import { buttonVariants } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";
import { Pager } from "@/components/ui/pager";
import { DataTable } from "@/components/ui/data-table";
import { TableCell, TableRow } from "@/components/ui/table";
import type { findJobRunItems } from "@/lib/jobs/read-jobs";
import { countOf } from "@/lib/format/count";
import { formatRunTime } from "../format-run-time";
import { describeValue } from "./describe-run-result";

const ITEM_COLUMNS = ["Item", "Result", "Detail", "At"] as const;

type Page = Awaited<ReturnType<typeof findJobRunItems>>;
type Props = { runId: string; page: Page; pageNumber: number; failuresOnly: boolean };

const href = (runId: string, page: number, failuresOnly: boolean) =>
  `/jobs/runs/${runId}?page=${page}${failuresOnly ? "&failures=1" : ""}`;

/** A run's per-item results, failures first; paging and the filter live in the URL. */
export function RunItemsTable({ runId, page, pageNumber, failuresOnly }: Props) {
  return (
    <div className="space-y-3">
      <div className="flex items-center gap-2 text-sm">
        <IntentLink
          className={buttonVariants({
            variant: failuresOnly ? "outline" : "secondary",
            size: "sm",
          })}
          href={href(runId, 1, false)}
        >
          All items
        </IntentLink>
        <IntentLink
          className={buttonVariants({
            variant: failuresOnly ? "secondary" : "outline",
            size: "sm",
          })}
          href={href(runId, 1, true)}
        >
          Failures only
        </IntentLink>
        <span className="text-muted-foreground" data-testid="run-items-total">
          {countOf(page.total, failuresOnly ? "failed item" : "item")}
        </span>
      </div>
      <DataTable
        label="Item results"
        columns={ITEM_COLUMNS}
        rows={page.items}
        empty="No items recorded yet."
        renderRow={(item) => (
          <TableRow key={item.id} data-testid="run-item-row">
            <TableCell className="font-mono text-xs">{item.key}</TableCell>
            <TableCell>
              {item.ok ? (
                <Badge variant="success">ok</Badge>
              ) : (
                <Badge variant="destructive">failed</Badge>
              )}
            </TableCell>
            <TableCell className="max-w-md text-xs">
              {item.error ? <span className="text-destructive">{item.error} </span> : null}
              {item.detail === null ? null : (
                <span className="break-all text-muted-foreground">
                  {describeValue(item.detail)}
                </span>
              )}
            </TableCell>
            <TableCell className="text-xs">{formatRunTime(item.at)}</TableCell>
          </TableRow>
        )}
      />
      {page.pageCount > 1 ? (
        <Pager
          label="Item pages"
          summary={`Page ${pageNumber} of ${page.pageCount}`}
          previousHref={pageNumber > 1 ? href(runId, pageNumber - 1, failuresOnly) : null}
          nextHref={pageNumber < page.pageCount ? href(runId, pageNumber + 1, failuresOnly) : null}
        />
      ) : null}
    </div>
  );
}
