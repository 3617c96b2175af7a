import {
  TIMELINE_FILTERS,
  type TimelineAnchor,
  type TimelineSearch,
} from "@/lib/schemas/room-timeline";
import { isSynapseError, type SynapseClient } from "@/lib/synapse";
import type { SynapseTimelineEvent } from "@/lib/synapse/room-timeline";

/** How many newer events the page shows above an event it was asked to show around. */
export const NEWER_AROUND_EVENT = 5;

export type TimelinePage = {
  /** Newest first, whichever way Synapse paged. */
  events: SynapseTimelineEvent[];
  /** Where the next older or newer page starts; null when there is none. */
  older: Extract<TimelineAnchor, { kind: "token" }> | null;
  newer: Extract<TimelineAnchor, { kind: "token" }> | null;
  /** The event the page was asked for (a date's or a report's), marked in the list. */
  highlight?: string;
  /** Said above the list when the page could not start where it was asked to. */
  notice?: string;
};

type Read = {
  synapse: SynapseClient;
  roomId: string;
  limit: number;
  filter: Record<string, unknown> | undefined;
};

/**
 * Whether Synapse has anything past `from` in that direction. Its `end` token alone does not say:
 * it is there on the last page too, and only a page asked for beyond it comes back without one.
 */
async function hasMore(read: Read, from: string, dir: "b" | "f") {
  const peek = await read.synapse.rooms.messages(read.roomId, {
    from,
    dir,
    limit: 1,
    filter: read.filter,
  });
  // An empty chunk with an end means Synapse filtered a batch away and more may follow.
  return peek.chunk.length > 0 || peek.end !== undefined;
}

const tokenAnchor = (from: string, dir: "b" | "f") => ({ kind: "token" as const, from, dir });

/** A page of events back in time from `from` (the newest point when absent), with its links. */
async function pageBack(read: Read, from?: string) {
  const answer = await read.synapse.rooms.messages(read.roomId, {
    from,
    dir: "b",
    limit: read.limit,
    filter: read.filter,
  });
  const [olderExists, newerExists] = await Promise.all([
    answer.end ? hasMore(read, answer.end, "b") : false,
    from ? hasMore(read, answer.start, "f") : false,
  ]);
  return {
    events: answer.chunk,
    older: olderExists && answer.end ? tokenAnchor(answer.end, "b") : null,
    newer: newerExists ? tokenAnchor(answer.start, "f") : null,
  };
}

/** A page of events forward in time from `from`, turned newest first. */
async function pageForward(read: Read, from: string) {
  const answer = await read.synapse.rooms.messages(read.roomId, {
    from,
    dir: "f",
    limit: read.limit,
    filter: read.filter,
  });
  const [newerExists, olderExists] = await Promise.all([
    answer.end ? hasMore(read, answer.end, "f") : false,
    hasMore(read, answer.start, "b"),
  ]);
  return {
    events: [...answer.chunk].reverse(),
    newer: newerExists && answer.end ? tokenAnchor(answer.end, "f") : null,
    older: olderExists ? tokenAnchor(answer.start, "b") : null,
  };
}

/**
 * The page starting at `eventId` and going back, with `newer` events above it. Synapse's admin API
 * has no token for an event, but its context does: paging back from the end of a context includes
 * the event itself and the newer events the context took.
 */
async function pageFromEvent(read: Read, eventId: string, newer: number) {
  const context = await read.synapse.rooms.eventContext(
    read.roomId,
    eventId,
    2 * newer,
    read.filter,
  );
  return { ...(await pageBack(read, context.end)), highlight: eventId };
}

const utc = (ms: number) => `${new Date(ms).toISOString().slice(0, 16).replace("T", " ")} UTC`;

/** Jump to a date: the last event at or before it heads the page; before the room, its first. */
async function pageAtDate(read: Read, at: number): Promise<TimelinePage> {
  try {
    const found = await read.synapse.rooms.eventAt(read.roomId, at, "b");
    return pageFromEvent(read, found.event_id, 0);
  } catch (error) {
    if (!isSynapseError(error, "not_found")) throw error;
  }
  const first = await read.synapse.rooms.eventAt(read.roomId, at, "f");
  return {
    ...(await pageFromEvent(read, first.event_id, 0)),
    notice: `The room has no event at or before ${utc(at)}; its first event is on ${utc(first.origin_server_ts)}.`,
  };
}

/** The events of one timeline page, as the URL asks (an admin's read: any room, no membership). */
export async function loadTimelinePage(
  synapse: SynapseClient,
  roomId: string,
  search: TimelineSearch,
  anchor: TimelineAnchor,
): Promise<TimelinePage> {
  const read: Read = {
    synapse,
    roomId,
    limit: search.limit,
    filter: TIMELINE_FILTERS[search.show],
  };
  switch (anchor.kind) {
    case "newest":
      return pageBack(read);
    case "token":
      return anchor.dir === "b" ? pageBack(read, anchor.from) : pageForward(read, anchor.from);
    case "date":
      return pageAtDate(read, anchor.at);
    case "event":
      try {
        return await pageFromEvent(read, anchor.eventId, NEWER_AROUND_EVENT);
      } catch (error) {
        if (!isSynapseError(error, "not_found")) throw error;
        return {
          ...(await pageBack(read)),
          notice: `There is no event ${anchor.eventId} in this room (it may have been purged); the newest events follow.`,
        };
      }
  }
}
