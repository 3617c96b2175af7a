import { IntentLink } from "@/components/ui/intent-link";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { reportHref } from "@/components/reports/reports-table/columns";
import { formatTimestamp } from "@/components/users/format-time";
import type { SynapseEventReport } from "@/lib/synapse/event-reports";
import { countOf } from "@/lib/format/count";

type Props = { roomId: string; reports: SynapseEventReport[]; total: number };

/** The newest reports people made about events in this room, each linking to its page. */
export function RoomEventReports({ roomId, reports, total }: Props) {
  if (reports.length === 0) {
    return (
      <p className="text-sm text-muted-foreground" data-testid="room-reports-none">
        None: nobody has reported an event in this room.
      </p>
    );
  }
  return (
    <div className="grid gap-3">
      <Table aria-label="Event reports">
        <TableHeader>
          <TableRow>
            <TableHead>Report</TableHead>
            <TableHead>Reporter</TableHead>
            <TableHead>Reason</TableHead>
            <TableHead>Received</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {reports.map((report) => (
            <TableRow key={report.id}>
              <TableCell className="font-mono">
                <IntentLink
                  className="underline-offset-4 hover:underline"
                  href={reportHref(report.id)}
                >
                  #{report.id}
                </IntentLink>
              </TableCell>
              <TableCell>{report.user_id}</TableCell>
              <TableCell className="max-w-xs truncate">{report.reason ?? "–"}</TableCell>
              <TableCell className="whitespace-nowrap">
                {formatTimestamp(report.received_ts)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {total > reports.length ? (
        <IntentLink
          className="text-sm underline-offset-4 hover:underline"
          href={`/reports?room=${encodeURIComponent(roomId)}`}
        >
          All {countOf(total, "report")} about this room
        </IntentLink>
      ) : null}
    </div>
  );
}
