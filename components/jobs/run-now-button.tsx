"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { runJobNow } from "@/lib/actions/run-job-now";
import { CONSOLE_UNREACHABLE } from "@/components/ui/use-action-mutation";

/** Queues a run of the job and opens the run's page to watch it. */
export function RunNowButton({ jobId }: { jobId: string }) {
  const router = useRouter();
  const run = useMutation({
    mutationFn: runJobNow,
    onSuccess: (result) => {
      if (!result.ok) return void toast.error(result.error);
      toast.success("The run is queued.");
      router.push(`/jobs/runs/${result.data.runId}`);
    },
    onError: () => toast.error(CONSOLE_UNREACHABLE),
  });
  return (
    <Button onClick={() => run.mutate({ id: jobId })} disabled={run.isPending}>
      {run.isPending ? "Queuing…" : "Run now"}
    </Button>
  );
}
