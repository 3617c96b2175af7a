"use client";

import { memo } from "react";
import { Button } from "@/components/ui/button";
import { deactivateUsers } from "@/lib/actions/deactivate-users";
import { lockUsers } from "@/lib/actions/lock-users";
import { unlockUsers } from "@/lib/actions/unlock-users";
import { BulkNoticeDialog } from "../server-notices/bulk-notice-dialog";
import { UserMediaBulkDelete } from "@/components/media/user-media-bulk-delete";
import { BulkActionDialog, type BulkActionWords } from "./bulk-action-dialog";
import { JoinRoomBulkDialog } from "./join-room-dialog";
import { usersCount } from "./users-count";

/** "Locks 3 users: …" and "Lock 3 users", for the selection the dialog opened with. */
const wordsOf = (verb: string, userIds: string[], effect: string): BulkActionWords => ({
  description: `${verb}s ${usersCount(userIds.length)}: ${effect}`,
  confirmLabel: `${verb} ${usersCount(userIds.length)}`,
  count: userIds.length,
});

type Props = { userIds: string[]; canDeactivate: boolean; onClear: () => void };

/**
 * What can be done to the selected users; the server checks each action's role again. Memoised:
 * its dialogs are drawn again when the selection changes, not with each page of the list.
 */
export const BulkActionsBar = memo(function BulkActionsBar({
  userIds,
  canDeactivate,
  onClear,
}: Props) {
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
        subject={userIds}
        describe={(ids) =>
          wordsOf("Lock", ids, "every request they make is refused until they are unlocked.")
        }
        disabled={none}
        perform={(ids) => lockUsers({ userIds: ids })}
      />
      <BulkActionDialog
        label="Unlock"
        title="Unlock users"
        subject={userIds}
        describe={(ids) => wordsOf("Unlock", ids, "they can use their accounts again.")}
        disabled={none}
        perform={(ids) => unlockUsers({ userIds: ids })}
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
          subject={userIds}
          describe={(ids) =>
            wordsOf(
              "Deactivate",
              ids,
              "each is logged out everywhere, on every device, and can no longer sign in. Their messages stay visible.",
            )
          }
          destructive
          disabled={none}
          perform={(ids) => deactivateUsers({ userIds: ids })}
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
});
