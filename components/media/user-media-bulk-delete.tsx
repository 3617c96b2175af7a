"use client";

import { useQuery } from "@tanstack/react-query";
import { BulkActionDialog } from "@/components/users/users-table/bulk-action-dialog";
import { usersCount } from "@/components/users/users-table/users-count";
import { countUsersMedia } from "@/lib/actions/count-users-media";
import { deleteUsersMedia } from "@/lib/actions/delete-users-media";
import { countOf } from "@/lib/format/count";

/** How many files the selected users have, read when the confirmation opens. */
function SelectedUsersMedia({ userIds }: { userIds: string[] }) {
  const query = useQuery({
    queryKey: ["users", "media-count", userIds],
    queryFn: async () => {
      const result = await countUsersMedia({ userIds });
      if (!result.ok) throw new Error(result.error);
      return result.data;
    },
    staleTime: 5_000,
  });
  if (query.isPending) return <span>Counting their files…</span>;
  if (query.isError) return <span>Their files could not be counted: {query.error.message}</span>;
  const { files, usersWithFiles, unknown } = query.data;
  return (
    <span data-testid="bulk-media-count">
      {countOf(files, "file")} in all, of {usersCount(usersWithFiles)}
      {unknown > 0 ? ` (${usersCount(unknown)} could not be counted)` : ""}.
    </span>
  );
}

/** Deletes every file of each selected user, as a job with one item per user. */
export function UserMediaBulkDelete({ userIds }: { userIds: string[] }) {
  return (
    <BulkActionDialog
      label="Delete media"
      title="Delete all media of these users"
      subject={userIds}
      describe={(ids) => ({
        description: (
          <>
            Deletes every file {usersCount(ids.length)} uploaded, with thumbnails, from the media
            repository for good: {ids.length > 0 ? <SelectedUsersMedia userIds={ids} /> : null}
          </>
        ),
        confirmLabel: `Delete the media of ${usersCount(ids.length)}`,
        count: ids.length,
      })}
      destructive
      disabled={userIds.length === 0}
      perform={(ids) => deleteUsersMedia({ userIds: ids })}
    />
  );
}
