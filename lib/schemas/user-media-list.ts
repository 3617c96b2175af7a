import { z } from "zod";
import { USER_MEDIA_ORDER_BY, type ListUserMediaParams } from "@/lib/synapse/media";
import { firstValues, type SearchParams } from "./search-params";

export const USER_MEDIA_PAGE_SIZE = 25;

/**
 * A user's media list state in the user page's URL (`?mediaSort=media_length&mediaDir=desc`),
 * prefixed so it cannot clash with another list on the page. Newest first unless chosen
 * otherwise, as Synapse lists them by default. A bad value falls back instead of failing the page.
 */
export const userMediaSearchSchema = z.object({
  mediaFrom: z.coerce.number().int().min(0).max(10_000_000).catch(0),
  mediaSort: z.enum(USER_MEDIA_ORDER_BY).catch("created_ts"),
  mediaDir: z.enum(["asc", "desc"]).catch("desc"),
});
export type UserMediaSearch = z.output<typeof userMediaSearchSchema>;

export function parseUserMediaSearch(raw: SearchParams): UserMediaSearch {
  return userMediaSearchSchema.parse(firstValues(raw));
}

export function toListUserMediaParams(search: UserMediaSearch): ListUserMediaParams {
  return {
    from: search.mediaFrom,
    limit: USER_MEDIA_PAGE_SIZE,
    order_by: search.mediaSort,
    dir: search.mediaDir === "asc" ? "f" : "b",
  };
}

/** The search string of a state, defaults left out; other parameters of the page are kept. */
export function toUserMediaQuery(
  search: UserMediaSearch,
  changes: Partial<UserMediaSearch> = {},
  others: SearchParams = {},
): string {
  const next = { ...search, ...changes };
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(firstValues(others))) {
    if (value !== undefined && !(key in userMediaSearchSchema.shape)) query.set(key, value);
  }
  if (next.mediaSort !== "created_ts") query.set("mediaSort", next.mediaSort);
  if (next.mediaDir !== "desc") query.set("mediaDir", next.mediaDir);
  if (next.mediaFrom > 0) query.set("mediaFrom", String(next.mediaFrom));
  const text = query.toString();
  return text ? `?${text}` : "";
}
