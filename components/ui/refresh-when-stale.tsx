"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { createPageAge } from "@/lib/format/page-age";
import { FRESH_FOR_MS, refreshShownPage } from "@/lib/navigation/page-copies";

const ageOf = createPageAge();

/**
 * Reads the page again when it is shown more than a few seconds after the server rendered it: a
 * next page fetched ahead and followed later, or a list Back returns to. The rows appear at once
 * and are replaced by current ones a moment later, never left old. The age is measured without
 * trusting the server's and the browser's clocks to agree (lib/format/page-age.ts), and there is
 * at most one refresh in any 5 s, so no clock or slow answer can make the page refresh itself
 * over and over.
 */
export function RefreshWhenStale({ renderedAt }: { renderedAt: number }) {
  const router = useRouter();
  useEffect(() => {
    if (ageOf(renderedAt, Date.now()) > FRESH_FOR_MS) refreshShownPage(router);
  }, [renderedAt, router]);
  return null;
}
