"use client";

import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import { deleteUserMediaItems } from "@/lib/actions/delete-user-media-items";
import { setMediaProtected } from "@/lib/actions/set-media-protected";
import { setMediaQuarantined } from "@/lib/actions/set-media-quarantined";
import { countOf } from "@/lib/format/count";
import type { SynapseLocalMedia } from "@/lib/synapse/media";

/** What the viewer may do to files; the server checks each action's role again. */
export type UserMediaPermissions = { canFlag: boolean; canDelete: boolean };

type Props = {
  userId: string;
  /** The selected files. */
  files: SynapseLocalMedia[];
  permissions: UserMediaPermissions;
  onDone: () => void;
};

const namesOf = (files: SynapseLocalMedia[]) =>
  files.map((file) => file.upload_name ?? file.media_id).join(", ");

/** Quarantine, protect and delete the selected files of a user's media list. */
export function UserMediaActions({ userId, files, permissions, onDone }: Props) {
  const mediaIds = files.map((file) => file.media_id);
  const count = countOf(files.length, "file");
  const none = files.length === 0;
  const quarantine = useActionMutation(setMediaQuarantined, {
    success: (data) =>
      `${data.quarantined ? "Quarantined" : "Released"} ${countOf(data.changed.length, "file")}.`,
    onSuccess: onDone,
  });
  const protect = useActionMutation(setMediaProtected, {
    success: (data) =>
      `${data.protected ? "Protected" : "Unprotected"} ${countOf(data.changed.length, "file")}.`,
    onSuccess: onDone,
  });
  const remove = useActionMutation(deleteUserMediaItems, {
    success: (data) => `Deleted ${countOf(data.deleted.length, "file")}.`,
    onSuccess: onDone,
  });
  const busy = quarantine.isPending || protect.isPending || remove.isPending;
  if (!permissions.canFlag) return null;

  return (
    <div
      role="toolbar"
      aria-label="Media actions"
      className="flex flex-wrap items-center gap-2 rounded-md border bg-muted/40 px-3 py-2"
    >
      <p className="mr-auto text-sm" data-testid="media-selection-count">
        {none ? "Select files to act on them." : `${count} selected`}
      </p>
      <ConfirmDialog
        busy={busy}
        trigger={
          <Button variant="outline" size="sm" disabled={none}>
            Quarantine
          </Button>
        }
        title="Quarantine files"
        description={`Quarantines ${count} of ${userId} (${namesOf(files)}): nobody can download them through this server until released. Synapse also quarantines every other file with the same content; protected files are left as they are.`}
        confirmLabel={`Quarantine ${count}`}
        onConfirm={() => quarantine.mutate({ userId, mediaIds, quarantined: true })}
      />
      <Button
        variant="outline"
        size="sm"
        disabled={none || busy}
        onClick={() => quarantine.mutate({ userId, mediaIds, quarantined: false })}
      >
        Release from quarantine
      </Button>
      <Button
        variant="outline"
        size="sm"
        disabled={none || busy}
        onClick={() => protect.mutate({ userId, mediaIds, protected: true })}
      >
        Protect
      </Button>
      <Button
        variant="outline"
        size="sm"
        disabled={none || busy}
        onClick={() => protect.mutate({ userId, mediaIds, protected: false })}
      >
        Unprotect
      </Button>
      {permissions.canDelete ? (
        <ConfirmDialog
          busy={busy}
          trigger={
            <Button variant="destructive" size="sm" disabled={none}>
              Delete
            </Button>
          }
          title="Delete files"
          description={`Deletes ${count} of ${userId} (${namesOf(files)}) and their thumbnails from the media repository for good; messages that show them will show nothing.`}
          confirmLabel={`Delete ${count}`}
          onConfirm={() => remove.mutate({ userId, mediaIds })}
        />
      ) : null}
    </div>
  );
}
