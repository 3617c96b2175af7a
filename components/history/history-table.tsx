import { IntentLink } from "@/components/ui/intent-link";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { describeEntry } from "@/lib/audit/describe/describe-entry";
import type { HistoryRow } from "@/lib/data/audit-history";
import { EntryActor } from "./entry-actor";
import { EntryTime } from "./entry-time";
import { OutcomeBadge } from "./outcome-badge";
import { targetHref } from "./target-href";

export const entryHref = (id: string) => `/history/${id}`;

function EntryTarget({ row }: { row: HistoryRow }) {
  if (!row.targetId) return null;
  const href = targetHref(row);
  const label = <span className="font-mono text-xs break-all">{row.targetId}</span>;
  return href ? (
    <IntentLink className="underline" href={href}>
      {label}
    </IntentLink>
  ) : (
    label
  );
}

/** Audit entries, newest first: when, who, a sentence of what happened, its target and outcome. */
export function HistoryTable({ rows, empty }: { rows: HistoryRow[]; empty: string }) {
  if (rows.length === 0) return <p className="text-sm text-muted-foreground">{empty}</p>;
  return (
    <Table aria-label="Audit log">
      <TableHeader>
        <TableRow>
          <TableHead>When</TableHead>
          <TableHead>Who</TableHead>
          <TableHead>What happened</TableHead>
          <TableHead>Target</TableHead>
          <TableHead>Outcome</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id} data-testid="history-row">
            <TableCell className="align-top">
              <EntryTime at={row.at} />
            </TableCell>
            <TableCell className="align-top">
              <EntryActor row={row} />
            </TableCell>
            <TableCell className="max-w-md align-top whitespace-normal">
              <IntentLink className="font-medium hover:underline" href={entryHref(row.id)}>
                {describeEntry(row)}
              </IntentLink>
              <div className="font-mono text-xs text-muted-foreground">{row.action}</div>
            </TableCell>
            <TableCell className="max-w-xs align-top whitespace-normal">
              <EntryTarget row={row} />
            </TableCell>
            <TableCell className="align-top">
              <OutcomeBadge row={row} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
