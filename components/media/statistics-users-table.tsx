import { IntentLink } from "@/components/ui/intent-link";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { formatByteSize } from "@/lib/format/byte-size";
import { toMediaUsersQuery, type MediaUsersSearch } from "@/lib/schemas/media-statistics";
import type { SynapseUserMediaUsage, UsersMediaOrderBy } from "@/lib/synapse/media-statistics";

const COLUMNS: Array<{ key: UsersMediaOrderBy; label: string; numeric?: boolean }> = [
  { key: "user_id", label: "User" },
  { key: "displayname", label: "Display name" },
  { key: "media_count", label: "Media", numeric: true },
  { key: "media_length", label: "Total size", numeric: true },
];

/** Column headers are links: Synapse sorts every user, the page shows one page of them. */
function SortHeader({
  column,
  search,
}: {
  column: (typeof COLUMNS)[number];
  search: MediaUsersSearch;
}) {
  const active = search.sort === column.key;
  // Sizes and counts read best largest first; names from A.
  const first = column.numeric ? "desc" : "asc";
  const dir = active ? (search.dir === "asc" ? "desc" : "asc") : first;
  const href = `/media${toMediaUsersQuery(search, { sort: column.key, dir, from: 0 })}`;
  return (
    <TableHead
      className={column.numeric ? "text-right" : undefined}
      aria-sort={active ? (search.dir === "asc" ? "ascending" : "descending") : undefined}
    >
      <IntentLink className="underline-offset-4 hover:underline" href={href}>
        {column.label}
        {active ? (search.dir === "asc" ? " ↑" : " ↓") : ""}
      </IntentLink>
    </TableHead>
  );
}

type Props = { users: SynapseUserMediaUsage[]; search: MediaUsersSearch };

/** One page of users with the media they uploaded, each linked to the user's page. */
export function StatisticsUsersTable({ users, search }: Props) {
  return (
    <Table aria-label="Users by media">
      <TableHeader>
        <TableRow>
          {COLUMNS.map((column) => (
            <SortHeader key={column.key} column={column} search={search} />
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {users.map((user) => (
          <TableRow key={user.user_id} data-testid="media-user-row">
            <TableCell>
              <IntentLink
                className="underline-offset-4 hover:underline"
                href={`/users/${encodeURIComponent(user.user_id)}`}
              >
                {user.user_id}
              </IntentLink>
            </TableCell>
            <TableCell>
              {user.displayname ?? <span className="text-muted-foreground">—</span>}
            </TableCell>
            <TableCell className="text-right tabular-nums">
              {user.media_count.toLocaleString("en")}
            </TableCell>
            <TableCell
              className="text-right tabular-nums"
              title={`${user.media_length.toLocaleString("en")} bytes`}
            >
              {formatByteSize(user.media_length)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
