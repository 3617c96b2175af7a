"use client";

import type { ReactNode } from "react";
import { opensElsewhere } from "../row-links";

/** How the links of a list paged in the browser (use-paged-list.ts) show their pages. */
export type InPlace = {
  /** Shows the page at a list URL in place. */
  follow: (href: string) => void;
  /** The browser's URL of a list URL, for a link opened elsewhere or without JavaScript. */
  urlOf: (href: string) => string;
  /** Reads the page ahead when a mouse rests on the link or it gets the focus (not on touch). */
  prefetch?: (href: string) => void;
};

type Props = {
  /** The list URL of the page. */
  href: string;
  inPlace: InPlace;
  className?: string;
  children: ReactNode;
};

/**
 * A link to another page of a list paged in the browser: a plain click shows that page in place;
 * any other (a new tab, a copied address) and a browser without JavaScript get the page's URL.
 */
export function FollowLink({
  href,
  inPlace: { follow, urlOf, prefetch },
  className,
  children,
}: Props) {
  return (
    <a
      href={urlOf(href)}
      className={className}
      // The table's row links (row-links.ts) leave it to its own handlers.
      data-in-place=""
      onClick={(event) => {
        if (opensElsewhere(event)) return;
        event.preventDefault();
        follow(href);
      }}
      onPointerEnter={(event) => {
        if (event.pointerType !== "touch") prefetch?.(href);
      }}
      onFocus={() => prefetch?.(href)}
    >
      {children}
    </a>
  );
}
