"use client";

import { useQuery } from "@tanstack/react-query";
import { IntentLink } from "@/components/ui/intent-link";
import { Badge } from "@/components/ui/badge";
import { getRoomDeleteStatus } from "@/lib/actions/get-room-delete-status";
import { countOf } from "@/lib/format/count";

const POLL_MS = 1000;
const FINISHED = new Set(["complete", "failed"]);

/** Polls Synapse's progress on a room deletion until it is complete or has failed. */
export function DeleteProgress({ deleteId }: { deleteId: string }) {
  const query = useQuery({
    queryKey: ["rooms", "delete-status", deleteId],
    queryFn: () => getRoomDeleteStatus({ deleteId }),
    staleTime: POLL_MS,
    refetchInterval: (current) => {
      const result = current.state.data;
      return result?.ok && FINISHED.has(result.data.status) ? false : POLL_MS;
    },
  });
  const result = query.data;
  if (!result) return <p className="text-sm text-muted-foreground">Asking Synapse…</p>;
  if (!result.ok) return <p className="text-sm text-destructive">{result.error}</p>;
  const { status, error, kickedUsers, newRoomId } = result.data;

  return (
    <div className="grid gap-2 text-sm" role="status" aria-label="Deletion progress">
      <p className="flex items-center gap-2">
        Deletion
        <Badge
          variant={
            status === "failed" ? "destructive" : status === "complete" ? "success" : "secondary"
          }
        >
          {status}
        </Badge>
      </p>
      {error ? <p className="text-destructive">{error}</p> : null}
      {status === "complete" ? (
        <>
          <p>
            {countOf(kickedUsers.length, "local member")} removed
            {newRoomId ? `, and moved to ${newRoomId}` : ""}.
          </p>
          <IntentLink className="underline" href="/rooms">
            Back to the rooms
          </IntentLink>
        </>
      ) : null}
    </div>
  );
}
