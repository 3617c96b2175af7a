"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** Older than this, a list shown from a page fetched ahead is read again. */
export const FRESH_FOR_MS = 5_000;

/**
 * Reads the page again when it is shown more than a few seconds after the server rendered it: a
 * next page fetched ahead and followed later, or a list Back returns to. The rows appear at once
 * and are replaced by current ones a moment later, never left old. `renderedAt` is the server's
 * clock; a skew between the two clocks only makes the refresh come sooner or later.
 */
export function RefreshWhenStale({ renderedAt }: { renderedAt: number }) {
  const router = useRouter();
  useEffect(() => {
    if (Date.now() - renderedAt > FRESH_FOR_MS) router.refresh();
  }, [renderedAt, router]);
  return null;
}
