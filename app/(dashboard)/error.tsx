"use client";

import { DatabaseUnavailableAlert } from "@/components/errors/database-unavailable-alert";
import { useDatabaseStatus } from "@/components/errors/use-database-status";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** Next hides server error text in production; the digest lets an admin find it in the log. */
export default function DashboardError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const database = useDatabaseStatus();
  const retry = (
    <Button variant="outline" size="sm" className="mt-3" onClick={reset}>
      Try again
    </Button>
  );
  if (database === "down") return <DatabaseUnavailableAlert>{retry}</DatabaseUnavailableAlert>;
  return (
    <Alert variant="destructive" role="alert" className="max-w-2xl">
      <AlertTitle>This page could not be loaded</AlertTitle>
      <AlertDescription>
        <p>
          The homeserver may be down or refusing the console&apos;s service account.
          {error.digest
            ? ` The console's log has the details under reference ${error.digest}.`
            : null}
        </p>
        {retry}
      </AlertDescription>
    </Alert>
  );
}
