import type { JobKind } from "@/lib/generated/prisma/enums";
import { describeRunResult } from "./describe-run-result";

type Props = { kind: JobKind; result: unknown; params: unknown };

/** A run's result in words, with the stored JSON behind a toggle for whoever needs the detail. */
export function RunResult({ kind, result, params }: Props) {
  const words = describeRunResult(kind, result, params);
  return (
    <section aria-label="Result" className="space-y-2 text-sm" data-testid="run-summary">
      {words.shape === "sentence" ? (
        <>
          <p className="font-medium" data-testid="run-summary-headline">
            {words.headline}
          </p>
          {words.notes.length > 0 ? (
            <ul className="list-disc space-y-1 pl-5 text-muted-foreground">
              {words.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          ) : null}
        </>
      ) : (
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          {words.fields.map((field) => (
            <div key={field.label} className="contents">
              <dt className="text-muted-foreground">{field.label}</dt>
              <dd className="break-all">{field.value}</dd>
            </div>
          ))}
        </dl>
      )}
      <details className="text-xs">
        <summary className="cursor-pointer text-muted-foreground select-none">
          Show the raw result
        </summary>
        <pre className="mt-2 overflow-x-auto rounded-md bg-muted p-3" data-testid="run-raw-result">
          {JSON.stringify(result, null, 2)}
        </pre>
      </details>
    </section>
  );
}
