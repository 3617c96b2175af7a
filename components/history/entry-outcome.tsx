import type { HistoryRow } from "@/lib/data/audit-history";
import { EntryData } from "./entry-data";

type Props = {
  row: Pick<HistoryRow, "outcome" | "errorCode" | "errorMessage" | "result" | "outcomeAt">;
};

/** How the entry ended: what it produced, or the error (Synapse's errcode and message when it was Synapse's). */
export function EntryOutcome({ row }: Props) {
  if (row.outcome === "pending")
    return (
      <p className="text-sm text-muted-foreground">No outcome yet: the action is still running.</p>
    );
  if (row.outcome === "success")
    return <EntryData label="Result" value={row.result} testId="entry-result" />;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm" data-testid="entry-error">
      <dt className="text-muted-foreground">Error code</dt>
      <dd className="font-mono text-xs">{row.errorCode ?? "none"}</dd>
      <dt className="text-muted-foreground">Message</dt>
      <dd className="break-words">{row.errorMessage ?? "none"}</dd>
    </dl>
  );
}
