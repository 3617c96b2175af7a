import { z } from "zod";
import { firstValues } from "./search-params";
import type { ListUsersParams } from "@/lib/synapse/users";
import { DEFAULT_PAGE_SIZE, pageSizeInUrl, settlePageSize, type PageSize } from "./page-size";
import { hasNoControlCharacters } from "./text";

// Only name and creation_ts are indexed by Synapse; last_seen_ts is offered but flagged as slow.
export const USER_SORT_COLUMNS = ["name", "creation_ts", "last_seen_ts"] as const;
export type UserSortColumn = (typeof USER_SORT_COLUMNS)[number];

export const DEACTIVATED_FILTERS = ["active", "deactivated", "all"] as const;

export const USER_TYPE_FILTERS = ["all", "normal", "bot", "support"] as const;
export type UserTypeFilter = (typeof USER_TYPE_FILTERS)[number];

// Synapse can only leave types out, so "only bots" is "not support and not normal"; "" is normal.
const EXCLUDED_TYPES: Record<UserTypeFilter, readonly string[] | undefined> = {
  all: undefined,
  normal: ["bot", "support"],
  bot: ["", "support"],
  support: ["", "bot"],
};

const flagSchema = z
  .enum(["1", "true", "on"])
  .optional()
  .transform((value) => value !== undefined)
  .catch(false);

/** The users table's state as it lives in the URL search params. */
export const userListSearchSchema = z.object({
  q: z.string().trim().max(256).refine(hasNoControlCharacters).optional().catch(undefined),
  // Far past any real user list; a bigger offset is a hand-edited URL.
  from: z.coerce.number().int().min(0).max(10_000_000).catch(0),
  limit: pageSizeInUrl,
  sort: z.enum(USER_SORT_COLUMNS).catch("name"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  admins: flagSchema,
  guests: flagSchema,
  hideLocked: flagSchema,
  type: z.enum(USER_TYPE_FILTERS).catch("all"),
  deactivated: z.enum(DEACTIVATED_FILTERS).catch("active"),
});

export type UserListSearch = Omit<z.output<typeof userListSearchSchema>, "limit"> & {
  limit: number;
};

/** The URL's state; `pageSize` (the reader's choice) applies when the URL names no page size. */
export function parseUserListSearch(
  raw: Record<string, string | string[] | undefined>,
  pageSize?: PageSize,
): UserListSearch {
  const parsed = settlePageSize(userListSearchSchema.parse(firstValues(raw)), pageSize);
  return { ...parsed, q: parsed.q === "" ? undefined : parsed.q };
}

/** Turns the URL state into the Synapse user list query (offset paging). */
export function toListUsersParams(search: UserListSearch): ListUsersParams {
  return {
    from: search.from,
    limit: search.limit,
    name: search.q,
    order_by: search.sort,
    dir: search.dir === "asc" ? "f" : "b",
    // Absent means "no filter" to Synapse; false would mean "only non-admins".
    admins: search.admins ? true : undefined,
    guests: search.guests,
    // Synapse leaves locked users out unless asked; an admin expects to see them.
    locked: !search.hideLocked,
    not_user_type: EXCLUDED_TYPES[search.type],
    deactivated: search.deactivated === "all" ? undefined : search.deactivated === "deactivated",
  };
}

/** The URL search string for a state, leaving out defaults so links stay short. */
export function toUserListQuery(search: UserListSearch, changes: Partial<UserListSearch> = {}) {
  const next = { ...search, ...changes };
  const query = new URLSearchParams();
  if (next.q) query.set("q", next.q);
  if (next.from > 0) query.set("from", String(next.from));
  if (next.limit !== DEFAULT_PAGE_SIZE) query.set("limit", String(next.limit));
  if (next.sort !== "name") query.set("sort", next.sort);
  if (next.dir !== "asc") query.set("dir", next.dir);
  if (next.admins) query.set("admins", "1");
  if (next.guests) query.set("guests", "1");
  if (next.hideLocked) query.set("hideLocked", "1");
  if (next.type !== "all") query.set("type", next.type);
  if (next.deactivated !== "active") query.set("deactivated", next.deactivated);
  const text = query.toString();
  return text ? `?${text}` : "";
}
