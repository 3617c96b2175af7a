"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, type ComponentProps } from "react";
import { LinkPendingReporter } from "@/components/layout/navigation-pending";
import { prefetchWholePage } from "@/lib/navigation/prefetch-whole-page";
import { usePrefetchOnRest } from "./use-prefetch-on-rest";

type Props = Omit<ComponentProps<typeof Link>, "href" | "prefetch"> & {
  href: string;
  /**
   * Fetch the whole page as soon as the link is shown, for the one link a reader is most likely to
   * follow next (a pager's Next). The page it leads to refreshes itself when it was fetched more
   * than a few seconds before it is shown (lib/navigation/page-copies.ts).
   */
  ahead?: boolean;
  /**
   * A pointer resting on it fetches its page whole, not only the route's shape
   * (use-prefetch-on-rest.ts): for a link a person most likely follows next (the sidebar's).
   */
  wholeOnRest?: boolean;
};

/**
 * An in-app link prefetched on intent: when a mouse or the focus rests on it
 * (use-prefetch-on-rest.ts), not when it scrolls into view. A list of 50 rows would otherwise ask
 * the server for 50 page renders nobody may open. Only a resting pointer fetches a page whole
 * (`wholeOnRest`, `ahead`); the focus fetches the route's shape, so walking the sidebar with Tab
 * renders no page. A tap fetches the page by navigating, so touch does not prefetch it as well.
 * While the page it opens is on its way, the current page stays and the top bar shows progress
 * (navigation-pending.tsx).
 */
export function IntentLink({
  href,
  ahead,
  wholeOnRest,
  onPointerEnter,
  onPointerLeave,
  onFocus,
  onBlur,
  onClick,
  children,
  ...props
}: Props) {
  const router = useRouter();
  const intent = usePrefetchOnRest();
  useEffect(() => {
    if (ahead) prefetchWholePage(router, href);
  }, [ahead, href, router]);
  return (
    <Link
      href={href}
      prefetch={false}
      onPointerEnter={(event) => {
        // A page fetched ahead is kept 30 s: resting on its link after that fetches it again.
        if (event.pointerType !== "touch")
          intent.rest(href, { wholeAfter: ahead || wholeOnRest ? "rest" : undefined });
        onPointerEnter?.(event);
      }}
      onPointerLeave={(event) => {
        intent.stop();
        onPointerLeave?.(event);
      }}
      onFocus={(event) => {
        if (!ahead) intent.rest(href);
        onFocus?.(event);
      }}
      onBlur={(event) => {
        intent.stop();
        onBlur?.(event);
      }}
      onClick={(event) => {
        intent.follow(href);
        onClick?.(event);
      }}
      {...props}
    >
      {children}
      <LinkPendingReporter />
    </Link>
  );
}
