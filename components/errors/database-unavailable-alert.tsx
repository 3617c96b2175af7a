import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/database-unavailable";
import type { ReactNode } from "react";

/** The one way every page says the console's database is down. */
export function DatabaseUnavailableAlert({ children }: { children?: ReactNode }) {
  return (
    <Alert variant="destructive" role="alert" className="max-w-2xl">
      <AlertTitle>The console&apos;s database is down</AlertTitle>
      <AlertDescription>
        <p>{DATABASE_UNAVAILABLE_MESSAGE}</p>
        {children}
      </AlertDescription>
    </Alert>
  );
}
