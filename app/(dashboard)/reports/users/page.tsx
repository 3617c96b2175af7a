import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { PageProblemAlert } from "@/components/layout/page-problem-alert";
import { ReportKindTabs } from "@/components/reports/report-kind-tabs";
import { UserReportsUnsupported } from "@/components/reports/user-reports-unsupported";
import { UserReportsPagination } from "@/components/reports/user-reports-table/pagination";
import { UserReportListFilters } from "@/components/reports/user-reports-table/user-report-list-filters";
import { UserReportsTable } from "@/components/reports/user-reports-table/user-reports-table";
import { toPageProblem } from "@/lib/actions/page-problem";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { countMatching } from "@/lib/format/count";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { parseUserReportListSearch, toListUserReportsParams } from "@/lib/schemas/user-report-list";
import { isEndpointMissing, type SynapseUserReportList } from "@/lib/synapse/user-reports";

export const metadata: Metadata = { title: "User reports" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

type Loaded =
  | { list: SynapseUserReportList }
  | { problem: string }
  /** The homeserver's Synapse has no user reports admin API; its version when it says. */
  | { unsupported: string | null };

async function loadPage(params: ReturnType<typeof toListUserReportsParams>): Promise<Loaded> {
  const synapse = await getServiceSynapse().catch(toPageProblem);
  if ("problem" in synapse) return synapse;
  try {
    return { list: await synapse.userReports.list(params) };
  } catch (error) {
    if (!isEndpointMissing(error)) return toPageProblem(error);
    // Which Synapse says so, for the sentence; the page stands without it.
    const version = await synapse.server.version().catch(() => null);
    return { unsupported: version?.server_version ?? null };
  }
}

/** Reports users filed about other users (Synapse's user_reports admin API), beside event reports. */
export default async function UserReportsPage({ searchParams }: Props) {
  const user = await requirePageUser();
  const search = parseUserReportListSearch(await searchParams, user.pageSize);
  const result = await loadPage(toListUserReportsParams(search));
  return (
    <div className="space-y-6">
      <PageHeader
        title="Reports"
        description={
          "list" in result ? (
            <span data-testid="user-reports-total">
              {countMatching(result.list.total, "user report")}. Users file them about other users.
            </span>
          ) : undefined
        }
      />
      <ReportKindTabs current="users" />
      {"unsupported" in result ? (
        <UserReportsUnsupported version={result.unsupported} />
      ) : (
        <>
          <UserReportListFilters search={search} />
          {"list" in result ? (
            <>
              <UserReportsTable reports={result.list.user_reports} />
              <UserReportsPagination
                search={search}
                total={result.list.total}
                shown={result.list.user_reports.length}
                nextToken={result.list.next_token}
              />
            </>
          ) : (
            <PageProblemAlert title="Could not list user reports" problem={result.problem} />
          )}
        </>
      )}
    </div>
  );
}
