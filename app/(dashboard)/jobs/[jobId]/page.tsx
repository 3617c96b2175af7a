import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DeleteJobButton } from "@/components/jobs/delete-job-button";
import { JobForm } from "@/components/jobs/job-form/job-form";
import { RecentRunsTable } from "@/components/jobs/recent-runs-table";
import { RunNowButton } from "@/components/jobs/run-now-button";
import { PageHeader } from "@/components/layout/page-header";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { hasRole } from "@/lib/auth/roles";
import { describeCron } from "@/lib/jobs/cron";
import { isSchedulableKind } from "@/lib/jobs/definition-schema";
import {
  findJobKindChoices,
  findRecentRuns,
  getJobDefinition,
  jobKindLabel,
} from "@/lib/jobs/read-jobs";
import { isUuid } from "@/lib/schemas/uuid";

export const metadata: Metadata = { title: "Job" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ jobId: string }> };

export default async function JobPage({ params }: Props) {
  const user = await requirePageUser();
  const { jobId } = await params;
  const job = isUuid(jobId) ? await getJobDefinition(jobId) : null;
  if (!job) notFound();
  const runs = await findRecentRuns(job.id, 20);
  const canEdit = hasRole(user.role, "admin");
  return (
    <div className="space-y-6">
      <PageHeader
        title={job.name}
        description={`${jobKindLabel(job.kind)} · ${job.cron ? (describeCron(job.cron) ?? job.cron) : "only when run by hand"} · created by ${job.createdBy}`}
        actions={
          canEdit ? (
            <>
              <RunNowButton jobId={job.id} />
              <DeleteJobButton jobId={job.id} name={job.name} />
            </>
          ) : undefined
        }
      />
      <Card>
        <CardHeader>
          <CardTitle>Runs</CardTitle>
        </CardHeader>
        <CardContent>
          <RecentRunsTable runs={runs} label="Runs of this job" />
        </CardContent>
      </Card>
      {canEdit && isSchedulableKind(job.kind) ? (
        <Card>
          <CardHeader>
            <CardTitle>Edit</CardTitle>
          </CardHeader>
          <CardContent>
            <JobForm
              kinds={findJobKindChoices()}
              now={new Date().toISOString()}
              job={{
                id: job.id,
                fields: {
                  name: job.name,
                  kind: job.kind,
                  params: JSON.stringify(job.params, null, 2),
                  cron: job.cron ?? "",
                  timezone: job.timezone,
                  enabled: job.enabled,
                },
              }}
            />
          </CardContent>
        </Card>
      ) : (
        <Card>
          <CardHeader>
            <CardTitle>Parameters</CardTitle>
          </CardHeader>
          <CardContent>
            <pre className="text-xs">{JSON.stringify(job.params, null, 2)}</pre>
          </CardContent>
        </Card>
      )}
    </div>
  );
}
