"use client";

import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from "react";
import { useReportNavigationPending } from "@/components/layout/navigation-pending";
import { FRESH_FOR_MS } from "@/lib/navigation/page-copies";
import { ListPageError } from "./fetch-list-page";
import type { InPlace } from "./follow-link";
import { browserUrlOf, pathOf } from "./list-href";
import type { PageSize } from "@/lib/schemas/page-size";
import { useUrlFollows } from "./use-url-follows";

export type ListPage<Page> = { href: string; page: Page };

export type PagedListOptions<Page, Search> = {
  /** The list URL (path and query) the server rendered, and its page. */
  first: ListPage<Page>;
  /** The list URL for the browser's query, spelled as the list spells `first.href`, so they compare. */
  hrefOfUrl: (params: URLSearchParams) => string;
  /** Reads the page at a list URL from the console. */
  fetchPage: (href: string, signal: AbortSignal) => Promise<Page>;
  /** The list URL of the page after this one, or null on the last page. */
  nextHrefOf: (shown: ListPage<Page>) => string | null;
  /** The state (search, filters, page) a list URL names, read without the reader's page size. */
  searchOf: (href: string) => Search;
  /** The query parameter of the page size, and the reader's own size, for the browser's URLs
   * (list-href.ts's browserUrlOf). */
  sizeKey: "limit" | "size";
  pageSize?: PageSize;
};

/** How `follow` shows a page: sort and filter changes keep the scroll, and a run of typing
 * replaces its own history entry. */
export type FollowOptions = { keepScroll?: boolean; replace?: boolean };

export type PagedList<Page, Search> = {
  /** The list URL asked for last: the URL's, or the one a link or the filters followed since. */
  asked: string;
  /** The states of `asked` (for the filters) and of `shown` (for what describes the rows), each
   * the same object while its URL is. */
  search: { asked: Search; shown: Search };
  /** The page to show: the URL's, or the one before it while the URL's is on its way or failed. */
  shown: ListPage<Page>;
  /** The next page, read ahead, to draw hidden so following it only reveals it. */
  upcoming: ListPage<Page> | null;
  /** Shows the page at a list URL (a pager, a sort, the filters) and adds it to the history. */
  follow: (href: string, options?: FollowOptions) => void;
  /** How the list's links (a pager, sort headers) show their pages: `follow`, the browser's URL,
   * and reading ahead when a pointer rests on one. */
  inPlace: InPlace;
  /** Why the URL's page could not be read, when it could not (`shown` is then the one before). */
  problem: string | null;
};

const pageKey = (href: string) => ["list-page", href] as const;

/**
 * Paging of a list in the browser: the server renders the first page; the next one is read ahead
 * from the console's API (TanStack Query, fresh for a few seconds), so following Next shows rows
 * already there, and a page older than that is shown at once and read again. The URL says which
 * page is shown: Next and Previous add a history entry (no server render), and Back or Forward
 * show the page of the URL they return to.
 */
export function usePagedList<Page, Search>({
  first,
  hrefOfUrl,
  fetchPage,
  nextHrefOf,
  searchOf,
  sizeKey,
  pageSize,
}: PagedListOptions<Page, Search>): PagedList<Page, Search> {
  const queryClient = useQueryClient();
  const router = useRouter();
  const urlHref = hrefOfUrl(new URLSearchParams(useSearchParams()));
  const [shownHref, setShownHref] = useState(urlHref);
  const [seenUrlHref, setSeenUrlHref] = useState(urlHref);
  // Back, Forward or a new render of the server's page: the list follows the URL.
  if (urlHref !== seenUrlHref) {
    setSeenUrlHref(urlHref);
    setShownHref(urlHref);
  }

  // The server's page is the newest answer for its URL: in the cache before the first render reads
  // it (an older copy from an earlier visit must not show for a frame), and again after a refresh.
  // What changed it may have changed the pages around it, so this list's others are read again
  // (another list's, still mounted as this one comes in, has its own server page when it is next
  // shown).
  const { href: firstHref, page: firstPage } = first;
  useState(() => queryClient.setQueryData(pageKey(firstHref), firstPage));
  useLayoutEffect(() => {
    queryClient.setQueryData(pageKey(firstHref), firstPage);
    const path = pathOf(firstHref);
    void queryClient.invalidateQueries({
      queryKey: ["list-page"],
      predicate: ({ queryKey: [, href] }) =>
        typeof href === "string" && href !== firstHref && pathOf(href) === path,
    });
  }, [queryClient, firstHref, firstPage]);

  const read = useCallback(
    (href: string) => ({
      queryKey: pageKey(href),
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchPage(href, signal),
      staleTime: FRESH_FOR_MS,
    }),
    [fetchPage],
  );
  const shownQuery = useQuery({ ...read(shownHref), placeholderData: keepPreviousData });
  // While the URL's page is on its way, or could not be read, the page shown before it stays: kept
  // here, since the cache lets go of a page no list reads any more after a few minutes.
  // So the page shown is the last one that arrived, the same object until another does.
  const arrived = shownQuery.data !== undefined && !shownQuery.isPlaceholderData;
  const [last, setLast] = useState<ListPage<Page>>(first);
  let shown = last;
  if (arrived && (last.href !== shownHref || last.page !== shownQuery.data)) {
    shown = { href: shownHref, page: shownQuery.data as Page };
    setLast(shown);
  }
  const waiting = !arrived && shownQuery.isFetching;
  const nextHref = arrived ? nextHrefOf(shown) : null;
  const upcomingQuery = useQuery({ ...read(nextHref ?? ""), enabled: nextHref !== null });
  // While a page is on its way, the page drawn ahead stays as it was: letting it go would have
  // React take its rows down while the answer may be arriving (see page-slots.tsx).
  const [lastUpcoming, setLastUpcoming] = useState<ListPage<Page> | null>(null);
  let upcoming = lastUpcoming;
  if (!waiting) {
    const now =
      nextHref !== null && upcomingQuery.data !== undefined
        ? { href: nextHref, page: upcomingQuery.data }
        : null;
    if (now?.href !== lastUpcoming?.href || now?.page !== lastUpcoming?.page) {
      upcoming = now;
      setLastUpcoming(now);
    }
  }

  // The top bar shows progress while the rows of a page not read ahead are on their way.
  useReportNavigationPending(waiting);
  // A session that ended is the sign-in page's business: the server's page sends the reader there.
  const { error } = shownQuery;
  useEffect(() => {
    if (error instanceof ListPageError && error.status === 401) router.refresh();
  }, [error, router]);

  const urlOf = useCallback(
    (href: string) => browserUrlOf(href, sizeKey, pageSize),
    [sizeKey, pageSize],
  );
  const expectUrl = useUrlFollows(shownHref, arrived || shownQuery.isError, urlOf);
  // The same functions from render to render, so the parts of the list that take them (the
  // filters, the pager's links) are drawn again only when what they show changes.
  const follow = useCallback(
    (href: string, { keepScroll = false, replace = false }: FollowOptions = {}) => {
      // The request leaves now, before React draws what changes while it is on its way.
      void queryClient.prefetchQuery(read(href));
      setShownHref(href);
      expectUrl(href, replace);
      // Next and Previous sit below the rows: the new page is read from its top.
      if (!keepScroll && window.scrollY > 0) window.scrollTo(0, 0);
    },
    [queryClient, read, expectUrl],
  );
  const prefetch = useCallback(
    (href: string) => void queryClient.prefetchQuery(read(href)),
    [queryClient, read],
  );
  const inPlace = useMemo(() => ({ follow, urlOf, prefetch }), [follow, urlOf, prefetch]);
  const askedSearch = useMemo(() => searchOf(shownHref), [searchOf, shownHref]);
  const shownSearch = useMemo(() => searchOf(shown.href), [searchOf, shown.href]);
  return {
    asked: shownHref,
    search: { asked: askedSearch, shown: shownSearch },
    shown,
    upcoming,
    follow,
    inPlace,
    problem: shownQuery.isError && !arrived ? shownQuery.error.message : null,
  };
}
