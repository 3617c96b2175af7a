import { z } from "zod";
import type { SynapseHttp } from "./http";
import { synapsePath } from "./path";
import { nextOffsetSchema, nullableNumberSchema } from "./common-schemas";

const destinationSchema = z.looseObject({
  destination: z.string(),
  /** When Synapse last tried after a failure (ms); 0 or null once it is not backing off. */
  retry_last_ts: nullableNumberSchema,
  /** How long Synapse waits before the next try (ms); 0 or null when it is not backing off. */
  retry_interval: nullableNumberSchema,
  /** When the failures began (ms); null once a request succeeds. */
  failure_ts: nullableNumberSchema,
  /** The last event stream position sent to it; null when none was. */
  last_successful_stream_ordering: nullableNumberSchema,
});
export type SynapseDestination = z.output<typeof destinationSchema>;

export const destinationListSchema = z.looseObject({
  destinations: z.array(destinationSchema),
  total: z.number(),
  next_token: nextOffsetSchema,
});
export type SynapseDestinationList = z.output<typeof destinationListSchema>;

export const DESTINATION_ORDER_BY = [
  "destination",
  "retry_last_ts",
  "retry_interval",
  "failure_ts",
  "last_successful_stream_ordering",
] as const;
export type DestinationOrderBy = (typeof DESTINATION_ORDER_BY)[number];

export type ListDestinationsParams = {
  from?: number;
  limit?: number;
  order_by?: DestinationOrderBy;
  dir?: "f" | "b";
};

/** One page of the servers this homeserver has talked to (or tried to). */
export function listDestinations(
  http: SynapseHttp,
  params: ListDestinationsParams = {},
): Promise<SynapseDestinationList> {
  return http.request(destinationListSchema, {
    path: "/_synapse/admin/v1/federation/destinations",
    query: params,
    what: "list federation destinations",
  });
}

/** One destination's retry timings; Synapse answers 404 for a server it never knew. */
export function getDestination(
  http: SynapseHttp,
  destination: string,
): Promise<SynapseDestination> {
  return http.request(destinationSchema, {
    path: synapsePath`/_synapse/admin/v1/federation/destinations/${destination}`,
    what: `read the federation destination ${destination}`,
  });
}

export const destinationRoomListSchema = z.looseObject({
  rooms: z.array(z.looseObject({ room_id: z.string(), stream_ordering: nullableNumberSchema })),
  total: z.number(),
  next_token: nextOffsetSchema,
});
export type SynapseDestinationRoomList = z.output<typeof destinationRoomListSchema>;

export type ListDestinationRoomsParams = { from?: number; limit?: number; dir?: "f" | "b" };

/** One page of the rooms this homeserver shares with the destination. */
export function listDestinationRooms(
  http: SynapseHttp,
  destination: string,
  params: ListDestinationRoomsParams = {},
): Promise<SynapseDestinationRoomList> {
  return http.request(destinationRoomListSchema, {
    path: synapsePath`/_synapse/admin/v1/federation/destinations/${destination}/rooms`,
    query: params,
    what: `list the rooms shared with ${destination}`,
  });
}

/**
 * Ends the destination's back-off so Synapse tries it again at once. Synapse refuses with 400 when
 * the destination is not backing off and 404 when it does not know it.
 */
export async function resetDestinationConnection(
  http: SynapseHttp,
  destination: string,
): Promise<void> {
  await http.request(z.looseObject({}), {
    method: "POST",
    path: synapsePath`/_synapse/admin/v1/federation/destinations/${destination}/reset_connection`,
    body: {},
    what: `reset the connection to ${destination}`,
  });
}

/** Whether Synapse is backing off the destination (what reset_connection needs to act). */
export function isBackingOff(destination: SynapseDestination): boolean {
  return (destination.retry_last_ts ?? 0) > 0;
}
