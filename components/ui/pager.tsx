import Link from "next/link";
import type { ReactNode } from "react";
import { buttonVariants } from "./button";

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
};

/** Previous/Next as plain links, so paging works without JavaScript and the URL keeps the page. */
export function Pager({
  label = "Pages",
  summary,
  summaryTestId,
  previousHref,
  nextHref,
  previousLabel = "Previous",
  nextLabel = "Next",
}: PagerProps) {
  const link = buttonVariants({ variant: "outline", size: "sm" });
  return (
    <nav aria-label={label} className="flex items-center justify-between gap-4">
      <p className="text-sm text-muted-foreground" data-testid={summaryTestId}>
        {summary}
      </p>
      <div className="flex gap-2">
        {previousHref ? (
          <Link className={link} href={previousHref} prefetch={false}>
            {previousLabel}
          </Link>
        ) : null}
        {nextHref ? (
          <Link className={link} href={nextHref}>
            {nextLabel}
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
