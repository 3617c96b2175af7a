import { IntentLink } from "@/components/ui/intent-link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { Role } from "@/lib/auth/roles";
import { findHistoryPage, type HistoryRow } from "@/lib/data/audit-history";
import { historySearchString } from "@/lib/schemas/history-filter";
import { HistoryTable } from "./history-table";

const SHOWN = 20;

/**
 * The other entries the entry's job run wrote, with a link to all of them. (An entry's request ID
 * is its own, so a request has no other entries; a bulk join ties its joins by batchRequestId.)
 */
export async function RelatedEntries({
  readerRole,
  row,
}: {
  readerRole: Role;
  row: Pick<HistoryRow, "id" | "jobRunId">;
}) {
  if (!row.jobRunId) return null;
  const { rows } = await findHistoryPage(readerRole, { run: row.jobRunId }, SHOWN + 1);
  const others = rows.filter((other) => other.id !== row.id).slice(0, SHOWN);
  return (
    <Card>
      <CardHeader>
        <CardTitle>Other entries of the same job run</CardTitle>
        <CardDescription>
          <IntentLink
            className="underline"
            href={`/history${historySearchString({ run: row.jobRunId })}`}
          >
            See all entries of this run in History
          </IntentLink>
        </CardDescription>
      </CardHeader>
      <CardContent>
        <HistoryTable rows={others} empty="This run wrote no other entry." />
      </CardContent>
    </Card>
  );
}
