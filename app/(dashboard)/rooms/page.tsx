import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { PageProblemAlert } from "@/components/layout/page-problem-alert";
import { CreateRoomDialog } from "@/components/rooms/create-room/create-room-dialog";
import { RoomsCsvLink } from "@/components/rooms/rooms-table/rooms-csv-link";
import { RoomsList } from "@/components/rooms/rooms-table/rooms-list";
import { RoomsToolbar } from "@/components/rooms/rooms-table/rooms-toolbar";
import { isPageProblem, toPageProblem } from "@/lib/actions/page-problem";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { hasRole } from "@/lib/auth/roles";
import { getHomeserver } from "@/lib/homeserver/get-homeserver";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { parseRoomListSearch, toListRoomsParams } from "@/lib/schemas/room-list";

export const metadata: Metadata = { title: "Rooms" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RoomsPage({ searchParams }: Props) {
  const user = await requirePageUser();
  const search = parseRoomListSearch(await searchParams, user.pageSize);
  const [page, homeserver] = await Promise.all([
    getServiceSynapse()
      .then((synapse) => synapse.rooms.list(toListRoomsParams(search)))
      .catch(toPageProblem),
    getHomeserver().catch(() => null),
  ]);
  // Only decides what is shown; the action checks the role again on the server.
  const canCreate = hasRole(user.role, "operator") && homeserver !== null;
  return (
    <div className="space-y-6">
      <PageHeader
        title="Rooms"
        description="Rooms this homeserver knows"
        actions={
          <>
            {/* Every role reads the list, so every role may download it. */}
            <RoomsCsvLink pageSize={user.pageSize} />
            {canCreate ? <CreateRoomDialog serverName={homeserver.serverName} /> : null}
          </>
        }
      />
      {isPageProblem(page) ? (
        <>
          <RoomsToolbar search={search} />
          <PageProblemAlert title="The homeserver did not answer" problem={page.problem} />
        </>
      ) : (
        <RoomsList
          first={{
            rooms: page.rooms,
            total: page.total_rooms,
            next_page: page.next_batch === undefined ? null : search.page + 1,
          }}
          search={search}
          pageSize={user.pageSize}
          // eslint-disable-next-line react-hooks/purity -- the render's time tells a page fetched ahead from a fresh one
          renderedAt={Date.now()}
        />
      )}
    </div>
  );
}
