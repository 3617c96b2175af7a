"use client";

import { Button } from "@/components/ui/button";
import { deactivateUsers } from "@/lib/actions/deactivate-users";
import { lockUsers } from "@/lib/actions/lock-users";
import { unlockUsers } from "@/lib/actions/unlock-users";
import { BulkNoticeDialog } from "../server-notices/bulk-notice-dialog";
import { UserMediaBulkDelete } from "@/components/media/user-media-bulk-delete";
import { BulkActionDialog } from "./bulk-action-dialog";
import { JoinRoomBulkDialog } from "./join-room-dialog";
import { usersCount } from "./users-count";

type Props = { userIds: string[]; canDeactivate: boolean; onClear: () => void };

/** What can be done to the selected users; the server checks each action's role again. */
export function BulkActionsBar({ userIds, canDeactivate, onClear }: Props) {
  const none = userIds.length === 0;
  const count = usersCount(userIds.length);
  return (
    <div
      role="toolbar"
      aria-label="Bulk actions"
      className="flex flex-wrap items-center gap-2 rounded-md border bg-muted/40 px-3 py-2"
    >
      <p className="mr-auto text-sm" data-testid="selection-count">
        {none ? "Select users to act on several at once." : `${count} selected`}
      </p>
      <BulkActionDialog
        label="Lock"
        title="Lock users"
        description={`Locks ${count}: every request they make is refused until they are unlocked.`}
        confirmLabel={`Lock ${count}`}
        disabled={none}
        count={userIds.length}
        perform={() => lockUsers({ userIds })}
      />
      <BulkActionDialog
        label="Unlock"
        title="Unlock users"
        description={`Unlocks ${count}: they can use their accounts again.`}
        confirmLabel={`Unlock ${count}`}
        disabled={none}
        count={userIds.length}
        perform={() => unlockUsers({ userIds })}
      />
      <JoinRoomBulkDialog userIds={userIds} />
      <BulkNoticeDialog
        label="Send notice"
        recipients={{ userIds }}
        count={userIds.length}
        whom={count}
      />
      {canDeactivate ? (
        <BulkActionDialog
          label="Deactivate"
          title="Deactivate users"
          description={`Deactivates ${count}: each is logged out everywhere, on every device, and can no longer sign in. Their messages stay visible.`}
          confirmLabel={`Deactivate ${count}`}
          destructive
          disabled={none}
          count={userIds.length}
          perform={() => deactivateUsers({ userIds })}
        />
      ) : null}
      {/* Admins only, as deactivation: deleted files cannot be brought back. */}
      {canDeactivate ? <UserMediaBulkDelete userIds={userIds} /> : null}
      {none ? null : (
        <Button variant="ghost" size="sm" onClick={onClear}>
          Clear selection
        </Button>
      )}
    </div>
  );
}
