"use client";

import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import { deleteAllUserMedia } from "@/lib/actions/delete-all-user-media";
import { countOf } from "@/lib/format/count";

/** Deletes every file the user uploaded, after a confirmation that says how many that is. */
export function UserMediaDeleteAll({ userId, total }: { userId: string; total: number }) {
  const mutation = useActionMutation(deleteAllUserMedia, {
    success: (data) =>
      data.remaining === 0
        ? `Deleted all ${countOf(data.deleted, "file")} of ${userId}.`
        : `Deleted ${countOf(data.deleted, "file")}; Synapse kept ${data.remaining}.`,
  });
  return (
    <ConfirmDialog
      busy={mutation.isPending}
      trigger={
        <Button variant="destructive" size="sm" disabled={total === 0}>
          {mutation.isPending ? "Deleting…" : "Delete all media of this user"}
        </Button>
      }
      title="Delete all media of this user"
      description={`Deletes all ${countOf(total, "file")} ${userId} uploaded, with their thumbnails, from the media repository for good; messages and avatars that show them will show nothing.`}
      confirmLabel={`Delete ${countOf(total, "file")}`}
      onConfirm={() => mutation.mutate({ userId })}
    />
  );
}
