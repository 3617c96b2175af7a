import type { Metadata } from "next";
import { DestinationsPagination } from "@/components/federation/destinations-table/pagination";
import { DestinationsTable } from "@/components/federation/destinations-table/destinations-table";
import { PageHeader } from "@/components/layout/page-header";
import { PageProblemAlert } from "@/components/layout/page-problem-alert";
import { toPageProblem } from "@/lib/actions/page-problem";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import {
  parseDestinationListSearch,
  toListDestinationsParams,
} from "@/lib/schemas/destination-list";

export const metadata: Metadata = { title: "Federation" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function loadPage(params: ReturnType<typeof toListDestinationsParams>) {
  try {
    const synapse = await getServiceSynapse();
    return { list: await synapse.federation.list(params) };
  } catch (error) {
    return toPageProblem(error);
  }
}

export default async function FederationPage({ searchParams }: Props) {
  const user = await requirePageUser();
  const search = parseDestinationListSearch(await searchParams, user.pageSize);
  const result = await loadPage(toListDestinationsParams(search));
  const now = new Date();
  return (
    <div className="space-y-6">
      <PageHeader
        title="Federation"
        description="The other Matrix servers this one has sent to or tried to, and which of them Synapse is backing off after failures."
      />
      {"problem" in result ? (
        <PageProblemAlert title="Could not list federation destinations" problem={result.problem} />
      ) : result.list.total === 0 ? (
        <p className="text-sm text-muted-foreground" data-testid="destinations-empty">
          No destinations: this server has not talked to another yet.
        </p>
      ) : (
        <>
          <DestinationsTable destinations={result.list.destinations} search={search} now={now} />
          <DestinationsPagination
            search={search}
            total={result.list.total}
            shown={result.list.destinations.length}
            nextToken={result.list.next_token}
          />
        </>
      )}
    </div>
  );
}
