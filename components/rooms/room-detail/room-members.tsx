import { Button } from "@/components/ui/button";
import { LIST_SEARCH_FIELD } from "@/components/layout/list-search";
import { DataTable } from "@/components/ui/data-table";
import { Input } from "@/components/ui/input";
import { Pager } from "@/components/ui/pager";
import { TableCell, TableRow } from "@/components/ui/table";
import { UserIdLink } from "@/components/users/user-id-link";
import { listRange } from "@/lib/format/list-range";
import { ROOM_MEMBERS_PAGE_SIZE, type RoomMembersSearch } from "@/lib/schemas/room-members-search";
import type { MembersPage } from "./members-page";
import { powerLevelOf, type PowerLevels } from "./power-levels";

type Props = {
  roomId: string;
  members: MembersPage;
  search: RoomMembersSearch;
  levels: PowerLevels;
  /** This homeserver's name: its users link to their pages. */
  localServer?: string;
};

/** The room page's URL for another page or search of its members, scrolled to the list. */
function membersHref(roomId: string, member: string | undefined, page: number) {
  const params = new URLSearchParams();
  if (member) params.set("member", member);
  if (page > 1) params.set("membersPage", String(page));
  const query = params.size > 0 ? `?${params}` : "";
  return `/rooms/${encodeURIComponent(roomId)}${query}#members`;
}

function summaryOf({ rows, page, matching, total }: MembersPage, member: string | undefined) {
  const first = (page - 1) * ROOM_MEMBERS_PAGE_SIZE + 1;
  const filter = member ? `“${member}”` : undefined;
  const range = listRange({ noun: "member", first, shown: rows.length, total: matching, filter });
  return member ? `${range} (${total.toLocaleString("en")} in all)` : range;
}

/** One page of the room's members (a GET form searches them), with their power levels. */
export function RoomMembers({ roomId, members, search, levels, localServer }: Props) {
  const { page, rows, matching } = members;
  const lastPage = Math.max(1, Math.ceil(matching / ROOM_MEMBERS_PAGE_SIZE));
  return (
    <div className="space-y-4">
      <form
        method="get"
        action={`/rooms/${encodeURIComponent(roomId)}#members`}
        className="flex flex-wrap items-end gap-3"
      >
        <label className="flex flex-col gap-1 text-sm">
          Search members
          <Input
            name="member"
            defaultValue={search.member ?? ""}
            placeholder="User ID or part of it"
            {...LIST_SEARCH_FIELD}
          />
        </label>
        <Button type="submit" variant="outline">
          Search
        </Button>
      </form>
      <DataTable
        label="Members"
        columns={["Member", "Power level"]}
        rows={rows}
        empty={search.member ? "No member matches." : "No members."}
        emptyAs="text"
        renderRow={(userId) => (
          <TableRow key={userId}>
            <TableCell>
              <UserIdLink userId={userId} localServer={localServer} />
            </TableCell>
            <TableCell>{powerLevelOf(levels, userId)}</TableCell>
          </TableRow>
        )}
      />
      <Pager
        fetchNextAhead={false}
        label="Member pages"
        summary={summaryOf(members, search.member)}
        summaryTestId="members-count"
        previousHref={page > 1 ? membersHref(roomId, search.member, page - 1) : null}
        nextHref={page < lastPage ? membersHref(roomId, search.member, page + 1) : null}
      />
    </div>
  );
}
