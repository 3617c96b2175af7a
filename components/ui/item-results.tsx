import { Check, X } from "lucide-react";

export type ItemResult = { id: string; ok: boolean; error?: string };

type Props = {
  results: ItemResult[];
  /** What happened to the items that went well: "done", "deleted". */
  doneWord: string;
  summaryTestId: string;
  itemTestId?: string;
};

/** What happened to each item of a request on many (users, devices): a count, then one line each. */
export function ItemResults({ results, doneWord, summaryTestId, itemTestId }: Props) {
  const done = results.filter((result) => result.ok).length;
  return (
    <div className="grid gap-2">
      <p className="text-sm font-medium" data-testid={summaryTestId}>
        {done} of {results.length} {doneWord}
        {done < results.length ? `, ${results.length - done} failed` : ""}.
      </p>
      <ul aria-label="Results" className="max-h-64 divide-y overflow-y-auto rounded-md border">
        {results.map((result) => (
          <li
            key={result.id}
            data-testid={itemTestId}
            className="flex items-start gap-2 px-3 py-2 text-sm"
          >
            {result.ok ? (
              <Check className="mt-0.5 size-4 shrink-0 text-green-600" aria-label={doneWord} />
            ) : (
              <X className="mt-0.5 size-4 shrink-0 text-destructive" aria-label="failed" />
            )}
            <div className="min-w-0">
              <p className="font-mono break-all">{result.id}</p>
              {result.ok ? null : <p className="text-destructive">{result.error}</p>}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
