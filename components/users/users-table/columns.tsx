import { IntentLink } from "@/components/ui/intent-link";
import { TableCell, TableRow } from "@/components/ui/table";
import type { SynapseUserListEntry } from "@/lib/synapse/user-schemas";
import { formatTimestamp } from "../format-time";
import { UserStatusBadges } from "../user-status-badges";

export const USER_COLUMNS = ["User", "Display name", "Status", "Created", "Last seen"] as const;

export function userHref(userId: string) {
  return `/users/${encodeURIComponent(userId)}`;
}

type Selection = { selected: boolean; onSelectedChange: (selected: boolean) => void };

/** One user of the list; the ID links to the user's page. With `selection`, a checkbox leads. */
export function UserRow({
  user,
  selection,
}: {
  user: SynapseUserListEntry;
  selection?: Selection;
}) {
  return (
    <TableRow data-testid="user-row" data-state={selection?.selected ? "selected" : undefined}>
      {selection ? (
        <TableCell className="w-8">
          <input
            type="checkbox"
            aria-label={`Select ${user.name}`}
            checked={selection.selected}
            onChange={(event) => selection.onSelectedChange(event.target.checked)}
          />
        </TableCell>
      ) : null}
      <TableCell className="font-mono text-sm" data-column="user">
        <IntentLink className="underline-offset-4 hover:underline" href={userHref(user.name)}>
          {user.name}
        </IntentLink>
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
