"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { runJobNow } from "@/lib/actions/run-job-now";
import { useActionMutation } from "@/components/ui/use-action-mutation";

/** Queues a run of the job and opens the run's page to watch it. */
export function RunNowButton({ jobId }: { jobId: string }) {
  const router = useRouter();
  const run = useActionMutation(runJobNow, {
    success: () => "The run is queued.",
    onSuccess: (data) => router.push(`/jobs/runs/${data.runId}`),
    // The run's page is opened instead.
    refresh: false,
  });
  return (
    <Button onClick={() => run.mutate({ id: jobId })} disabled={run.isPending}>
      {run.isPending ? "Queuing…" : "Run now"}
    </Button>
  );
}
