"use client";

import { useMemo } from "react";
import { PageProblemAlert } from "@/components/layout/page-problem-alert";
import { queryOf } from "@/components/ui/paged-list/list-href";
import { usePagedList } from "@/components/ui/paged-list/use-paged-list";
import type { PageSize } from "@/lib/schemas/page-size";
import type { RoomListSearch } from "@/lib/schemas/room-list";
import { roomListHref } from "./room-list-href";
import { fetchRoomsPage, roomSearchOf, type RoomsPage } from "./rooms-page";
import { RoomsPager } from "./rooms-pager";
import { RoomsTable } from "./rooms-table";
import { RoomsToolbar } from "./rooms-toolbar";

type Props = {
  /** The page the server rendered, under `search`. */
  first: RoomsPage;
  search: RoomListSearch;
  /** The reader's rows per page, for a URL that names none. */
  pageSize?: PageSize;
  /** When the server rendered `first`. */
  renderedAt: number;
};

// The list's own URLs name any size but the default, so they are read without the person's.
const searchOf = (href: string) => roomSearchOf(queryOf(href));

/**
 * The rooms list with its filters and pager, paged in the browser from the server's first page: a
 * search, a filter, a sort and a page all show in place, with the URL following.
 */
export function RoomsList({ first, search, pageSize, renderedAt }: Props) {
  const list = usePagedList({
    first: { href: roomListHref(search), page: first },
    hrefOfUrl: (params) => roomListHref(roomSearchOf(params, pageSize)),
    fetchPage: fetchRoomsPage,
    nextHrefOf: ({ href, page }) =>
      page.next_page === null ? null : roomListHref(searchOf(href), { page: page.next_page }),
    searchOf,
    sizeKey: "size",
    pageSize,
  });
  const { asked: askedSearch, shown: shownSearch } = list.search;
  // A new order keeps the scroll: the reader is looking at the column they sorted by.
  const { inPlace, follow } = list;
  const sortLinks = useMemo(
    () => ({ ...inPlace, follow: (href: string) => follow(href, { keepScroll: true }) }),
    [inPlace, follow],
  );
  return (
    <>
      <RoomsToolbar search={askedSearch} follow={list.follow} />
      {/* The page asked for could not be read: the one before it stays, under the reason. */}
      {list.problem ? (
        <PageProblemAlert title="The homeserver did not answer" problem={list.problem} />
      ) : null}
      <RoomsTable
        shown={list.shown}
        upcoming={list.upcoming}
        search={shownSearch}
        sortLinks={sortLinks}
      />
      <RoomsPager
        search={shownSearch}
        shown={list.shown.page.rooms.length}
        total={list.shown.page.total}
        hasNext={list.shown.page.next_page !== null}
        inPlace={list.inPlace}
        renderedAt={renderedAt}
      />
    </>
  );
}
