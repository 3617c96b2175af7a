import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IntentLink } from "@/components/ui/intent-link";
import { PageHeader } from "@/components/layout/page-header";
import { PageProblemAlert } from "@/components/layout/page-problem-alert";
import { ActOnUserCard } from "@/components/reports/act-on-user-card";
import { DeleteUserReportButton } from "@/components/reports/user-report-detail/delete-user-report-button";
import { UserReportSummary } from "@/components/reports/user-report-detail/user-report-summary";
import { UserReportsUnsupported } from "@/components/reports/user-reports-unsupported";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { toPageProblem } from "@/lib/actions/page-problem";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { hasRole } from "@/lib/auth/roles";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { isSynapseError } from "@/lib/synapse";
import { isEndpointMissing, type SynapseUserReport } from "@/lib/synapse/user-reports";

export const metadata: Metadata = { title: "User report" };

type Props = { params: Promise<{ userReportId: string }> };

type Loaded =
  | { report: SynapseUserReport }
  | { problem: string }
  /** The homeserver's Synapse has no user reports admin API; its version when it says. */
  | { unsupported: string | null }
  | null;

async function loadReport(reportId: string): Promise<Loaded> {
  // Synapse answers 400 for IDs that are not numbers; that is the same "no such report" here.
  if (!/^\d{1,18}$/.test(reportId)) return null;
  const synapse = await getServiceSynapse().catch(toPageProblem);
  if ("problem" in synapse) return synapse;
  try {
    return { report: await synapse.userReports.get(reportId) };
  } catch (error) {
    if (isEndpointMissing(error)) {
      const version = await synapse.server.version().catch(() => null);
      return { unsupported: version?.server_version ?? null };
    }
    if (isSynapseError(error, "not_found")) return null;
    return toPageProblem(error);
  }
}

export default async function UserReportPage({ params }: Props) {
  const user = await requirePageUser();
  const reportId = decodeURIComponent((await params).userReportId);
  const result = await loadReport(reportId);
  if (result === null) notFound();
  if ("unsupported" in result) return <UserReportsUnsupported version={result.unsupported} />;
  if ("problem" in result) {
    return <PageProblemAlert title="The homeserver did not answer" problem={result.problem} />;
  }
  const { report } = result;
  return (
    <div className="space-y-6">
      <PageHeader
        title={`User report #${report.id}`}
        actions={
          <>
            <Button variant="outline" asChild>
              <IntentLink href="/reports/users">All user reports</IntentLink>
            </Button>
            {/* Only decides what is shown; the action checks the role again on the server. */}
            {hasRole(user.role, "operator") ? (
              <DeleteUserReportButton
                reportId={report.id}
                targetUserId={report.target_user_id}
                reporter={report.user_id}
              />
            ) : null}
          </>
        }
      />
      <Card>
        <CardHeader>
          <CardTitle>Report about {report.target_user_id}</CardTitle>
        </CardHeader>
        <CardContent>
          <UserReportSummary report={report} />
        </CardContent>
      </Card>
      <ActOnUserCard userId={report.target_user_id} title="The reported user" viewer={user} />
    </div>
  );
}
