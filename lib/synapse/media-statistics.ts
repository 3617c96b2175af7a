import { z } from "zod";
import type { SynapseHttp } from "./http";
import { nextOffsetSchema } from "./common-schemas";

const userMediaUsageSchema = z.looseObject({
  user_id: z.string(),
  displayname: z
    .string()
    .nullish()
    .transform((value) => value ?? null),
  media_count: z.number().int().nonnegative(),
  /** Bytes; Synapse sums media_length, which is null for an upload not finished yet. */
  media_length: z
    .number()
    .nullish()
    .transform((value) => value ?? 0),
});
export type SynapseUserMediaUsage = z.output<typeof userMediaUsageSchema>;

export const usersMediaStatisticsSchema = z.looseObject({
  users: z.array(userMediaUsageSchema),
  /** How many users match, not how many media. */
  total: z.number().int().nonnegative(),
  next_token: nextOffsetSchema,
});
export type SynapseUsersMediaStatistics = z.output<typeof usersMediaStatisticsSchema>;

export const USERS_MEDIA_ORDER_BY = [
  "media_length",
  "media_count",
  "user_id",
  "displayname",
] as const;
export type UsersMediaOrderBy = (typeof USERS_MEDIA_ORDER_BY)[number];

export type UsersMediaStatisticsParams = {
  from?: number;
  limit?: number;
  order_by?: UsersMediaOrderBy;
  dir?: "f" | "b";
  /** Only media created at or after this time (ms). */
  from_ts?: number;
  /** Only media created at or before this time (ms); Synapse wants it above from_ts. */
  until_ts?: number;
  /** Part of a localpart or display name; Synapse refuses an empty one. */
  search_term?: string;
};

/** One page of local users with how many media they uploaded and their total size. */
export function listUsersMediaStatistics(
  http: SynapseHttp,
  params: UsersMediaStatisticsParams = {},
): Promise<SynapseUsersMediaStatistics> {
  return http.request(usersMediaStatisticsSchema, {
    path: "/_synapse/admin/v1/statistics/users/media",
    query: params,
    what: "read the users' media statistics",
  });
}

export const largestRoomsSchema = z.looseObject({
  rooms: z.array(z.looseObject({ room_id: z.string(), estimated_size: z.number().nonnegative() })),
});
export type SynapseLargestRooms = z.output<typeof largestRoomsSchema>;

/**
 * The rooms that take the most database space (Synapse's top 10, a rough estimate from
 * PostgreSQL's statistics, in bytes). Synapse answers 400 on SQLite, where it cannot estimate.
 */
export function getLargestRoomsInDatabase(http: SynapseHttp): Promise<SynapseLargestRooms> {
  return http.request(largestRoomsSchema, {
    path: "/_synapse/admin/v1/statistics/database/rooms",
    what: "read the largest rooms in the database",
  });
}
