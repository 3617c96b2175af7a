import { DataTable } from "@/components/ui/data-table";
import type { SynapseUserReport } from "@/lib/synapse/user-reports";
import { USER_REPORT_COLUMNS, UserReportRow } from "./columns";

export function UserReportsTable({ reports }: { reports: SynapseUserReport[] }) {
  return (
    <DataTable
      label="User reports"
      columns={USER_REPORT_COLUMNS}
      rows={reports}
      empty="No user reports match."
      blocksOnPhone
      renderRow={(report) => <UserReportRow key={report.id} report={report} />}
    />
  );
}
