import { IntentLink } from "@/components/ui/intent-link";
import { TableCell, TableRow } from "@/components/ui/table";
import { Badge } from "@/components/ui/badge";
import { describeCron } from "@/lib/jobs/cron";
import type { JobListRow } from "@/lib/jobs/read-jobs";
import { formatRunTime } from "../format-run-time";
import { RunStatusBadge } from "../run-status-badge";

export const JOB_COLUMNS = ["Name", "Kind", "Schedule", "Next run", "Last run", "Enabled"] as const;

function Schedule({ job }: { job: JobListRow }) {
  if (!job.cron) return <span className="text-muted-foreground">Only when run by hand</span>;
  return (
    <>
      <span>{describeCron(job.cron) ?? job.cron}</span>
      <span className="block font-mono text-xs text-muted-foreground">
        {job.cron} ({job.timezone})
      </span>
    </>
  );
}

/** One job definition; its name opens the job, its last run opens that run. */
export function JobRow({ job }: { job: JobListRow }) {
  return (
    <TableRow data-testid="job-row">
      <TableCell className="font-medium">
        <IntentLink className="underline-offset-4 hover:underline" href={`/jobs/${job.id}`}>
          {job.name}
        </IntentLink>
      </TableCell>
      <TableCell className="text-sm">{job.kindLabel}</TableCell>
      <TableCell className="text-sm">
        <Schedule job={job} />
      </TableCell>
      <TableCell className="text-sm">
        {job.nextRunAt ? formatRunTime(job.nextRunAt) : "—"}
      </TableCell>
      <TableCell className="text-sm">
        {job.lastRun ? (
          <IntentLink href={`/jobs/runs/${job.lastRun.id}`} className="flex flex-col gap-1">
            <RunStatusBadge status={job.lastRun.status} />
            <span className="text-xs text-muted-foreground">
              {formatRunTime(job.lastRun.finishedAt ?? job.lastRun.queuedAt)}
            </span>
          </IntentLink>
        ) : (
          <span className="text-muted-foreground">Never run</span>
        )}
      </TableCell>
      <TableCell>
        {job.enabled ? <Badge variant="success">on</Badge> : <Badge variant="outline">off</Badge>}
      </TableCell>
    </TableRow>
  );
}
