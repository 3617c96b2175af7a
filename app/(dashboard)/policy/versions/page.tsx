import type { Metadata } from "next";
import { HistoryCard } from "@/components/history/history-card";
import { PageHeader } from "@/components/layout/page-header";
import { VersionsTable } from "@/components/policy/versions/versions-table";
import { Card, CardContent } from "@/components/ui/card";
import { Pager } from "@/components/ui/pager";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { findHistoryPage } from "@/lib/data/audit-history";
import { POLICY_HISTORY_FILTER } from "@/lib/policy/policy-audit";
import { historySearchString } from "@/lib/schemas/history-filter";
import { listVersions } from "@/lib/policy/versions";

export const metadata: Metadata = { title: "Policy versions" };
export const dynamic = "force-dynamic";

const PAGE_SIZE = 25;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The `before` version number from the URL, or undefined for the newest page. */
function beforeOf(value: string | string[] | undefined): number | undefined {
  const number = Number.parseInt(String(value ?? ""), 10);
  return Number.isSafeInteger(number) && number > 1 ? number : undefined;
}

/** Numbers run 1, 2, 3… without gaps, so the newer page's `before` is PAGE_SIZE higher. */
function newerPageHref(before: number | undefined, newestNumber: number): string | null {
  if (before === undefined || before > newestNumber) return null;
  const newer = before + PAGE_SIZE;
  return newer > newestNumber ? "/policy/versions" : `/policy/versions?before=${newer}`;
}

export default async function PolicyVersionsPage({ searchParams }: Props) {
  const user = await requirePageUser();
  const before = beforeOf((await searchParams).before);
  const [found, newest, history] = await Promise.all([
    listVersions({ before, take: PAGE_SIZE + 1 }),
    listVersions({ take: 1 }),
    findHistoryPage(user.role, POLICY_HISTORY_FILTER, 20),
  ]);
  const versions = found.slice(0, PAGE_SIZE);
  const first = versions[0];
  const last = versions.at(-1);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Policy versions"
        description="Every saved version of the policy, newest first. Versions never change; choose two to compare them."
      />
      <Card>
        <CardContent className="space-y-4">
          <VersionsTable versions={versions} />
          <Pager
            summary={
              first && last ? `Versions ${first.number} to ${last.number}` : "No versions here"
            }
            previousHref={newerPageHref(before, newest[0]?.number ?? 0)}
            nextHref={
              found.length > PAGE_SIZE && last ? `/policy/versions?before=${last.number}` : null
            }
          />
        </CardContent>
      </Card>
      <HistoryCard
        title="Policy change history"
        rows={history.rows}
        allHref={`/history${historySearchString(POLICY_HISTORY_FILTER)}`}
      />
    </div>
  );
}
