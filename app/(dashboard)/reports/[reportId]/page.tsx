import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { PageProblemAlert } from "@/components/layout/page-problem-alert";
import { ActOnUserCard } from "@/components/reports/act-on-user-card";
import { DeleteReportButton } from "@/components/reports/report-detail/delete-report-button";
import { ReportSummary } from "@/components/reports/report-detail/report-summary";
import {
  readReportedEvent,
  ReportedEvent,
} from "@/components/reports/report-detail/reported-event";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { toPageProblem } from "@/lib/actions/page-problem";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { hasRole } from "@/lib/auth/roles";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { isSynapseError } from "@/lib/synapse";

export const metadata: Metadata = { title: "Report" };

type Props = { params: Promise<{ reportId: string }> };

async function loadReport(reportId: string) {
  // Synapse answers 400 for IDs that are not numbers; that is the same "no such report" here.
  if (!/^\d+$/.test(reportId)) return null;
  try {
    const synapse = await getServiceSynapse();
    return { report: await synapse.eventReports.get(reportId) };
  } catch (error) {
    if (isSynapseError(error, "not_found")) return null;
    return toPageProblem(error);
  }
}

export default async function ReportPage({ params }: Props) {
  const user = await requirePageUser();
  const reportId = decodeURIComponent((await params).reportId);
  const result = await loadReport(reportId);
  if (result === null) notFound();
  if ("problem" in result) {
    return <PageProblemAlert title="The homeserver did not answer" problem={result.problem} />;
  }
  const { report } = result;
  const event = readReportedEvent(report);
  const sender = report.sender ?? event?.sender ?? null;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <PageHeader title={`Report #${report.id}`} />
        {hasRole(user.role, "operator") ? (
          <DeleteReportButton
            reportId={report.id}
            roomId={report.room_id}
            reporter={report.user_id}
          />
        ) : null}
      </div>
      <Card>
        <CardHeader>
          <CardTitle>Report</CardTitle>
        </CardHeader>
        <CardContent>
          <ReportSummary report={report} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Reported event</CardTitle>
        </CardHeader>
        <CardContent>
          {/* Every role reads the event the reporter handed over; the timeline around it is admins'. */}
          <ReportedEvent
            report={report}
            event={event}
            canReadTimeline={hasRole(user.role, "admin")}
          />
        </CardContent>
      </Card>
      {sender ? (
        <ActOnUserCard
          userId={sender}
          title="The sender"
          viewer={user}
          room={{ roomId: report.room_id, name: report.name ?? report.canonical_alias }}
        />
      ) : null}
    </div>
  );
}
