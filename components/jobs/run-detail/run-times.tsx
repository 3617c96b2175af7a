import type { JobRunProgress } from "@/lib/jobs/read-jobs";
import { formatRunTime } from "../format-run-time";

type Props = { progress: Pick<JobRunProgress, "startedAt" | "finishedAt" | "attempts"> };

/** When the run started and finished, and how many times a worker took it up. */
export function RunTimes({ progress: { startedAt, finishedAt, attempts } }: Props) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
      <dt className="text-muted-foreground">Started</dt>
      <dd data-testid="run-started">{startedAt ? formatRunTime(startedAt) : "not yet"}</dd>
      <dt className="text-muted-foreground">Finished</dt>
      <dd data-testid="run-finished">{finishedAt ? formatRunTime(finishedAt) : "not yet"}</dd>
      <dt className="text-muted-foreground">Attempts</dt>
      <dd data-testid="run-attempts">{attempts === 0 ? "none yet" : attempts}</dd>
    </dl>
  );
}
