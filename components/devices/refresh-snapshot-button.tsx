"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { refreshDeviceSnapshot } from "@/lib/actions/refresh-device-snapshot";
import { CONSOLE_UNREACHABLE } from "@/components/ui/use-action-mutation";

/** Queues a device scan and links to its run page. */
export function RefreshSnapshotButton({ activeRunId }: { activeRunId: string | null }) {
  const mutation = useMutation({
    mutationFn: () => refreshDeviceSnapshot({}),
    onSuccess: (result) => (result.ok ? undefined : toast.error(result.error)),
    onError: () => toast.error(CONSOLE_UNREACHABLE),
  });
  const runId = mutation.data?.ok ? mutation.data.data.runId : activeRunId;
  return (
    <div className="flex items-center gap-3">
      {runId ? (
        <Link className="text-sm underline underline-offset-4" href={`/jobs/runs/${runId}`}>
          Scan in progress: view run
        </Link>
      ) : null}
      <Button
        variant="outline"
        size="sm"
        disabled={mutation.isPending || runId !== null}
        onClick={() => mutation.mutate()}
      >
        {mutation.isPending ? "Queuing…" : "Refresh snapshot"}
      </Button>
    </div>
  );
}
