"use client";

import { useQuery } from "@tanstack/react-query";
import { IntentLink } from "@/components/ui/intent-link";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { FieldError } from "@/components/ui/field-error";
import { ProgressBar } from "@/components/ui/progress-bar";
import { getBulkRunResults } from "@/lib/actions/get-bulk-run-results";
import { NoticeFailure } from "../server-notices/notices-off-help";
import { BulkResults } from "./bulk-results";
import { usersCount } from "./users-count";

const isLive = (status: string) => status === "queued" || status === "running";

/**
 * Follows a bulk change's run: its progress while it works, then each user's outcome. The table
 * behind is refreshed once the run ends, so it shows the changed users.
 */
export function BulkRunResults({ runId, total }: { runId: string; total: number }) {
  const router = useRouter();
  const query = useQuery({
    queryKey: ["users", "bulk-run", runId],
    queryFn: async () => {
      const result = await getBulkRunResults({ runId });
      if (!result.ok) throw new Error(result.error);
      return result.data;
    },
    refetchInterval: (current) =>
      current.state.data && !isLive(current.state.data.status) ? false : 1000,
  });
  const run = query.data;
  const finished = run !== undefined && !isLive(run.status);
  const refreshed = useRef(false);
  useEffect(() => {
    if (!finished || refreshed.current) return;
    refreshed.current = true;
    router.refresh();
  }, [finished, router]);

  const handled = run ? run.done + run.failed : 0;
  // A notice to every matching user learns its total from Synapse once the run starts.
  const expected = run?.total ?? total;
  return (
    <div className="grid gap-3">
      {finished ? (
        <>
          <BulkResults results={run.results} />
          {handled > run.results.length ? (
            <p className="text-sm text-muted-foreground" data-testid="bulk-results-cut">
              Showing {run.results.length} of {usersCount(handled)}; the run&apos;s page lists every
              one.
            </p>
          ) : null}
        </>
      ) : (
        <>
          <p className="text-sm font-medium" data-testid="bulk-progress">
            Working: {handled} of {usersCount(expected)} so far.
          </p>
          <ProgressBar
            label="Bulk change progress"
            value={handled}
            max={expected}
            className="h-2"
          />
          {run?.waitingFor ? (
            <p className="text-sm text-amber-700 dark:text-amber-400">Waiting: {run.waitingFor}.</p>
          ) : null}
        </>
      )}
      {/* A notice run stopped by Synapse's config shows the section that turns notices on. */}
      <NoticeFailure error={run?.error ?? null} />
      {query.isError ? (
        <FieldError role="alert">
          The console could not be reached to follow the change; it goes on regardless.
        </FieldError>
      ) : null}
      <p className="text-sm text-muted-foreground">
        It runs as a job: you may close this;{" "}
        <IntentLink className="underline underline-offset-4" href={`/jobs/runs/${runId}`}>
          the run&apos;s page
        </IntentLink>{" "}
        keeps each user&apos;s result.
      </p>
    </div>
  );
}
