import { IntentLink } from "@/components/ui/intent-link";
import { textOf } from "@/lib/audit/describe/entry-fields";
import type { HistoryRow } from "@/lib/data/audit-history";

type Props = { row: Pick<HistoryRow, "actorId" | "actorRole" | "input"> };

/**
 * Who acted, with the console role they had then. A job acts as "job:<run ID>" (linked to its run)
 * and keeps who asked for it in the input.
 */
export function EntryActor({ row }: Props) {
  const run = /^job:(.+)$/.exec(row.actorId)?.[1];
  const requestedBy = textOf(row.input, "requestedBy");
  return (
    <div className="grid gap-0.5">
      <span className="font-mono text-xs break-all">
        {run ? (
          <IntentLink className="underline" href={`/jobs/runs/${encodeURIComponent(run)}`}>
            {row.actorId}
          </IntentLink>
        ) : (
          row.actorId
        )}
      </span>
      {row.actorRole ? (
        <span className="text-xs text-muted-foreground">{row.actorRole}</span>
      ) : null}
      {run && requestedBy ? (
        <span className="text-xs text-muted-foreground">for {requestedBy}</span>
      ) : null}
    </div>
  );
}
