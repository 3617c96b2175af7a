import { z } from "zod";
import type { SynapseHttp } from "./http";
import { synapsePath } from "./path";

const contentSchema = z.record(z.string(), z.unknown());

/** One event as the admin API serialises it for clients (the room's timeline, a report's event). */
export const timelineEventSchema = z.looseObject({
  event_id: z.string(),
  type: z.string(),
  sender: z.string(),
  origin_server_ts: z.number(),
  content: contentSchema,
  /** Present on state events only ("" for most room-wide state). */
  state_key: z.string().optional(),
  /** On an m.room.redaction: the event it redacted (room versions before 11 keep it here). */
  redacts: z.string().optional(),
  unsigned: z
    .looseObject({
      /** The redaction that emptied this event's content. */
      redacted_because: z.looseObject({ sender: z.string().optional() }).optional(),
      /** A state event's content before this one, when there was one. */
      prev_content: contentSchema.optional(),
    })
    .optional(),
});
export type SynapseTimelineEvent = z.output<typeof timelineEventSchema>;

export const roomMessagesSchema = z.looseObject({
  chunk: z.array(timelineEventSchema),
  /** The token the page started from. */
  start: z.string(),
  /** Where the next page in the same direction starts; absent when Synapse has nothing further. */
  end: z.string().optional(),
});
export type SynapseRoomMessages = z.output<typeof roomMessagesSchema>;

export type ListRoomMessagesParams = {
  /** A token from an earlier page (or a context's); the room's newest point when absent. */
  from?: string;
  to?: string;
  /** "b" pages back in time (newest first), "f" forward (oldest first). */
  dir: "b" | "f";
  limit: number;
  /** An event filter, such as { types: ["m.room.message"] }. */
  filter?: Record<string, unknown>;
};

/** One page of a room's events, as an admin may read any room's (no membership needed). */
export function listRoomMessages(
  http: SynapseHttp,
  roomId: string,
  params: ListRoomMessagesParams,
): Promise<SynapseRoomMessages> {
  return http.request(roomMessagesSchema, {
    path: synapsePath`/_synapse/admin/v1/rooms/${roomId}/messages`,
    query: {
      from: params.from,
      to: params.to,
      dir: params.dir,
      limit: params.limit,
      filter: params.filter ? JSON.stringify(params.filter) : undefined,
    },
    what: `read the messages of ${roomId}`,
  });
}

const timestampEventSchema = z.looseObject({ event_id: z.string(), origin_server_ts: z.number() });
export type SynapseTimestampEvent = z.output<typeof timestampEventSchema>;

/**
 * The event closest to `ts` (ms) in the direction asked: "b" the last one at or before it, "f" the
 * first at or after it. Synapse answers 404 when the room has no event on that side.
 */
export function findEventAtTimestamp(
  http: SynapseHttp,
  roomId: string,
  ts: number,
  dir: "b" | "f",
): Promise<SynapseTimestampEvent> {
  return http.request(timestampEventSchema, {
    path: synapsePath`/_synapse/admin/v1/rooms/${roomId}/timestamp_to_event`,
    query: { ts, dir },
    what: `find the event of ${roomId} at ${new Date(ts).toISOString()}`,
  });
}

const eventContextSchema = z.looseObject({
  event: timelineEventSchema,
  events_before: z.array(timelineEventSchema),
  events_after: z.array(timelineEventSchema),
  /** Paging back from here starts with the newest of events_before. */
  start: z.string(),
  /** Paging back from here starts with the event itself when events_after is empty. */
  end: z.string(),
});
export type SynapseEventContext = z.output<typeof eventContextSchema>;

/**
 * An event with up to `limit` events around it, and the pagination tokens on either side: the only
 * way Synapse's admin API turns an event ID into a token /messages takes.
 */
export function getEventContext(
  http: SynapseHttp,
  roomId: string,
  eventId: string,
  limit: number,
  filter?: Record<string, unknown>,
): Promise<SynapseEventContext> {
  return http.request(eventContextSchema, {
    path: synapsePath`/_synapse/admin/v1/rooms/${roomId}/context/${eventId}`,
    query: { limit, filter: filter ? JSON.stringify(filter) : undefined },
    what: `read the event ${eventId} of ${roomId}`,
  });
}
