import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import type { HistoryRow } from "@/lib/data/audit-history";
import { formatValue } from "./format-value";

/** What the action changed, each field from → to; a failed action's are those made before it failed. */
export function EntryChanges({ row }: { row: Pick<HistoryRow, "changes" | "outcome"> }) {
  if (!row.changes?.length)
    return (
      <p className="text-sm text-muted-foreground" data-testid="entry-no-changes">
        This action records no before/after values.
      </p>
    );
  return (
    <Table aria-label="Changes">
      {row.outcome === "failure" ? (
        <TableCaption className="mt-0 mb-2 caption-top text-left">
          Made before it failed: the action recorded these changes, then stopped.
        </TableCaption>
      ) : null}
      <TableHeader>
        <TableRow>
          <TableHead className="w-1/4">Field</TableHead>
          <TableHead>Before</TableHead>
          <TableHead aria-hidden className="w-8" />
          <TableHead>After</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {row.changes.map((change) => (
          <TableRow key={change.field}>
            <TableCell className="font-mono text-xs">{change.field}</TableCell>
            <TableCell className="break-all whitespace-normal">
              {formatValue(change.from)}
            </TableCell>
            <TableCell aria-hidden className="text-muted-foreground">
              →
            </TableCell>
            <TableCell className="break-all whitespace-normal">{formatValue(change.to)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
