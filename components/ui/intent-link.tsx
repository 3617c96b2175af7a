"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

type Props = Omit<ComponentProps<typeof Link>, "href" | "prefetch"> & { href: string };

/**
 * An in-app link prefetched on intent: when a mouse rests on it or it gets the focus, not when it
 * scrolls into view. A list of 50 rows would otherwise ask the server for 50 page renders nobody
 * may open; the one the person is about to click is still ready in time. A tap fetches the page
 * by navigating, so touch does not prefetch it as well.
 */
export function IntentLink({ href, onPointerEnter, onFocus, ...props }: Props) {
  const router = useRouter();
  return (
    <Link
      href={href}
      prefetch={false}
      onPointerEnter={(event) => {
        if (event.pointerType !== "touch") router.prefetch(href);
        onPointerEnter?.(event);
      }}
      onFocus={(event) => {
        router.prefetch(href);
        onFocus?.(event);
      }}
      {...props}
    />
  );
}
