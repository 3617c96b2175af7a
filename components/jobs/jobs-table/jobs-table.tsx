import { DataTable } from "@/components/ui/data-table";
import type { JobListRow } from "@/lib/jobs/read-jobs";
import { JOB_COLUMNS, JobRow } from "./columns";

export function JobsTable({ jobs }: { jobs: JobListRow[] }) {
  return (
    <DataTable
      label="Jobs"
      columns={JOB_COLUMNS}
      rows={jobs}
      empty="No jobs yet."
      renderRow={(job) => <JobRow key={job.id} job={job} />}
    />
  );
}
