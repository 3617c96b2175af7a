import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { PageProblemAlert } from "@/components/layout/page-problem-alert";
import { ReportKindTabs } from "@/components/reports/report-kind-tabs";
import { ReportsPagination } from "@/components/reports/reports-table/pagination";
import { ReportListFilters } from "@/components/reports/reports-table/report-list-filters";
import { ReportsTable } from "@/components/reports/reports-table/reports-table";
import { toPageProblem } from "@/lib/actions/page-problem";
import { countMatching } from "@/lib/format/count";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import {
  parseEventReportListSearch,
  toListEventReportsParams,
} from "@/lib/schemas/event-report-list";

export const metadata: Metadata = { title: "Reports" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function loadPage(params: ReturnType<typeof toListEventReportsParams>) {
  try {
    const synapse = await getServiceSynapse();
    return { list: await synapse.eventReports.list(params) };
  } catch (error) {
    return toPageProblem(error);
  }
}

export default async function ReportsPage({ searchParams }: Props) {
  const user = await requirePageUser();
  const search = parseEventReportListSearch(await searchParams, user.pageSize);
  const result = await loadPage(toListEventReportsParams(search));
  return (
    <div className="space-y-6">
      <PageHeader
        title="Reports"
        description={
          "list" in result ? (
            <span data-testid="reports-total">
              {countMatching(result.list.total, "event report")}. Users file them about messages in
              rooms.
            </span>
          ) : undefined
        }
      />
      <ReportKindTabs current="events" />
      <ReportListFilters search={search} />
      {"list" in result ? (
        <>
          <ReportsTable reports={result.list.event_reports} />
          <ReportsPagination
            search={search}
            total={result.list.total}
            shown={result.list.event_reports.length}
            nextToken={result.list.next_token}
          />
        </>
      ) : (
        <PageProblemAlert title="Could not list event reports" problem={result.problem} />
      )}
    </div>
  );
}
