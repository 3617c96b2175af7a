import { fieldsOf } from "@/lib/audit/describe/entry-fields";
import { formatValue } from "./format-value";

type Props = { label: string; value: unknown; testId: string };

/**
 * A stored input or result: its fields one per line, with the JSON as stored behind a toggle.
 * Secrets were redacted before the entry was written; nothing here can bring them back.
 */
export function EntryData({ label, value, testId }: Props) {
  const fields = Object.entries(fieldsOf(value));
  if (value === null || value === undefined)
    return <p className="text-sm text-muted-foreground">None recorded.</p>;
  return (
    <section aria-label={label} className="space-y-2 text-sm" data-testid={testId}>
      {fields.length ? (
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          {fields.map(([key, field]) => (
            <div key={key} className="contents">
              <dt className="font-mono text-xs text-muted-foreground">{key}</dt>
              <dd className="break-all">{formatValue(field)}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="break-all">{formatValue(value)}</p>
      )}
      <details className="text-xs">
        <summary className="cursor-pointer text-muted-foreground select-none">
          Show the JSON as stored
        </summary>
        <pre className="mt-2 overflow-x-auto rounded-md bg-muted p-3">
          {JSON.stringify(value, null, 2)}
        </pre>
      </details>
    </section>
  );
}
