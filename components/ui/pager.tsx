import type { ReactNode } from "react";
import { buttonVariants } from "./button";
import { FollowLink, type InPlace } from "./paged-list/follow-link";
import { IntentLink } from "./intent-link";
import { PageSizeSelect } from "./page-size-select";
import { RefreshWhenStale } from "./refresh-when-stale";

type PagerProps = {
  /** The nav's accessible name; "Pages" unless a page holds more than one pager. */
  label?: string;
  /** Where the reader is, such as "26–50 of 120". */
  summary: ReactNode;
  summaryTestId?: string;
  /** Links to the neighbouring pages; none when there is no such page. */
  previousHref?: string | null;
  nextHref?: string | null;
  /** The links' words, where "Previous" and "Next" say less (a newest-first log: "Newest", "Older"). */
  previousLabel?: string;
  nextLabel?: string;
  /**
   * Links to the list's first and last pages, for a list that knows its length; none on the
   * first or last page itself, or where they would be Previous or Next again.
   */
  firstHref?: string | null;
  lastHref?: string | null;
  /**
   * Fetch the next page as soon as this one shows (default). Off for a panel inside a detail page,
   * whose next page is the whole detail page again: reading it for every view would double its cost.
   */
  fetchNextAhead?: boolean;
  /** The list's rows per page, for a list that follows the reader's choice: shows the choice. */
  pageSize?: number;
  /** A list paged in the browser (paged-list/use-paged-list.ts) shows the page itself. */
  inPlace?: InPlace;
  /** When the server rendered the page, if not now: a list paged in the browser renders later. */
  renderedAt?: number;
};

/**
 * Previous/Next as plain links, so paging works without JavaScript and the URL keeps the page.
 * Every list puts it below its rows. The next page is fetched as soon as this one shows (wherever
 * the pager is on the screen), so following it shows the rows at once; a page shown more than a
 * few seconds after it was fetched reads itself again.
 */
export function Pager({
  label = "Pages",
  summary,
  summaryTestId,
  previousHref,
  nextHref,
  previousLabel = "Previous",
  nextLabel = "Next",
  firstHref,
  lastHref,
  fetchNextAhead = true,
  pageSize,
  inPlace,
  renderedAt,
}: PagerProps) {
  const link = buttonVariants({ variant: "outline", size: "sm" });
  const pageLink = (href: string, text: string, ahead: boolean) =>
    inPlace ? (
      <FollowLink className={link} href={href} inPlace={inPlace}>
        {text}
      </FollowLink>
    ) : (
      <IntentLink className={link} href={href} ahead={ahead}>
        {text}
      </IntentLink>
    );
  return (
    <nav aria-label={label} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
      {/* A list paged in place says where it now is, as a new page's title would. */}
      <p
        className="text-sm text-muted-foreground"
        data-testid={summaryTestId}
        aria-live={inPlace ? "polite" : undefined}
      >
        {summary}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        {pageSize ? <PageSizeSelect current={pageSize} /> : null}
        {firstHref && firstHref !== previousHref ? pageLink(firstHref, "First", false) : null}
        {previousHref ? pageLink(previousHref, previousLabel, false) : null}
        {nextHref ? pageLink(nextHref, nextLabel, fetchNextAhead) : null}
        {lastHref && lastHref !== nextHref ? pageLink(lastHref, "Last", false) : null}
      </div>
      {/* The time of this render is the point: it tells a page fetched ahead from a fresh one. */}
      {/* eslint-disable-next-line react-hooks/purity */}
      <RefreshWhenStale renderedAt={renderedAt ?? Date.now()} />
    </nav>
  );
}
