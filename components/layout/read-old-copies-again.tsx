"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect } from "react";
import { refreshShownPage, showsOldCopy } from "@/lib/navigation/page-copies";

/**
 * In the app's frame: a page that shows from a copy fetched ahead more than a few seconds before
 * is read again at once, so it appears without waiting and is not left old
 * (lib/navigation/page-copies.ts). A component of its own, so a list moving the URL draws only
 * this again, not the frame.
 */
export function ReadOldCopiesAgain() {
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams().toString();
  useEffect(() => {
    if (showsOldCopy(search ? `${pathname}?${search}` : pathname)) refreshShownPage(router);
  }, [pathname, search, router]);
  return null;
}
