"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { IntentLink } from "@/components/ui/intent-link";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { getJobRunProgress } from "@/lib/actions/get-job-run-progress";
import { refreshDeviceSnapshot } from "@/lib/actions/refresh-device-snapshot";
import { CONSOLE_UNREACHABLE } from "@/components/ui/use-action-mutation";

const isLive = (status: string | undefined) => status === "queued" || status === "running";

/**
 * Queues a device scan and links to its run page. While a scan runs (this one, or one already
 * going when the page was rendered) it asks every 2 s how it goes, and once it has ended the page
 * is rendered again: it shows the new snapshot, and the button is offered again.
 */
export function RefreshSnapshotButton({ activeRunId }: { activeRunId: string | null }) {
  const router = useRouter();
  const mutation = useMutation({
    mutationFn: () => refreshDeviceSnapshot({}),
    onSuccess: (result) => (result.ok ? undefined : toast.error(result.error)),
    onError: () => toast.error(CONSOLE_UNREACHABLE),
  });
  const runId = mutation.data?.ok ? mutation.data.data.runId : activeRunId;
  const progress = useQuery({
    queryKey: ["devices", "scan", runId],
    queryFn: async () => {
      const result = await getJobRunProgress({ runId: runId ?? "" });
      return result.ok ? result.data : null;
    },
    enabled: runId !== null,
    refetchInterval: (query) => (isLive(query.state.data?.status) ? 2000 : false),
  });
  const ended = runId !== null && progress.data !== undefined && !isLive(progress.data?.status);
  // Once per run: the page rendered again no longer names it.
  const refreshedFor = useRef<string | null>(null);
  const { reset } = mutation;
  useEffect(() => {
    if (!ended || refreshedFor.current === runId) return;
    refreshedFor.current = runId;
    reset();
    router.refresh();
  }, [ended, runId, reset, router]);
  const running = runId !== null && !ended;
  return (
    <div className="flex items-center gap-3">
      {running ? (
        <IntentLink className="text-sm underline underline-offset-4" href={`/jobs/runs/${runId}`}>
          Scan in progress: view run
        </IntentLink>
      ) : null}
      <Button
        variant="outline"
        size="sm"
        disabled={mutation.isPending || running}
        onClick={() => mutation.mutate()}
      >
        {mutation.isPending ? "Queuing…" : "Refresh snapshot"}
      </Button>
    </div>
  );
}
