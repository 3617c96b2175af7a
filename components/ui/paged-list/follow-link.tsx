"use client";

import type { ReactNode } from "react";
import { opensElsewhere } from "../row-links";

type Props = {
  href: string;
  follow: (href: string) => void;
  className?: string;
  children: ReactNode;
};

/**
 * A link to another page of a list paged in the browser: a plain click shows that page in place;
 * any other (a new tab, a copied address) and a browser without JavaScript get the page's URL.
 */
export function FollowLink({ href, follow, className, children }: Props) {
  return (
    <a
      href={href}
      className={className}
      onClick={(event) => {
        if (opensElsewhere(event)) return;
        event.preventDefault();
        follow(href);
      }}
    >
      {children}
    </a>
  );
}
