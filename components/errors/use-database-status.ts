"use client";

import { useEffect, useState } from "react";

export type DatabaseStatus = "checking" | "down" | "up";

/**
 * Whether the console's database answers, asked of /api/health. An error page cannot tell from
 * the error itself: Next.js hides a server error's text from the browser in production.
 */
export function useDatabaseStatus(): DatabaseStatus {
  const [status, setStatus] = useState<DatabaseStatus>("checking");
  useEffect(() => {
    let live = true;
    fetch("/api/health", { cache: "no-store", signal: AbortSignal.timeout(10_000) })
      .then((response) => (response.status === 503 ? "down" : "up"))
      // The console itself did not answer: not something this page can say more about.
      .catch(() => "up" as const)
      .then((next) => live && setStatus(next));
    return () => {
      live = false;
    };
  }, []);
  return status;
}
