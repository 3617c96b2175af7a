"use client";

import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { setRoomPublished } from "@/lib/actions/set-room-published";
import { useActionMutation } from "@/components/ui/use-action-mutation";

type Props = { roomId: string; roomLabel: string; published: boolean };

/** Lists the room in the public room directory or takes it out. */
export function PublishRoomButton({ roomId, roomLabel, published }: Props) {
  const mutation = useActionMutation(setRoomPublished, {
    success: (data) =>
      data.published
        ? `${roomLabel} is listed in the room directory.`
        : `${roomLabel} is no longer listed in the room directory.`,
  });
  const description = published
    ? `Take ${roomLabel} (${roomId}) out of this server's public room directory. Who may join does not change.`
    : `List ${roomLabel} (${roomId}) in this server's public room directory, where anyone on the server can find it. Who may join does not change.`;
  return (
    <ConfirmDialog
      busy={mutation.isPending}
      trigger={
        <Button variant="outline">
          {published ? "Unpublish from directory" : "Publish in directory"}
        </Button>
      }
      title={published ? "Unpublish this room?" : "Publish this room?"}
      description={description}
      confirmLabel={published ? "Unpublish" : "Publish"}
      destructive={false}
      onConfirm={() => mutation.mutate({ roomId, enabled: !published })}
    />
  );
}
