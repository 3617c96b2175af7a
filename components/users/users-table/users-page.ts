import { fetchListPage } from "@/components/ui/paged-list/fetch-list-page";
import type { PageSize } from "@/lib/schemas/page-size";
import { searchParamsOf } from "@/lib/schemas/search-params";
import { parseUserListSearch, toUserListQuery, type UserListSearch } from "@/lib/schemas/user-list";
import type { SynapseUserListEntry } from "@/lib/synapse/user-schemas";

/** One page of the users list, as the page renders it and `/api/v1/users` answers it. */
export type UsersPage = {
  users: SynapseUserListEntry[];
  total: number;
  /** The next page's `from`; null on the last page. */
  next_token: string | null;
};

/** The users list URL of a state (defaults left out). */
export const usersHref = (search: UserListSearch, changes: Partial<UserListSearch> = {}) =>
  `/users${toUserListQuery(search, changes)}`;

/** The state of a users list URL's query, with the reader's page size where it names none. */
export const userSearchOf = (query: URLSearchParams, pageSize?: PageSize) =>
  parseUserListSearch(searchParamsOf(query), pageSize);

/** Reads a page of the users list from the console's API, as the page at `href` shows it. */
export const fetchUsersPage = (href: string, signal: AbortSignal) =>
  fetchListPage<UsersPage>(href.replace(/^\/users/, "/api/v1/users"), signal);
