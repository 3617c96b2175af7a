"use client";

import type { ReactNode } from "react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { DatabaseUnavailableAlert } from "./database-unavailable-alert";
import { useDatabaseStatus } from "./use-database-status";

type Props = {
  /** The likely cause, in a sentence, for when the database is not what failed. */
  cause: string;
  /** Next hides server error text in production; the digest lets an admin find it in the log. */
  digest?: string;
  /** The way to try again that fits the boundary (a reset, or a reload). */
  retry: ReactNode;
};

/** What an error boundary shows: that the database is down when it is, otherwise the cause. */
export function PageErrorAlert({ cause, digest, retry }: Props) {
  const database = useDatabaseStatus();
  if (database === "down") return <DatabaseUnavailableAlert>{retry}</DatabaseUnavailableAlert>;
  return (
    <Alert variant="destructive" role="alert" className="max-w-2xl">
      <AlertTitle>This page could not be loaded</AlertTitle>
      <AlertDescription>
        <p>
          {cause}
          {digest ? ` The console's log has the details under reference ${digest}.` : null}
        </p>
        {retry}
      </AlertDescription>
    </Alert>
  );
}
