import { Badge } from "@/components/ui/badge";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import type { AuditRow } from "@/lib/data/audit";

const timeFormat = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "medium",
  timeZone: "UTC",
});

const OUTCOME_BADGE = {
  success: { variant: "success", label: "success" },
  failure: { variant: "destructive", label: "failure" },
  // Swept: the process stopped between the change and its outcome, so nobody knows if it happened.
  unknown: { variant: "warning", label: "unknown: process stopped" },
  pending: { variant: "outline", label: "in progress" },
} as const;

function describeInput(input: unknown): string {
  if (input === null || input === undefined) return "";
  const text = JSON.stringify(input);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

/** Audit entries, newest first, as the log stores them (inputs already redacted). */
export function AuditTable({ rows }: { rows: AuditRow[] }) {
  if (rows.length === 0)
    return <p className="text-sm text-muted-foreground">Nothing has been changed yet.</p>;
  return (
    <Table aria-label="Audit log">
      <TableHeader>
        <TableRow>
          <TableHead>When (UTC)</TableHead>
          <TableHead>Who</TableHead>
          <TableHead>Action</TableHead>
          <TableHead>Target</TableHead>
          <TableHead>Outcome</TableHead>
          <TableHead>Input</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id}>
            <TableCell className="whitespace-nowrap tabular-nums">
              {timeFormat.format(row.at)}
            </TableCell>
            <TableCell className="font-mono text-xs">{row.actorId}</TableCell>
            <TableCell className="font-mono text-xs">{row.action}</TableCell>
            <TableCell className="font-mono text-xs">{row.targetId ?? ""}</TableCell>
            <TableCell>
              <Badge
                variant={OUTCOME_BADGE[row.outcome].variant}
                title={row.errorMessage ?? undefined}
              >
                {OUTCOME_BADGE[row.outcome].label}
              </Badge>
            </TableCell>
            <TableCell className="max-w-xs truncate font-mono text-xs text-muted-foreground">
              {describeInput(row.input)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
