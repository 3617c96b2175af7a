"use client";

import type { ReactNode } from "react";
import { PageHeader } from "@/components/layout/page-header";
import { PageProblemAlert } from "@/components/layout/page-problem-alert";
import { DownloadCsvLink } from "@/components/list-export/download-csv-link";
import { queryOf } from "@/components/ui/paged-list/list-href";
import { usePagedList } from "@/components/ui/paged-list/use-paged-list";
import { BulkNoticeDialog } from "@/components/users/server-notices/bulk-notice-dialog";
import { describeFilters } from "@/components/users/server-notices/describe-filters";
import { countOf } from "@/lib/format/count";
import type { PageSize } from "@/lib/schemas/page-size";
import { filtersOf } from "@/lib/schemas/server-notice";
import type { UserListSearch } from "@/lib/schemas/user-list";
import type { UsersPage } from "@/lib/users/users-page-shape";
import { UsersPagination } from "./pagination";
import { ThreepidMatch } from "./threepid-match";
import { UserListFilters } from "./user-list-filters";
import { fetchUsersPage, userSearchOf, usersCsvHref, usersHref } from "./users-page";
import { UsersTable, type BulkPermissions } from "./users-table";

type Props = {
  /** The page the server rendered, under `search`. */
  first: UsersPage;
  search: UserListSearch;
  /** The reader's rows per page, for a URL that names none. */
  pageSize?: PageSize;
  permissions: BulkPermissions;
  /** The header's buttons that do not depend on the list: links to other pages, and "Create user". */
  links: ReactNode;
  create: ReactNode;
  /** When the server rendered `first`. */
  renderedAt: number;
};

// The list's own URLs name any size but the default, so they are read without the person's.
const searchOf = (href: string) => userSearchOf(queryOf(href));

/** The header's count, download and "notice to all matching", for the search shown. */
function UsersHeader({
  search,
  page,
  permissions,
  links,
  create,
  unsettled,
}: Pick<Props, "permissions" | "links" | "create"> & {
  search: UserListSearch;
  page: UsersPage;
  /** Why the rows are not the search asked for (it is on its way, or failed); null when they are. */
  unsettled: string | null;
}) {
  const filters = filtersOf(search);
  return (
    <PageHeader
      title="Users"
      description={
        <span data-testid="users-total">
          {countOf(page.total, "user")} {page.total === 1 ? "matches" : "match"}
        </span>
      }
      actions={
        <div className="flex flex-wrap gap-2">
          {/* Every role reads the list, so every role may download it. */}
          <DownloadCsvLink href={usersCsvHref(search)} what="user" />
          {links}
          {permissions.canOperate ? (
            <BulkNoticeDialog
              label="Notice to all matching"
              buttonSize="default"
              recipients={{ matching: filters }}
              count={page.total}
              // The notice goes to the shown search's users: only once that is the form's too.
              unavailable={unsettled}
              whom={`every user the list's filters match, ${describeFilters(filters)} (${countOf(page.total, "user")} now; the job reads the list again as it goes)`}
            />
          ) : null}
          {create}
        </div>
      }
    />
  );
}

/**
 * The users page under its header: filters, list and pager, paged in the browser from the
 * server's first page. A search, a filter and a page all show in place, with the URL following.
 */
export function UsersList({
  first,
  search,
  pageSize,
  permissions,
  links,
  create,
  renderedAt,
}: Props) {
  const list = usePagedList({
    first: { href: usersHref(search), page: first },
    hrefOfUrl: (params) => usersHref(userSearchOf(params, pageSize)),
    fetchPage: fetchUsersPage,
    nextHrefOf: ({ href, page }) =>
      page.next_token === null
        ? null
        : usersHref(searchOf(href), { from: Number(page.next_token) }),
    searchOf,
    sizeKey: "limit",
    pageSize,
  });
  const { asked: askedSearch, shown: shownSearch } = list.search;
  return (
    <>
      <UsersHeader
        search={shownSearch}
        page={list.shown.page}
        permissions={permissions}
        links={links}
        create={create}
        unsettled={
          list.asked === list.shown.href
            ? null
            : list.problem
              ? "The list shows an earlier search: the one asked for could not be read."
              : "Reading the users this search matches…"
        }
      />
      <UserListFilters search={askedSearch} follow={list.follow} />
      <ThreepidMatch match={list.shown.page.threepid} />
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
        inPlace={list.inPlace}
        renderedAt={renderedAt}
      />
    </>
  );
}
