import Link from "next/link";
import { TableCell, TableRow } from "@/components/ui/table";
import type { SynapseUserListEntry } from "@/lib/synapse/user-schemas";
import { formatTimestamp } from "../format-time";
import { UserStatusBadges } from "../user-status-badges";

export const USER_COLUMNS = ["User", "Display name", "Status", "Created", "Last seen"] as const;

export function userHref(userId: string) {
  return `/users/${encodeURIComponent(userId)}`;
}

/** One user of the list; the ID links to the user's page. */
export function UserRow({ user }: { user: SynapseUserListEntry }) {
  return (
    <TableRow data-testid="user-row">
      <TableCell className="font-mono text-sm">
        <Link className="underline-offset-4 hover:underline" href={userHref(user.name)}>
          {user.name}
        </Link>
      </TableCell>
      <TableCell>{user.displayname ?? ""}</TableCell>
      <TableCell>
        <UserStatusBadges user={user} />
      </TableCell>
      <TableCell className="text-sm">{formatTimestamp(user.creation_ts)}</TableCell>
      <TableCell className="text-sm">{formatTimestamp(user.last_seen_ts)}</TableCell>
    </TableRow>
  );
}
