"use client";

import { DatabaseUnavailableAlert } from "@/components/errors/database-unavailable-alert";
import { useDatabaseStatus } from "@/components/errors/use-database-status";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import "./globals.css";

/**
 * The last error boundary: an error in a layout (the session lookup of every signed-in page, the
 * sign-in page's) lands here. It replaces the root layout, so it brings its own html and body.
 */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  const database = useDatabaseStatus();
  // Reloading asks the server again; reset() would only re-render what already failed.
  const retry = (
    <a href="" className="mt-3 inline-block font-medium underline underline-offset-4">
      Try again
    </a>
  );
  return (
    <html lang="en">
      <body>
        <main className="mx-auto max-w-2xl p-6">
          <h1 className="mb-4 text-xl font-semibold tracking-tight">Synapse Console</h1>
          {database === "down" ? (
            <DatabaseUnavailableAlert>{retry}</DatabaseUnavailableAlert>
          ) : (
            <Alert variant="destructive" role="alert">
              <AlertTitle>This page could not be loaded</AlertTitle>
              <AlertDescription>
                <p>
                  Something went wrong on the console&apos;s side.
                  {error.digest
                    ? ` The console's log has the details under reference ${error.digest}.`
                    : null}
                </p>
                {retry}
              </AlertDescription>
            </Alert>
          )}
        </main>
      </body>
    </html>
  );
}
