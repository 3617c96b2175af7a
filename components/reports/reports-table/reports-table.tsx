import { DataTable } from "@/components/ui/data-table";
import type { SynapseEventReport } from "@/lib/synapse/event-reports";
import { REPORT_COLUMNS, ReportRow } from "./columns";

export function ReportsTable({ reports }: { reports: SynapseEventReport[] }) {
  return (
    <DataTable
      label="Event reports"
      columns={REPORT_COLUMNS}
      rows={reports}
      empty="No reports match."
      blocksOnPhone
      renderRow={(report) => <ReportRow key={report.id} report={report} />}
    />
  );
}
