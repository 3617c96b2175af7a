import { fetchListPage } from "@/components/ui/paged-list/fetch-list-page";
import type { PageSize } from "@/lib/schemas/page-size";
import { searchParamsOf } from "@/lib/schemas/search-params";
import { parseUserListSearch, toUserListQuery, type UserListSearch } from "@/lib/schemas/user-list";
import type { UsersPage } from "@/lib/users/users-page-shape";

/** The users list URL of a state (defaults left out). */
export const usersHref = (search: UserListSearch, changes: Partial<UserListSearch> = {}) =>
  `/users${toUserListQuery(search, changes)}`;

/** The CSV export of every user a state's filters match, all pages. */
export const usersCsvHref = (search: UserListSearch) =>
  `/api/v1/users/export${toUserListQuery(search, { from: 0 })}`;

/** The state of a users list URL's query, with the reader's page size where it names none. */
export const userSearchOf = (query: URLSearchParams, pageSize?: PageSize) =>
  parseUserListSearch(searchParamsOf(query), pageSize);

/** Reads a page of the users list from the console's API, as the page at `href` shows it. */
export const fetchUsersPage = (href: string, signal: AbortSignal) =>
  fetchListPage<UsersPage>(href.replace(/^\/users/, "/api/v1/users"), signal);
