"use client";

import { PageErrorAlert } from "@/components/errors/page-error-alert";
import { Button } from "@/components/ui/button";

export default function DashboardError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <PageErrorAlert
      cause="The homeserver may be down or refusing the console's service account."
      digest={error.digest}
      retry={
        <Button variant="outline" size="sm" className="mt-3" onClick={reset}>
          Try again
        </Button>
      }
    />
  );
}
