import type { Metadata } from "next";
import { HistoryFilterForm } from "@/components/history/history-filter-form";
import { HistoryHeaderActions } from "@/components/history/history-header-actions";
import { HistoryTable } from "@/components/history/history-table";
import { PageHeader } from "@/components/layout/page-header";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Card, CardContent } from "@/components/ui/card";
import { Pager } from "@/components/ui/pager";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { seesConnections } from "@/lib/auth/connection-privacy";
import { hasRole, type Role } from "@/lib/auth/roles";
import { findHistoryPage } from "@/lib/data/audit-history";
import { countOf } from "@/lib/format/count";
import {
  historySearchString,
  parseHistoryFilter,
  type HistoryFilter,
} from "@/lib/schemas/history-filter";
import { DEFAULT_PAGE_SIZE } from "@/lib/schemas/page-size";
import { firstValues, type SearchParams } from "@/lib/schemas/search-params";

export const metadata: Metadata = { title: "History" };

const DESCRIPTION =
  "Every change made through the console, newest first: who made it, what it changed and how it ended.";

type Props = { searchParams: Promise<SearchParams> };

type ListProps = { readerRole: Role; filter: HistoryFilter; pageSize: number };

async function HistoryList({ readerRole, filter, pageSize }: ListProps) {
  const { rows, nextBefore } = await findHistoryPage(readerRole, filter, pageSize);
  return (
    <Card>
      <CardContent className="space-y-4">
        <HistoryTable rows={rows} empty="No entries match these filters." />
        <Pager
          label="History pages"
          summary={`${countOf(rows.length, "entry", "entries")}, newest first${filter.before ? `, older than entry ${filter.before}` : ""}`}
          summaryTestId="history-summary"
          previousHref={
            filter.before
              ? `/history${historySearchString({ ...filter, before: undefined })}`
              : null
          }
          previousLabel="Newest"
          nextHref={
            nextBefore ? `/history${historySearchString({ ...filter, before: nextBefore })}` : null
          }
          nextLabel="Older"
          pageSize={pageSize}
        />
      </CardContent>
    </Card>
  );
}

export default async function HistoryPage({ searchParams }: Props) {
  const user = await requirePageUser();
  const raw = await searchParams;
  const parsed = parseHistoryFilter(raw);
  const problems = parsed.ok
    ? {}
    : Object.fromEntries(parsed.problems.map((problem) => [problem.field, problem.message]));
  return (
    <div className="space-y-6">
      <PageHeader
        title="History"
        description={
          seesConnections(user.role)
            ? DESCRIPTION
            : `${DESCRIPTION} Sign-ins to the console, with the addresses they came from, are listed for operators and admins.`
        }
        actions={
          <HistoryHeaderActions
            filter={parsed.ok ? parsed.filter : null}
            canVerify={hasRole(user.role, "admin")}
          />
        }
      />
      <Card>
        <CardContent>
          <HistoryFilterForm values={firstValues(raw)} problems={problems} />
        </CardContent>
      </Card>
      {parsed.ok ? (
        <HistoryList
          readerRole={user.role}
          filter={parsed.filter}
          pageSize={user.pageSize ?? DEFAULT_PAGE_SIZE}
        />
      ) : (
        <Alert variant="destructive" data-testid="history-filter-refused">
          <AlertTitle>Nothing is listed until the filter is fixed</AlertTitle>
          <AlertDescription>
            A list that left out a filter it could not read would answer another question than
            yours; the fields above say what to change.
          </AlertDescription>
        </Alert>
      )}
    </div>
  );
}
