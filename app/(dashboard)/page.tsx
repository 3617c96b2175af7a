import type { Metadata } from "next";
import { HistoryCard } from "@/components/history/history-card";
import { PageHeader } from "@/components/layout/page-header";
import { PageProblemAlert } from "@/components/layout/page-problem-alert";
import { AttentionGrid } from "@/components/overview/attention-grid";
import { ServerStats } from "@/components/overview/server-stats";
import { isPageProblem, toPageProblem } from "@/lib/actions/page-problem";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { findHistoryPage } from "@/lib/data/audit-history";
import { attentionTiles } from "@/lib/overview/attention-tiles";
import { findAttention } from "@/lib/overview/find-attention";
import { getServerOverview } from "@/lib/overview/get-server-overview";

export const metadata: Metadata = { title: "Overview" };

/** How many of the newest audit entries the overview shows. */
const LATEST_CHANGES = 8;

export default async function OverviewPage() {
  // Every figure here is on a page every role reads; the role only has to be signed in.
  const user = await requirePageUser();
  const now = new Date();
  const [overview, attention, recent] = await Promise.all([
    getServerOverview().catch(toPageProblem),
    findAttention(now),
    findHistoryPage(user.role, {}, LATEST_CHANGES).catch(toPageProblem),
  ]);
  return (
    <div className="space-y-8">
      <PageHeader title="Overview" description="Live figures from the homeserver" />
      {isPageProblem(overview) ? (
        <PageProblemAlert title="The homeserver did not answer" problem={overview.problem} />
      ) : (
        <ServerStats overview={overview} />
      )}
      <AttentionGrid tiles={attentionTiles(attention, now)} />
      {isPageProblem(recent) ? (
        <PageProblemAlert title="Could not read the latest changes" problem={recent.problem} />
      ) : (
        <HistoryCard title="Latest changes" rows={recent.rows} allHref="/history" />
      )}
    </div>
  );
}
