"use client";

import { cronProblem, describeCron, nextRunTimes } from "@/lib/jobs/cron";
import { formatRunTime } from "../format-run-time";

type Props = { cron: string; timezone: string; from: Date };

/** The schedule in words and its next five run times, as the person types. */
export function CronPreview({ cron, timezone, from }: Props) {
  if (cron.trim() === "") {
    return (
      <p className="text-sm text-muted-foreground" data-testid="cron-words">
        No schedule: runs only when someone presses Run now.
      </p>
    );
  }
  const problem = cronProblem(cron, timezone);
  if (problem) return null;
  const times = nextRunTimes(cron, timezone, 5, from);
  return (
    <div className="space-y-1 text-sm" aria-live="polite">
      <p data-testid="cron-words">{describeCron(cron)}</p>
      <p className="text-muted-foreground">Next five runs:</p>
      <ol className="list-inside list-decimal font-mono text-xs" data-testid="cron-next-runs">
        {times.map((time) => (
          <li key={time.toISOString()}>{formatRunTime(time)}</li>
        ))}
      </ol>
    </div>
  );
}
