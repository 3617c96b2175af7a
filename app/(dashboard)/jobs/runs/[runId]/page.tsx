import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IntentLink } from "@/components/ui/intent-link";
import { formatRunTime } from "@/components/jobs/format-run-time";
import { RunItemsTable } from "@/components/jobs/run-detail/run-items-table";
import { RunProgress } from "@/components/jobs/run-detail/run-progress";
import { RunResult } from "@/components/jobs/run-detail/run-result";
import { PageHeader } from "@/components/layout/page-header";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { mayControlRun } from "@/lib/jobs/run-control-access";
import { findJobRunItems, getJobRun } from "@/lib/jobs/read-jobs";
import { isUuid } from "@/lib/schemas/uuid";

export const metadata: Metadata = { title: "Job run" };
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ runId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function JobRunPage({ params, searchParams }: Props) {
  const user = await requirePageUser();
  const { runId } = await params;
  const search = await searchParams;
  const run = isUuid(runId) ? await getJobRun(runId) : null;
  if (!run) notFound();
  const pageNumber = Math.max(1, Number.parseInt(String(search.page ?? "1"), 10) || 1);
  const failuresOnly = search.failures === "1";
  const items = await findJobRunItems(run.id, { page: pageNumber, failuresOnly });
  const title = run.definitionName ?? run.kindLabel;
  return (
    <div className="space-y-6">
      <PageHeader
        title={`Run of ${title}`}
        description={
          <>
            {run.kindLabel} · {run.trigger} by {run.requestedBy} · queued{" "}
            {formatRunTime(run.queuedAt)}
            {run.definitionId ? (
              <>
                {" · "}
                <IntentLink className="underline" href={`/jobs/${run.definitionId}`}>
                  the job
                </IntentLink>
              </>
            ) : null}
          </>
        }
      />
      <Card>
        <CardHeader>
          <CardTitle>Progress</CardTitle>
        </CardHeader>
        <CardContent className="space-y-3">
          <RunProgress
            runId={run.id}
            canControl={mayControlRun(user, run.requestedBy)}
            initial={{
              status: run.status,
              total: run.total,
              done: run.done,
              failed: run.failed,
              cancelRequested: run.cancelRequested,
              waitingFor: run.waitingFor,
              error: run.error,
              startedAt: run.startedAt,
              finishedAt: run.finishedAt,
              attempts: run.attempts,
            }}
          />
          {run.error ? (
            <Alert variant="destructive" data-testid="run-error">
              <AlertTitle>The run failed</AlertTitle>
              <AlertDescription>{run.error}</AlertDescription>
            </Alert>
          ) : null}
          {run.summary ? (
            <RunResult kind={run.kind} result={run.summary} params={run.params} />
          ) : null}
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Items</CardTitle>
        </CardHeader>
        <CardContent>
          <RunItemsTable
            runId={run.id}
            page={items}
            pageNumber={pageNumber}
            failuresOnly={failuresOnly}
          />
        </CardContent>
      </Card>
    </div>
  );
}
