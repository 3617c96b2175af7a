"use client";

import { LIST_SEARCH_FIELD } from "@/components/layout/list-search";
import { memo } from "react";
import type { ActiveFilter } from "@/components/list-filters/active-filter-chips";
import { FilterCheck } from "@/components/list-filters/filter-check";
import { LiveFilterForm } from "@/components/list-filters/live-filter-form";
import type { LiveFiltersOptions } from "@/components/list-filters/use-live-filters";
import { Input } from "@/components/ui/input";
import { parseRoomListSearch, type RoomListSearch } from "@/lib/schemas/room-list";
import { roomListHref } from "./room-list-href";

/** What narrows the list now, each with the URL that drops it. */
function activeFilters(search: RoomListSearch): ActiveFilter[] {
  const filters: ActiveFilter[] = [];
  if (search.public) {
    filters.push({
      label: "Public only",
      removeHref: roomListHref(search, { public: false, page: 1 }),
    });
  }
  if (search.empty) {
    filters.push({
      label: "Empty only",
      removeHref: roomListHref(search, { empty: false, page: 1 }),
    });
  }
  return filters;
}

type Props = { search: RoomListSearch; follow?: LiveFiltersOptions["follow"] };

/**
 * The rooms list's filters; the URL is the table's only state, and the sort rides along. Beside a
 * list paged in the browser, `follow` shows what they ask for in place.
 */
export const RoomsToolbar = memo(function RoomsToolbar({ search, follow }: Props) {
  // The form holds no page number, so a change starts from the first page; the page size stays.
  const hrefOf = (values: Record<string, string>) =>
    roomListHref(parseRoomListSearch({ size: String(search.size), ...values }));
  return (
    <LiveFilterForm
      action="/rooms"
      current={roomListHref(search, { page: 1 })}
      hrefOf={hrefOf}
      follow={follow}
      active={activeFilters(search)}
      className="md:flex-row md:flex-wrap md:items-end"
      searchId="rooms-q"
      searchLabel="Search"
      search={
        <Input
          id="rooms-q"
          name="q"
          type="search"
          defaultValue={search.q ?? ""}
          placeholder="Name, alias or room ID"
          {...LIST_SEARCH_FIELD}
        />
      }
      filters={
        <>
          <input type="hidden" name="sort" value={search.sort} />
          <input type="hidden" name="dir" value={search.dir} />
          <FilterCheck name="public" label="Public only" checked={search.public} />
          <FilterCheck name="empty" label="Empty only" checked={search.empty} />
        </>
      }
    />
  );
});
