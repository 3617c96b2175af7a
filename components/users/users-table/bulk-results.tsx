import { Check, X } from "lucide-react";
import type { BulkUserResult } from "@/lib/schemas/bulk-user-actions";

/** Each user's outcome of a bulk action, failures with their reason. */
export function BulkResults({ results }: { results: BulkUserResult[] }) {
  const done = results.filter((result) => result.ok).length;
  return (
    <div className="grid gap-2">
      <p className="text-sm font-medium" data-testid="bulk-summary">
        {done} of {results.length} done
        {done < results.length ? `, ${results.length - done} failed` : ""}.
      </p>
      <ul aria-label="Results" className="max-h-64 divide-y overflow-y-auto rounded-md border">
        {results.map((result) => (
          <li
            key={result.userId}
            data-testid="bulk-result"
            className="flex items-start gap-2 px-3 py-2 text-sm"
          >
            {result.ok ? (
              <Check className="mt-0.5 size-4 shrink-0 text-green-600" aria-label="done" />
            ) : (
              <X className="mt-0.5 size-4 shrink-0 text-destructive" aria-label="failed" />
            )}
            <div className="min-w-0">
              <p className="font-mono break-all">{result.userId}</p>
              {result.ok ? null : <p className="text-destructive">{result.error}</p>}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
