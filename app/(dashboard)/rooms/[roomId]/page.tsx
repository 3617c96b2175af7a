import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IntentLink } from "@/components/ui/intent-link";
import { HistoryCard } from "@/components/history/history-card";
import { RoomMediaPanel } from "@/components/media/room-media-panel";
import { PageHeader } from "@/components/layout/page-header";
import { PageProblemAlert } from "@/components/layout/page-problem-alert";
import { RoomActions } from "@/components/rooms/room-actions/room-actions";
import { getRoomPageData } from "@/components/rooms/room-detail/get-room-page-data";
import { powerLevelOf, readPowerLevels } from "@/components/rooms/room-detail/power-levels";
import { PowerLevelsTable } from "@/components/rooms/room-detail/power-levels-table";
import {
  powerLevelsChangeThreshold,
  readPowerThresholds,
} from "@/components/rooms/room-detail/power-thresholds";
import { RoomEventReports } from "@/components/rooms/room-detail/room-event-reports";
import { pageOfMembers } from "@/components/rooms/room-detail/members-page";
import { RoomMembers } from "@/components/rooms/room-detail/room-members";
import { RoomSummary } from "@/components/rooms/room-detail/room-summary";
import { ForwardExtremities } from "@/components/rooms/room-detail/forward-extremities";
import {
  SpaceChildren,
  SpaceChildrenFromState,
} from "@/components/rooms/room-detail/space-children";
import { buttonVariants } from "@/components/ui/button";
import { hasRole } from "@/lib/auth/roles";
import { DEFAULT_TIMELINE_PAGE_SIZE, timelineHref } from "@/lib/schemas/room-timeline";
import { parseSpaceTreeFrom } from "@/lib/schemas/space-hierarchy-search";
import { StateEvents } from "@/components/rooms/room-detail/state-events";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { isPageProblem, toPageProblem } from "@/lib/actions/page-problem";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { findHistoryPage } from "@/lib/data/audit-history";
import { historySearchString } from "@/lib/schemas/history-filter";
import { roomIdSchema } from "@/lib/schemas/matrix-id";
import { getHomeserver } from "@/lib/homeserver/get-homeserver";
import { parseRoomMediaSearch } from "@/lib/schemas/room-media-list";
import { parseRoomMembersSearch } from "@/lib/schemas/room-members-search";
import { isSynapseError } from "@/lib/synapse";

export const metadata: Metadata = { title: "Room" };

/** The newest entries about the room; the History has the rest. */
const HISTORY_ROWS = 20;

type Props = {
  params: Promise<{ roomId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function RoomPage({ params, searchParams }: Props) {
  const user = await requirePageUser();
  const roomId = decodeURIComponent((await params).roomId);
  // Anything but a room ID is no room Synapse could know: not-found.tsx says what is wrong.
  if (!roomIdSchema.safeParse(roomId).success) notFound();
  const rawSearch = await searchParams;
  const membersSearch = parseRoomMembersSearch(rawSearch);
  const spaceFrom = parseSpaceTreeFrom(rawSearch);
  const [data, history] = await Promise.all([
    getRoomPageData(roomId, spaceFrom).catch((error: unknown) => {
      if (isSynapseError(error, "not_found")) return null;
      return toPageProblem(error);
    }),
    findHistoryPage(user.role, { targetType: "room", target: roomId }, HISTORY_ROWS),
  ]);
  // A missing room is an answer, not a failure: the not-found page says so, with a 404.
  if (data === null) notFound();
  if (isPageProblem(data)) {
    return <PageProblemAlert title="The homeserver did not answer" problem={data.problem} />;
  }
  const levels = readPowerLevels(data.state);
  // Its users link to their pages. The copy the Synapse client above was made from (reused for a
  // few seconds, lib/homeserver/reused-homeserver.ts): no second read of the connection.
  const homeserver = await getHomeserver().catch(() => null);
  // Sending power levels needs membership and enough power; Synapse's admin status does not help.
  const serviceHasPower =
    data.members.includes(data.serviceUserId) &&
    powerLevelOf(levels, data.serviceUserId) >= powerLevelsChangeThreshold(data.state);
  return (
    <div className="space-y-6">
      <PageHeader
        title={data.room.name ?? data.room.canonical_alias ?? roomId}
        description={data.room.topic ?? undefined}
        actions={
          // The timeline shows what people wrote: admins only (see its page).
          hasRole(user.role, "admin") ? (
            <IntentLink
              className={buttonVariants({ variant: "outline" })}
              href={timelineHref(roomId, { show: "all", limit: DEFAULT_TIMELINE_PAGE_SIZE })}
            >
              Timeline
            </IntentLink>
          ) : undefined
        }
      />
      <RoomActions
        role={user.role}
        viewerId={user.matrixId}
        viewerInRoom={data.members.includes(user.matrixId)}
        roomId={roomId}
        roomLabel={data.room.name ?? roomId}
        blocked={data.blocked}
        published={data.room.public}
        serviceUserId={data.serviceUserId}
        serviceHasPower={serviceHasPower}
        serviceCanJoinUsers={
          data.members.includes(data.serviceUserId) || data.room.join_rules === "public"
        }
        roomIsPublic={data.room.join_rules === "public"}
      />
      <Card>
        <CardHeader>
          <CardTitle>Summary</CardTitle>
        </CardHeader>
        <CardContent>
          <RoomSummary room={data.room} extra={data} localServer={homeserver?.serverName} />
        </CardContent>
      </Card>
      {data.hierarchy ? (
        <Card id="space-children">
          <CardHeader>
            <CardTitle>Rooms in this space</CardTitle>
          </CardHeader>
          <CardContent>
            {data.hierarchy.kind === "tree" ? (
              <SpaceChildren
                spaceId={roomId}
                hierarchy={data.hierarchy.hierarchy}
                from={spaceFrom}
              />
            ) : (
              <SpaceChildrenFromState state={data.state} />
            )}
          </CardContent>
        </Card>
      ) : null}
      <Card id="members">
        <CardHeader>
          <CardTitle>Members</CardTitle>
        </CardHeader>
        <CardContent>
          <RoomMembers
            roomId={roomId}
            members={pageOfMembers(data.members, membersSearch)}
            search={membersSearch}
            levels={levels}
            localServer={homeserver?.serverName}
          />
        </CardContent>
      </Card>
      <Card id="forward-extremities">
        <CardHeader>
          <CardTitle>Forward extremities</CardTitle>
        </CardHeader>
        <CardContent>
          <ForwardExtremities
            roomId={roomId}
            roomLabel={data.room.name ?? roomId}
            extremities={data.forwardExtremities}
            canDelete={hasRole(user.role, "admin")}
          />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Power levels</CardTitle>
        </CardHeader>
        <CardContent>
          <PowerLevelsTable levels={levels} thresholds={readPowerThresholds(data.state)} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>State events</CardTitle>
        </CardHeader>
        <CardContent>
          <StateEvents events={data.state} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Event reports</CardTitle>
        </CardHeader>
        <CardContent>
          <RoomEventReports
            roomId={roomId}
            reports={data.reports.items}
            total={data.reports.total}
          />
        </CardContent>
      </Card>
      {/* The files are people's uploads: operators and admins only, as on the user page. */}
      {hasRole(user.role, "operator") ? (
        <RoomMediaPanel
          roomId={roomId}
          roomLabel={data.room.name ?? roomId}
          search={parseRoomMediaSearch(rawSearch)}
          params={rawSearch}
        />
      ) : null}
      <HistoryCard
        title="History"
        rows={history.rows}
        allHref={`/history${historySearchString({ targetType: "room", target: roomId })}`}
      />
    </div>
  );
}
