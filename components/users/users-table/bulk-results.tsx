import { ItemResults } from "@/components/ui/item-results";
import type { BulkUserResult } from "@/lib/schemas/bulk-user-actions";

/** Each user's outcome of a bulk action, failures with their reason. */
export function BulkResults({ results }: { results: BulkUserResult[] }) {
  return (
    <ItemResults
      results={results.map((result) => ({
        id: result.userId,
        ok: result.ok,
        error: result.ok ? undefined : result.error,
      }))}
      doneWord="done"
      summaryTestId="bulk-summary"
      itemTestId="bulk-result"
    />
  );
}
