import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import type { JobListRow } from "@/lib/jobs/read-jobs";
import { JOB_COLUMNS, JobRow } from "./columns";

export function JobsTable({ jobs }: { jobs: JobListRow[] }) {
  return (
    <Table aria-label="Jobs">
      <TableHeader>
        <TableRow>
          {JOB_COLUMNS.map((column) => (
            <TableHead key={column}>{column}</TableHead>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {jobs.length === 0 ? (
          <TableRow>
            <TableCell colSpan={JOB_COLUMNS.length} className="text-muted-foreground">
              No jobs yet.
            </TableCell>
          </TableRow>
        ) : (
          jobs.map((job) => <JobRow key={job.id} job={job} />)
        )}
      </TableBody>
    </Table>
  );
}
