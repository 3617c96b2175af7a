"use client";

import { useQuery } from "@tanstack/react-query";
import { Badge } from "@/components/ui/badge";
import { getHistoryPurgeProgress } from "@/lib/actions/get-history-purge-status";

const POLL_MS = 1000;

/** Polls Synapse's progress on a history purge until it is complete or has failed. */
export function PurgeProgress({ purgeId }: { purgeId: string }) {
  const query = useQuery({
    queryKey: ["rooms", "purge-status", purgeId],
    queryFn: () => getHistoryPurgeProgress({ purgeId }),
    staleTime: POLL_MS,
    refetchInterval: (current) => {
      const result = current.state.data;
      return result?.ok && result.data.status !== "active" ? false : POLL_MS;
    },
  });
  const result = query.data;
  if (!result) return <p className="text-sm text-muted-foreground">Asking Synapse…</p>;
  if (!result.ok) return <p className="text-sm text-destructive">{result.error}</p>;
  const { status, error } = result.data;
  const variant =
    status === "failed" ? "destructive" : status === "complete" ? "success" : "secondary";
  return (
    <div className="grid gap-2 text-sm" role="status" aria-label="Purge progress">
      <p className="flex items-center gap-2">
        History purge <Badge variant={variant}>{status}</Badge>
      </p>
      {error ? <p className="text-destructive">{error}</p> : null}
    </div>
  );
}
