"use client";

import { PageProblemAlert } from "@/components/layout/page-problem-alert";
import { queryOf } from "@/components/ui/paged-list/list-href";
import { usePagedList } from "@/components/ui/paged-list/use-paged-list";
import type { PageSize } from "@/lib/schemas/page-size";
import type { UserListSearch } from "@/lib/schemas/user-list";
import { UsersPagination } from "./pagination";
import { fetchUsersPage, userSearchOf, usersHref, type UsersPage } from "./users-page";
import { UsersTable, type BulkPermissions } from "./users-table";

type Props = {
  /** The page the server rendered, under `search`. */
  first: UsersPage;
  search: UserListSearch;
  /** The reader's rows per page, for a URL that names none. */
  pageSize?: PageSize;
  permissions: BulkPermissions;
  /** When the server rendered `first`. */
  renderedAt: number;
};

/** The users list with its pager, paged in the browser from the server's first page. */
export function UsersList({ first, search, pageSize, permissions, renderedAt }: Props) {
  // The list's own URLs name any size but the default, so they are read without the person's.
  const searchOf = (href: string) => userSearchOf(queryOf(href));
  const list = usePagedList<UsersPage>({
    first: { href: usersHref(search), page: first },
    hrefOfUrl: (params) => usersHref(userSearchOf(params, pageSize)),
    fetchPage: fetchUsersPage,
    nextHrefOf: ({ href, page }) =>
      page.next_token === null
        ? null
        : usersHref(searchOf(href), { from: Number(page.next_token) }),
  });
  const shownSearch = searchOf(list.shown.href);
  return (
    <>
      {/* The page asked for could not be read: the one before it stays, under the reason. */}
      {list.problem ? (
        <PageProblemAlert title="Could not list users" problem={list.problem} />
      ) : null}
      <UsersTable shown={list.shown} upcoming={list.upcoming} permissions={permissions} />
      <UsersPagination
        search={shownSearch}
        total={list.shown.page.total}
        shown={list.shown.page.users.length}
        nextToken={list.shown.page.next_token}
        follow={list.follow}
        renderedAt={renderedAt}
      />
    </>
  );
}
