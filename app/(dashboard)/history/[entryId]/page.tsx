import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { notFound } from "next/navigation";
import { formatRunTime } from "@/components/jobs/format-run-time";
import { EntryActor } from "@/components/history/entry-actor";
import { EntryChain } from "@/components/history/entry-chain";
import { EntryChanges } from "@/components/history/entry-changes";
import { EntryData } from "@/components/history/entry-data";
import { EntryOutcome } from "@/components/history/entry-outcome";
import { OutcomeBadge } from "@/components/history/outcome-badge";
import { RelatedEntries } from "@/components/history/related-entries";
import { targetHref } from "@/components/history/target-href";
import { PageHeader } from "@/components/layout/page-header";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { describeEntry } from "@/lib/audit/describe/describe-entry";
import { textOf } from "@/lib/audit/describe/entry-fields";
import { findHistoryEntry, type ChainLinks, type HistoryRow } from "@/lib/data/audit-history";
import { historySearchString } from "@/lib/schemas/history-filter";

export const metadata: Metadata = { title: "History entry" };

type Props = { params: Promise<{ entryId: string }> };

const link = "underline";

function Facts({ row, chain }: { row: HistoryRow; chain: ChainLinks }) {
  const target = row.targetId ? targetHref(row) : null;
  const batch = textOf(row.input, "batchRequestId");
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
      <dt className="text-muted-foreground">When</dt>
      <dd>
        {formatRunTime(row.at)}
        {row.outcomeAt ? ` (ended ${formatRunTime(row.outcomeAt)})` : ""}
      </dd>
      <dt className="text-muted-foreground">Who</dt>
      <dd>
        <EntryActor row={row} />
      </dd>
      <dt className="text-muted-foreground">Action</dt>
      <dd>
        <IntentLink
          className={`${link} font-mono text-xs`}
          href={`/history${historySearchString({ action: row.action })}`}
        >
          {row.action}
        </IntentLink>
      </dd>
      <dt className="text-muted-foreground">Target</dt>
      <dd className="font-mono text-xs break-all">
        {row.targetId ? (
          <>
            {row.targetType}{" "}
            {target ? (
              <IntentLink className={link} href={target}>
                {row.targetId}
              </IntentLink>
            ) : (
              row.targetId
            )}
          </>
        ) : (
          "none"
        )}
      </dd>
      <dt className="text-muted-foreground">Request ID</dt>
      <dd className="font-mono text-xs break-all" data-testid="entry-request-id">
        {row.requestId}
        {batch ? (
          <>
            {" · "}
            <IntentLink
              className={link}
              href={`/history${historySearchString({ action: row.action, q: batch })}`}
            >
              the other entries of the same request
            </IntentLink>
          </>
        ) : null}
      </dd>
      <dt className="text-muted-foreground">Job run</dt>
      <dd>
        {row.jobRunId ? (
          <IntentLink
            className={`${link} font-mono text-xs break-all`}
            href={`/jobs/runs/${row.jobRunId}`}
          >
            {row.jobRunId}
          </IntentLink>
        ) : (
          "none: asked for directly"
        )}
      </dd>
      <dt className="text-muted-foreground">Hash chain</dt>
      <dd>
        <EntryChain links={chain} />
      </dd>
    </dl>
  );
}

export default async function HistoryEntryPage({ params }: Props) {
  const user = await requirePageUser();
  const row = await findHistoryEntry(user.role, (await params).entryId);
  if (!row) notFound();
  const sentence = describeEntry(row);
  return (
    <div className="space-y-6">
      <PageHeader
        title={`History entry ${row.id}`}
        description={
          <IntentLink className={link} href="/history">
            Back to History
          </IntentLink>
        }
      />
      <Card>
        <CardHeader>
          <CardTitle className="flex flex-wrap items-center gap-3">
            <span data-testid="entry-sentence">
              {row.actorId} {sentence}
            </span>
            <OutcomeBadge row={row} />
          </CardTitle>
        </CardHeader>
        <CardContent>
          <Facts row={row} chain={row.chain} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Changes</CardTitle>
        </CardHeader>
        <CardContent>
          <EntryChanges row={row} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Input</CardTitle>
        </CardHeader>
        <CardContent>
          <EntryData label="Input" value={row.input} testId="entry-input" />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{row.outcome === "success" ? "Result" : "Error"}</CardTitle>
        </CardHeader>
        <CardContent>
          <EntryOutcome row={row} />
        </CardContent>
      </Card>
      <RelatedEntries readerRole={user.role} row={row} />
    </div>
  );
}
