"use client";

import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import { deleteForwardExtremities } from "@/lib/actions/delete-forward-extremities";
import { countOf } from "@/lib/format/count";

type Props = { roomId: string; roomLabel: string; count: number; newest: string | null };

/** Deletes every forward extremity but the newest, after saying how many that is. */
export function DeleteExtremitiesButton({ roomId, roomLabel, count, newest }: Props) {
  const remove = useActionMutation(deleteForwardExtremities, {
    success: (data) =>
      `Deleted ${countOf(data.deleted, "forward extremity", "forward extremities")} of ${roomLabel}; ${data.remaining} left.`,
  });
  const extra = Math.max(0, count - 1);
  const description =
    extra === 0
      ? `${roomLabel} has ${countOf(count, "forward extremity", "forward extremities")}, which is normal: Synapse keeps the newest, so nothing will be deleted.`
      : `Synapse keeps the newest extremity${newest ? ` (${newest})` : ""} and deletes the other ${countOf(extra, "extremity", "extremities")} of ${roomLabel}. New events then point back to that one only, which makes sending to the room cheaper again. This cannot be undone.`;
  return (
    <ConfirmDialog
      busy={remove.isPending}
      trigger={
        <Button variant="outline" size="sm">
          Delete extra extremities
        </Button>
      }
      title={`Delete the extra forward extremities of ${roomLabel}?`}
      description={description}
      confirmLabel="Delete extremities"
      onConfirm={() => remove.mutate({ roomId })}
    />
  );
}
