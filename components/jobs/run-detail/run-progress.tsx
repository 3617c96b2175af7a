"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ProgressBar } from "@/components/ui/progress-bar";
import { cancelJobRun } from "@/lib/actions/cancel-job-run";
import { getJobRunProgress } from "@/lib/actions/get-job-run-progress";
import { resumeJobRun } from "@/lib/actions/resume-job-run";
import type { JobRunProgress } from "@/lib/jobs/read-jobs";
import { describeProgress, knownTotal } from "../describe-progress";
import { RunStatusBadge } from "../run-status-badge";
import { RunTimes } from "./run-times";
import { CONSOLE_UNREACHABLE } from "@/components/ui/use-action-mutation";
import { countOf } from "@/lib/format/count";

type Props = { runId: string; initial: JobRunProgress; canControl: boolean };

const isLive = (status: JobRunProgress["status"]) => status === "queued" || status === "running";

export const jobRunKeys = { progress: (runId: string) => ["jobs", "run", runId, "progress"] };

/** Status, progress bar and times, polled every second while the run is queued or running. */
export function RunProgress({ runId, initial, canControl }: Props) {
  const router = useRouter();
  const query = useQuery({
    queryKey: jobRunKeys.progress(runId),
    queryFn: async () => {
      const result = await getJobRunProgress({ runId });
      if (!result.ok) throw new Error(result.error);
      return result.data;
    },
    initialData: initial,
    staleTime: 500,
    refetchInterval: (current) =>
      current.state.data && isLive(current.state.data.status) ? 1000 : false,
  });
  const progress = query.data;
  // The item table and summary are rendered on the server; refresh them as the run moves.
  const seen = useRef(`${initial.status}:${initial.done + initial.failed}`);
  useEffect(() => {
    const now = `${progress.status}:${progress.done + progress.failed}`;
    if (now === seen.current) return;
    seen.current = now;
    router.refresh();
  }, [progress, router]);

  const cancel = useMutation({
    mutationFn: cancelJobRun,
    onSuccess: (result) => {
      if (!result.ok) return void toast.error(result.error);
      toast.success(
        result.data.status === "cancelling"
          ? "Stopping after the current item."
          : "The run is cancelled.",
      );
      void query.refetch();
    },
    onError: () => toast.error(CONSOLE_UNREACHABLE),
  });

  const resume = useMutation({
    mutationFn: resumeJobRun,
    onSuccess: (result) => {
      if (!result.ok) return void toast.error(result.error);
      toast.success("The run is queued again; it carries on from the items it already did.");
      void query.refetch();
    },
    onError: () => toast.error(CONSOLE_UNREACHABLE),
  });
  const resumable = progress.status === "failed" || progress.status === "cancelled";

  const handled = progress.done + progress.failed;
  const total = knownTotal(progress);
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <RunStatusBadge status={progress.status} />
        <span className="text-sm" data-testid="run-counts">
          {describeProgress(progress)}
        </span>
        {progress.cancelRequested && isLive(progress.status) ? (
          <span className="text-sm text-muted-foreground">cancelling…</span>
        ) : null}
        {canControl && resumable ? (
          <ConfirmDialog
            busy={resume.isPending}
            trigger={
              <Button variant="outline" size="sm">
                Resume run
              </Button>
            }
            title="Resume this run?"
            description={`It carries on with the items not done yet${
              total === null
                ? ""
                : ` (${Math.max(0, total - handled).toLocaleString("en")} of ${countOf(total, "item")})`
            }, changing Synapse as the run was asked to; items that failed stay as they are.`}
            confirmLabel="Resume run"
            onConfirm={() => resume.mutate({ runId })}
          />
        ) : null}
        {canControl && isLive(progress.status) && !progress.cancelRequested ? (
          <Button
            variant="outline"
            size="sm"
            disabled={cancel.isPending}
            onClick={() => cancel.mutate({ runId })}
          >
            Cancel run
          </Button>
        ) : null}
      </div>
      {progress.waitingFor && isLive(progress.status) ? (
        <p className="text-sm text-amber-700 dark:text-amber-400" data-testid="run-waiting">
          Waiting: {progress.waitingFor}. The run carries on by itself when Synapse answers again.
        </p>
      ) : null}
      <ProgressBar
        label="Run progress"
        value={handled}
        max={total}
        complete={progress.status === "succeeded"}
      />
      <RunTimes progress={progress} />
    </div>
  );
}
