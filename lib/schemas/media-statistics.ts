import { z } from "zod";
import {
  USERS_MEDIA_ORDER_BY,
  type UsersMediaStatisticsParams,
} from "@/lib/synapse/media-statistics";
import { DEFAULT_PAGE_SIZE, pageSizeInUrl, settlePageSize, type PageSize } from "./page-size";
import { firstValues, type SearchParams } from "./search-params";

const DAY_MS = 86_400_000;

// A shared or hand-edited URL may hold anything; a bad value falls back instead of failing the page.
const dateOrEmpty = z.iso
  .date()
  .catch("")
  .optional()
  .transform((value) => value ?? "");

/** The users-by-media table's state as it lives in the URL. */
export const mediaUsersSearchSchema = z.object({
  from: z.coerce.number().int().min(0).max(10_000_000).catch(0),
  limit: pageSizeInUrl,
  sort: z.enum(USERS_MEDIA_ORDER_BY).catch("media_length"),
  dir: z.enum(["asc", "desc"]).catch("desc"),
  /** Part of a user ID's localpart or a display name. */
  q: z
    .string()
    .trim()
    .max(200)
    .catch("")
    .optional()
    .transform((value) => value ?? ""),
  /** Uploaded on or after this day, and on or before that one (UTC days). */
  since: dateOrEmpty,
  until: dateOrEmpty,
});
export type MediaUsersSearch = z.output<typeof mediaUsersSearchSchema> & { limit: PageSize };

/** The URL's state; `pageSize` (the reader's choice) applies when the URL names no page size. */
export function parseMediaUsersSearch(raw: SearchParams, pageSize?: PageSize): MediaUsersSearch {
  return settlePageSize(mediaUsersSearchSchema.parse(firstValues(raw)), pageSize);
}

/** Why the time range cannot be asked of Synapse, or null when it can. */
export function mediaUsersRangeProblem(search: MediaUsersSearch): string | null {
  if (search.since && search.until && search.until < search.since)
    return "“Uploaded until” must be the same day as “Uploaded since” or later.";
  return null;
}

export function toUsersMediaParams(search: MediaUsersSearch): UsersMediaStatisticsParams {
  return {
    from: search.from,
    limit: search.limit,
    order_by: search.sort,
    dir: search.dir === "asc" ? "f" : "b",
    ...(search.q ? { search_term: search.q } : {}),
    ...(search.since ? { from_ts: Date.parse(`${search.since}T00:00:00Z`) } : {}),
    // The whole of the last day: Synapse's until_ts is inclusive.
    ...(search.until ? { until_ts: Date.parse(`${search.until}T00:00:00Z`) + DAY_MS - 1 } : {}),
  };
}

/** The Media page's URL for a state, leaving out defaults so links stay short. */
export function toMediaUsersQuery(
  search: MediaUsersSearch,
  changes: Partial<MediaUsersSearch> = {},
) {
  const next = { ...search, ...changes };
  const query = new URLSearchParams();
  if (next.sort !== "media_length") query.set("sort", next.sort);
  if (next.dir !== "desc") query.set("dir", next.dir);
  if (next.from > 0) query.set("from", String(next.from));
  if (next.limit !== DEFAULT_PAGE_SIZE) query.set("limit", String(next.limit));
  if (next.q) query.set("q", next.q);
  if (next.since) query.set("since", next.since);
  if (next.until) query.set("until", next.until);
  const text = query.toString();
  return text ? `?${text}` : "";
}
