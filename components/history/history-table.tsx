import { IntentLink } from "@/components/ui/intent-link";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import {
  PHONE_BLOCK,
  PHONE_CELL,
  PHONE_HIDDEN_HEADER,
  PHONE_ROW,
} from "@/components/ui/phone-rows";
import { cn } from "@/lib/utils";
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

// Below md each entry is one compact block instead of a row of five cells, which a phone's width
// squeezed until IDs broke letter by letter: the sentence first, then when and the outcome, then
// who. The target is left out there: the sentence names it, and the entry's page links it.
const ROW = cn(PHONE_ROW, "max-md:grid-cols-[1fr_auto]");

/** Audit entries, newest first: when, who, a sentence of what happened, its target and outcome. */
export function HistoryTable({ rows, empty }: { rows: HistoryRow[]; empty: string }) {
  if (rows.length === 0) return <p className="text-sm text-muted-foreground">{empty}</p>;
  return (
    <Table aria-label="Audit log" className={PHONE_BLOCK}>
      <TableHeader className={PHONE_HIDDEN_HEADER}>
        <TableRow>
          <TableHead>When</TableHead>
          <TableHead>Who</TableHead>
          <TableHead>What happened</TableHead>
          <TableHead>Target</TableHead>
          <TableHead>Outcome</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody className={PHONE_BLOCK}>
        {rows.map((row) => (
          <TableRow key={row.id} data-testid="history-row" className={ROW}>
            <TableCell className={cn("align-top max-md:col-start-1 max-md:text-xs", PHONE_CELL)}>
              <EntryTime at={row.at} />
            </TableCell>
            <TableCell className={cn("align-top max-md:col-span-2", PHONE_CELL)}>
              <EntryActor row={row} />
            </TableCell>
            <TableCell
              className={cn(
                "max-w-md align-top whitespace-normal max-md:order-first max-md:col-span-2 max-md:max-w-none max-md:wrap-anywhere",
                PHONE_CELL,
              )}
            >
              <IntentLink className="font-medium hover:underline" href={entryHref(row.id)}>
                {describeEntry(row)}
              </IntentLink>
              <div className="font-mono text-xs text-muted-foreground">{row.action}</div>
            </TableCell>
            <TableCell className="max-w-xs align-top whitespace-normal max-md:hidden">
              <EntryTarget row={row} />
            </TableCell>
            <TableCell
              className={cn(
                "align-top max-md:col-start-2 max-md:row-start-2 max-md:justify-self-end",
                PHONE_CELL,
              )}
            >
              <OutcomeBadge row={row} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
