"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
// The router's own enum: `router.prefetch` takes it to fetch a page's data, not only its shell.
import { PrefetchKind } from "next/dist/client/components/router-reducer/router-reducer-types";
import { useEffect, type ComponentProps } from "react";
import { LinkPendingReporter } from "@/components/layout/navigation-pending";
import { usePrefetchOnRest } from "./use-prefetch-on-rest";

type Props = Omit<ComponentProps<typeof Link>, "href" | "prefetch"> & {
  href: string;
  /**
   * Fetch the whole page as soon as the link is shown, for the one link a reader is most likely to
   * follow next (a pager's Next). The page it leads to refreshes itself when it was fetched more
   * than a few seconds before it is shown (components/ui/refresh-when-stale.tsx).
   */
  ahead?: boolean;
  /** Resting on it fetches the whole page, not only its frame (use-prefetch-on-rest.ts). */
  restFetchesData?: boolean;
};

/**
 * An in-app link prefetched on intent: when a mouse or the focus rests on it
 * (use-prefetch-on-rest.ts), not when it scrolls into view. A list of 50 rows would otherwise ask
 * the server for 50 page renders nobody may open; the one the person is about to click is still
 * ready in time. A tap fetches the page by navigating, so touch does not prefetch it as well.
 * While the page it opens is on its way, the current page stays and the top bar shows progress
 * (navigation-pending.tsx).
 */
export function IntentLink({
  href,
  ahead,
  restFetchesData,
  onPointerEnter,
  onPointerLeave,
  onFocus,
  onBlur,
  onClick,
  children,
  ...props
}: Props) {
  const router = useRouter();
  const intent = usePrefetchOnRest({ withData: restFetchesData });
  useEffect(() => {
    if (ahead) router.prefetch(href, { kind: PrefetchKind.FULL });
  }, [ahead, href, router]);
  return (
    <Link
      href={href}
      prefetch={false}
      onPointerEnter={(event) => {
        if (!ahead && event.pointerType !== "touch") intent.rest(href);
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
