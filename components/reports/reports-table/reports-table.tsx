import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import type { SynapseEventReport } from "@/lib/synapse/event-reports";
import { REPORT_COLUMNS, ReportRow } from "./columns";

export function ReportsTable({ reports }: { reports: SynapseEventReport[] }) {
  return (
    <Table aria-label="Event reports">
      <TableHeader>
        <TableRow>
          {REPORT_COLUMNS.map((column) => (
            <TableHead key={column}>{column}</TableHead>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {reports.length === 0 ? (
          <TableRow>
            <TableCell colSpan={REPORT_COLUMNS.length} className="text-muted-foreground">
              No reports match.
            </TableCell>
          </TableRow>
        ) : (
          reports.map((report) => <ReportRow key={report.id} report={report} />)
        )}
      </TableBody>
    </Table>
  );
}
