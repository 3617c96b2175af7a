import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IntentLink } from "@/components/ui/intent-link";
import { PageHeader } from "@/components/layout/page-header";
import { PageProblemAlert } from "@/components/layout/page-problem-alert";
import { roomHref } from "@/components/rooms/room-href";
import { JumpToDate } from "@/components/rooms/room-timeline/jump-to-date";
import { TimelineTable } from "@/components/rooms/room-timeline/timeline-table";
import { TimelineViewLinks } from "@/components/rooms/room-timeline/timeline-view-links";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Card, CardContent } from "@/components/ui/card";
import { Pager } from "@/components/ui/pager";
import { toPageProblem } from "@/lib/actions/page-problem";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { countOf } from "@/lib/format/count";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { roomIdSchema } from "@/lib/schemas/matrix-id";
import {
  parseTimelineSearch,
  timelineAnchor,
  timelineHref,
  type TimelineSearch,
} from "@/lib/schemas/room-timeline";
import type { SearchParams } from "@/lib/schemas/search-params";
import { isSynapseError } from "@/lib/synapse";
import { loadTimelinePage } from "@/lib/timeline/load-timeline";

export const metadata: Metadata = { title: "Room timeline" };

type Props = { params: Promise<{ roomId: string }>; searchParams: Promise<SearchParams> };

async function loadTimeline(roomId: string, search: TimelineSearch) {
  // Anything but a room ID is no room Synapse could know (and never reaches its URL).
  if (!roomIdSchema.safeParse(roomId).success) return null;
  try {
    const synapse = await getServiceSynapse();
    const room = await synapse.rooms.get(roomId);
    const page = await loadTimelinePage(synapse, roomId, search, timelineAnchor(search));
    return { room, page };
  } catch (error) {
    if (isSynapseError(error, "not_found")) return null;
    return toPageProblem(error);
  }
}

// Admins only. The timeline shows what people wrote in any room, private and direct chats too,
// without being a member: the same reach as entering a room, which is admin-only for that reason
// (README, Security). Operators manage rooms without reading them; a reported event is shown on its
// report's page to every role, since its sender's room-mate handed it to the moderators.
export default async function RoomTimelinePage({ params, searchParams }: Props) {
  await requirePageUser("admin");
  const roomId = decodeURIComponent((await params).roomId);
  const search = parseTimelineSearch(await searchParams);
  const result = await loadTimeline(roomId, search);
  // The room's not-found page (../not-found.tsx) says which, with a 404.
  if (result === null) notFound();
  if ("problem" in result) {
    return <PageProblemAlert title="The homeserver did not answer" problem={result.problem} />;
  }
  const { room, page } = result;
  const view = { show: search.show, limit: search.limit };
  const onNewest = timelineAnchor(search).kind === "newest";
  return (
    <div className="space-y-6">
      <PageHeader
        title={`Timeline of ${room.name ?? roomId}`}
        description={
          <>
            Newest first, {search.show === "messages" ? "messages only" : "every event"}.{" "}
            <IntentLink className="underline underline-offset-4" href={roomHref(roomId)}>
              Back to the room
            </IntentLink>
          </>
        }
      />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <TimelineViewLinks roomId={roomId} search={search} />
        <JumpToDate roomId={roomId} view={view} />
      </div>
      {page.notice ? (
        <Alert>
          <AlertDescription data-testid="timeline-notice">{page.notice}</AlertDescription>
        </Alert>
      ) : null}
      <Card>
        <CardContent className="space-y-4">
          <TimelineTable events={page.events} highlight={page.highlight} />
          <Pager
            label="Timeline pages"
            summary={
              onNewest
                ? `The newest ${countOf(page.events.length, "event")}`
                : countOf(page.events.length, "event")
            }
            summaryTestId="timeline-range"
            previousHref={page.newer ? timelineHref(roomId, view, page.newer) : null}
            previousLabel="Newer"
            nextHref={page.older ? timelineHref(roomId, view, page.older) : null}
            nextLabel="Older"
          />
          {!onNewest ? (
            <IntentLink
              className="text-sm underline underline-offset-4"
              href={timelineHref(roomId, view)}
            >
              Back to the newest events
            </IntentLink>
          ) : null}
        </CardContent>
      </Card>
    </div>
  );
}
