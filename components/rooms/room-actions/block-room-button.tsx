"use client";

import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { setRoomBlocked } from "@/lib/actions/set-room-blocked";
import { useActionMutation } from "@/components/ui/use-action-mutation";

type Props = { roomId: string; roomLabel: string; blocked: boolean };

/** Blocks the room, or lifts the block, after saying what that means. */
export function BlockRoomButton({ roomId, roomLabel, blocked }: Props) {
  const mutation = useActionMutation(setRoomBlocked, {
    success: (data) =>
      data.blocked ? `${roomLabel} is blocked.` : `${roomLabel} is no longer blocked.`,
  });
  const description = blocked
    ? `Lift the block on ${roomLabel} (${roomId}): local users can join it again.`
    : `Block ${roomLabel} (${roomId}): no local user can join it from now on. Members stay in it; nothing is deleted.`;
  return (
    <ConfirmDialog
      busy={mutation.isPending}
      trigger={
        <Button variant={blocked ? "outline" : "destructive"}>
          {blocked ? "Unblock room" : "Block room"}
        </Button>
      }
      title={blocked ? "Unblock this room?" : "Block this room?"}
      description={description}
      confirmLabel={blocked ? "Unblock" : "Block"}
      destructive={!blocked}
      onConfirm={() => mutation.mutate({ roomId, enabled: !blocked })}
    />
  );
}
