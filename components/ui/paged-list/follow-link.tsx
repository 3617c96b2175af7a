"use client";

import type { ReactNode } from "react";
import { opensElsewhere } from "../row-links";

type Props = {
  href: string;
  follow: (href: string) => void;
  /** Reads the page ahead when a mouse rests on the link or it gets the focus (not on touch). */
  prefetch?: (href: string) => void;
  className?: string;
  children: ReactNode;
};

/**
 * A link to another page of a list paged in the browser: a plain click shows that page in place;
 * any other (a new tab, a copied address) and a browser without JavaScript get the page's URL.
 */
export function FollowLink({ href, follow, prefetch, className, children }: Props) {
  return (
    <a
      href={href}
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
