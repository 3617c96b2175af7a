"use client";

import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import { quarantineRoomMedia } from "@/lib/actions/quarantine-room-media";
import { countOf } from "@/lib/format/count";

type Props = { roomId: string; roomLabel: string; local: number; remote: number };

/** Quarantines every file of the room after a confirmation that says how many there are. */
export function RoomMediaQuarantineButton({ roomId, roomLabel, local, remote }: Props) {
  const mutation = useActionMutation(quarantineRoomMedia, {
    success: (data) => `Quarantined ${countOf(data.quarantined, "file")} of ${roomLabel}.`,
  });
  return (
    <ConfirmDialog
      busy={mutation.isPending}
      trigger={
        <Button variant="destructive" size="sm" disabled={local + remote === 0}>
          {mutation.isPending ? "Quarantining…" : "Quarantine all media of this room"}
        </Button>
      }
      title="Quarantine all media of this room"
      description={`Quarantines the ${countOf(local, "local file")} and ${countOf(remote, "remote file")} the messages of ${roomLabel} point at: nobody can download them through this server until each is released. Synapse also quarantines every other file with the same content; protected files are left as they are.`}
      confirmLabel="Quarantine them"
      onConfirm={() => mutation.mutate({ roomId })}
    />
  );
}
