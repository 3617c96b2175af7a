import type { UserListSearch } from "@/lib/schemas/user-list";
import { toListUsersParams } from "@/lib/schemas/user-list";
import type { SynapseClient, SynapseUserListEntry } from "@/lib/synapse";
import type { CsvCell, PagedCsvSource } from "./paged-csv-stream";

/** Users per request to Synapse while exporting: 10,000 users are 20 requests. */
const USER_EXPORT_PAGE = 500;

/** What the users list shows, then the fields it folds into badges, then the rest Synapse gives. */
export const USER_CSV_COLUMNS = [
  "name",
  "displayname",
  "admin",
  "deactivated",
  "locked",
  "shadow_banned",
  "guest",
  "erased",
  "user_type",
  "creation_time",
  "last_seen",
  "approved",
  "avatar_url",
] as const;

const iso = (ms: number | null | undefined) =>
  ms === null || ms === undefined ? null : new Date(ms).toISOString();

function toRecord(user: SynapseUserListEntry): Record<(typeof USER_CSV_COLUMNS)[number], CsvCell> {
  return {
    name: user.name,
    displayname: user.displayname,
    admin: user.admin,
    deactivated: user.deactivated,
    locked: user.locked,
    shadow_banned: user.shadow_banned,
    guest: user.is_guest,
    erased: user.erased ?? null,
    // Synapse has no type for ordinary users; the list calls them normal.
    user_type: user.user_type ?? "normal",
    creation_time: iso(user.creation_ts),
    // Synapse writes it in batches, so it can lag real activity by some seconds.
    last_seen: iso(user.last_seen_ts),
    approved: user.approved ?? null,
    avatar_url: user.avatar_url,
  };
}

/** The list's filters and order; its page and page size are not filters. */
type UserExportFilter = Omit<UserListSearch, "from" | "limit">;

/**
 * What of the users list's URL state the export keeps: everything but the page on screen (a new
 * filter of the list fails to compile here until the export keeps it too).
 */
export function toUserExportFilter(search: UserListSearch): UserExportFilter {
  const { q, sort, dir, admins, guests, hideLocked, type, deactivated } = search;
  return { q, sort, dir, admins, guests, hideLocked, type, deactivated };
}

/**
 * The users list under the filter and order, every page of it from the first user, whatever page
 * is on screen.
 */
export function usersCsvSource(
  synapse: SynapseClient,
  filter: UserExportFilter,
  pageSize = USER_EXPORT_PAGE,
): PagedCsvSource<SynapseUserListEntry, string> {
  const params = toListUsersParams({ ...filter, from: 0, limit: pageSize });
  return {
    columns: USER_CSV_COLUMNS,
    toRecord,
    readPage: async (from) => {
      const page = await synapse.users.list({ ...params, from: from ?? 0 });
      return { rows: page.users, next: page.next_token };
    },
  };
}
