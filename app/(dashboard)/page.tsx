import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { HistoryTable } from "@/components/history/history-table";
import { PageHeader } from "@/components/layout/page-header";
import { DisplayNameForm } from "@/components/overview/display-name-form";
import { ServerStats } from "@/components/overview/server-stats";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { hasRole } from "@/lib/auth/roles";
import { findHistoryPage } from "@/lib/data/audit-history";
import { getServerOverview } from "@/lib/overview/get-server-overview";
import { isPageProblem, toPageProblem } from "@/lib/actions/page-problem";
import { PageProblemAlert } from "@/components/layout/page-problem-alert";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage() {
  const user = await requirePageUser();
  const [overview, recent] = await Promise.all([
    getServerOverview().catch(toPageProblem),
    findHistoryPage({}, 10),
  ]);
  return (
    <div className="space-y-8">
      <PageHeader title="Overview" description="Live figures from the homeserver" />
      {isPageProblem(overview) ? (
        <PageProblemAlert title="The homeserver did not answer" problem={overview.problem} />
      ) : (
        <ServerStats overview={overview} />
      )}
      {hasRole(user.role, "operator") ? (
        <Card>
          <CardHeader>
            <CardTitle>Change a display name</CardTitle>
            <CardDescription>
              Acts through the console&apos;s service account and is recorded in the audit log.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <DisplayNameForm />
          </CardContent>
        </Card>
      ) : null}
      <Card>
        <CardHeader>
          <CardTitle>Latest changes</CardTitle>
          <CardDescription>
            The ten newest entries of the audit log;{" "}
            <IntentLink className="underline" href="/history">
              see all in History
            </IntentLink>
            .
          </CardDescription>
        </CardHeader>
        <CardContent>
          <HistoryTable rows={recent.rows} empty="Nothing has been changed yet." />
        </CardContent>
      </Card>
    </div>
  );
}
