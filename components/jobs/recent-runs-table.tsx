import { IntentLink } from "@/components/ui/intent-link";
import { DataTable } from "@/components/ui/data-table";
import { TableCell, TableRow } from "@/components/ui/table";
import type { findRecentRuns } from "@/lib/jobs/read-jobs";
import { describeProgress } from "./describe-progress";
import { formatRunTime } from "./format-run-time";
import { RunStatusBadge } from "./run-status-badge";

type Run = Awaited<ReturnType<typeof findRecentRuns>>[number];

const COLUMNS = ["Run", "Job", "Status", "Progress", "Trigger", "Queued", "Finished"] as const;

/** The latest runs, each linking to its page with progress and per-item results. */
export function RecentRunsTable({ runs, label }: { runs: Run[]; label: string }) {
  return (
    <DataTable
      label={label}
      columns={COLUMNS}
      rows={runs}
      empty="No runs yet."
      renderRow={(run) => (
        <TableRow key={run.id} data-testid="run-row">
          <TableCell className="font-mono text-xs">
            <IntentLink
              className="underline-offset-4 hover:underline"
              href={`/jobs/runs/${run.id}`}
            >
              {run.id.slice(0, 8)}
            </IntentLink>
          </TableCell>
          <TableCell className="text-sm">{run.definitionName ?? run.kindLabel}</TableCell>
          <TableCell>
            <RunStatusBadge status={run.status} />
          </TableCell>
          <TableCell className="text-sm">{describeProgress(run)}</TableCell>
          <TableCell className="text-sm">{run.trigger}</TableCell>
          <TableCell className="text-sm">{formatRunTime(run.queuedAt)}</TableCell>
          <TableCell className="text-sm">{formatRunTime(run.finishedAt)}</TableCell>
        </TableRow>
      )}
    />
  );
}
