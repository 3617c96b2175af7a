import { PageProblemAlert } from "@/components/layout/page-problem-alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Pager } from "@/components/ui/pager";
import { toPageProblem } from "@/lib/actions/page-problem";
import { listRange } from "@/lib/format/list-range";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { findRoomMediaPage, type RoomMediaPage } from "@/lib/media-items/room-media-page";
import {
  ROOM_MEDIA_PAGE_SIZE,
  toRoomMediaQuery,
  type RoomMediaSearch,
} from "@/lib/schemas/room-media-list";
import type { SearchParams } from "@/lib/schemas/search-params";
import { RoomMediaQuarantineButton } from "./room-media-quarantine-button";
import { RoomMediaTable } from "./room-media-table";

type Props = {
  roomId: string;
  roomLabel: string;
  search: RoomMediaSearch;
  /** The page's search parameters, kept in the lists' links. */
  params: SearchParams;
};

async function loadLists(roomId: string, search: RoomMediaSearch) {
  try {
    const synapse = await getServiceSynapse();
    const { local, remote } = await synapse.media.ofRoom(roomId);
    const [localPage, remotePage] = await Promise.all([
      findRoomMediaPage(synapse, local, search.localMediaPage, ROOM_MEDIA_PAGE_SIZE),
      findRoomMediaPage(synapse, remote, search.remoteMediaPage, ROOM_MEDIA_PAGE_SIZE),
    ]);
    return { localPage, remotePage, now: Date.now() };
  } catch (error) {
    return toPageProblem(error);
  }
}

function MediaList(props: {
  title: string;
  noun: string;
  list: RoomMediaPage;
  local: boolean;
  now: number;
  href: (page: number) => string;
}) {
  const { list } = props;
  const first = (list.page - 1) * ROOM_MEDIA_PAGE_SIZE + 1;
  const lastPage = Math.max(1, Math.ceil(list.total / ROOM_MEDIA_PAGE_SIZE));
  return (
    <section className="space-y-2">
      <h3 className="text-sm font-medium">{props.title}</h3>
      {list.total === 0 ? (
        <p className="text-sm text-muted-foreground">None.</p>
      ) : (
        <>
          <RoomMediaTable
            entries={list.entries}
            local={props.local}
            now={props.now}
            label={props.title}
          />
          <Pager
            fetchNextAhead={false}
            label={`${props.title} pages`}
            summary={listRange({
              noun: props.noun,
              first,
              shown: list.entries.length,
              total: list.total,
            })}
            summaryTestId={props.local ? "room-local-media-range" : "room-remote-media-range"}
            previousHref={list.page > 1 ? props.href(list.page - 1) : null}
            nextHref={list.page < lastPage ? props.href(list.page + 1) : null}
          />
        </>
      )}
    </section>
  );
}

/**
 * The files a room's messages point at, local and remote, and "quarantine all". For operators
 * and admins, as a user's media: the names and previews are people's uploads.
 */
export async function RoomMediaPanel({ roomId, roomLabel, search, params }: Props) {
  const result = await loadLists(roomId, search);
  const base = `/rooms/${encodeURIComponent(roomId)}`;
  return (
    <Card id="media">
      <CardHeader className="flex flex-row flex-wrap items-start justify-between gap-2">
        <div className="space-y-1.5">
          <CardTitle>Media</CardTitle>
          <CardDescription>
            Files the room&apos;s messages point at, uploaded here (local) or on other servers
            (remote).
          </CardDescription>
        </div>
        {"problem" in result ? null : (
          <RoomMediaQuarantineButton
            roomId={roomId}
            roomLabel={roomLabel}
            local={result.localPage.total}
            remote={result.remotePage.total}
          />
        )}
      </CardHeader>
      <CardContent className="space-y-6">
        {"problem" in result ? (
          <PageProblemAlert title="Media not shown" problem={result.problem} />
        ) : (
          <>
            <MediaList
              title="Local media"
              noun="local file"
              list={result.localPage}
              local
              now={result.now}
              href={(page) => `${base}${toRoomMediaQuery(params, { localMediaPage: page })}#media`}
            />
            <MediaList
              title="Remote media"
              noun="remote file"
              list={result.remotePage}
              local={false}
              now={result.now}
              href={(page) => `${base}${toRoomMediaQuery(params, { remoteMediaPage: page })}#media`}
            />
          </>
        )}
      </CardContent>
    </Card>
  );
}
