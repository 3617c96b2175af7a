import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { JobsTable } from "@/components/jobs/jobs-table/jobs-table";
import { RecentRunsTable } from "@/components/jobs/recent-runs-table";
import { PageHeader } from "@/components/layout/page-header";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { hasRole } from "@/lib/auth/roles";
import { findJobDefinitions, findRecentRuns } from "@/lib/jobs/read-jobs";

export const metadata: Metadata = { title: "Jobs" };
// Next run times and statuses change by the minute; never serve a cached list.
export const dynamic = "force-dynamic";

export default async function JobsPage() {
  const user = await requirePageUser();
  const [jobs, runs] = await Promise.all([findJobDefinitions(), findRecentRuns(undefined, 10)]);
  const canEdit = hasRole(user.role, "admin");
  return (
    <div className="space-y-6">
      <PageHeader
        title="Jobs"
        description="Scheduled and on-demand work the console does on Synapse, with each run's progress and results."
        actions={
          canEdit ? (
            <IntentLink className={buttonVariants()} href="/jobs/new">
              New job
            </IntentLink>
          ) : undefined
        }
      />
      <JobsTable jobs={jobs} />
      <Card>
        <CardHeader>
          <CardTitle>Recent runs</CardTitle>
        </CardHeader>
        <CardContent>
          <RecentRunsTable runs={runs} label="Recent runs" />
        </CardContent>
      </Card>
    </div>
  );
}
