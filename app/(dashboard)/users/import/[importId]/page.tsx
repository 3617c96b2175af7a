import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IntentLink } from "@/components/ui/intent-link";
import { ConfirmImportButton } from "@/components/import/confirm-import-button";
import { ImportPasswords } from "@/components/import/import-passwords";
import { ImportRowsTable } from "@/components/import/import-rows-table";
import { ImportRunCard } from "@/components/import/import-run-card";
import { formatRunTime } from "@/components/jobs/format-run-time";
import { PageHeader } from "@/components/layout/page-header";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { mayControlRun } from "@/lib/jobs/run-control-access";
import { confirmRefusal } from "@/lib/import/confirm-import-refusal";
import { findImportRows, getImportView } from "@/lib/import/import-view";
import { isUuid } from "@/lib/schemas/uuid";

export const metadata: Metadata = { title: "Import" };
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ importId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const MODE_WORDS = { skip: "skip", update: "update", stop: "stop at" } as const;

export default async function ImportPage({ params, searchParams }: Props) {
  const user = await requirePageUser("operator");
  const { importId } = await params;
  const search = await searchParams;
  const view = isUuid(importId) ? await getImportView(importId) : null;
  if (!view) notFound();
  const latest = view.applyRun ?? view.dryRun;
  const verdict = typeof search.verdict === "string" ? search.verdict : undefined;
  const page = Math.max(1, Number.parseInt(String(search.page ?? "1"), 10) || 1);
  const rows = latest ? await findImportRows(latest.id, { verdict, page }) : null;
  const hrefOf = (query: { verdict?: string; page?: number }) => {
    const next = new URLSearchParams();
    if (query.verdict) next.set("verdict", query.verdict);
    if (query.page && query.page > 1) next.set("page", String(query.page));
    const text = next.toString();
    return `/users/import/${view.id}${text ? `?${text}` : ""}`;
  };
  const canControl = mayControlRun(user, view.createdBy);
  const refusal = confirmRefusal(view);
  const changes = (view.dryRun?.verdicts.create ?? 0) + (view.dryRun?.verdicts.update ?? 0);
  return (
    <div className="space-y-6">
      <PageHeader
        title={`Import of ${view.fileName}`}
        description={
          <>
            {view.rowCount.toLocaleString("en")} rows · {view.format === "csv" ? "CSV" : "plain"} ·
            existing accounts that differ: {MODE_WORDS[view.conflictMode]} · started by{" "}
            {view.createdBy} {formatRunTime(view.createdAt)} ·{" "}
            <IntentLink className="underline" href="/users/import">
              new import
            </IntentLink>
          </>
        }
      />
      {view.dryRun ? (
        <ImportRunCard
          title="Dry run"
          run={view.dryRun}
          canControl={canControl}
          hrefOf={(outcome) => hrefOf({ verdict: outcome })}
        >
          {view.applyRun ? null : view.createdBy === user.matrixId ? (
            <ConfirmImportButton importId={view.id} changes={changes} refusal={refusal} />
          ) : (
            <p className="text-sm text-muted-foreground">
              Only {view.createdBy}, who started this import, may start it: it acts with their role.
            </p>
          )}
        </ImportRunCard>
      ) : null}
      {view.applyRun ? (
        <ImportRunCard
          title="Import"
          run={view.applyRun}
          canControl={canControl}
          hrefOf={(outcome) => hrefOf({ verdict: outcome })}
        >
          {view.generatedPasswords > 0 &&
          view.applyRun.progress.status === "succeeded" &&
          view.createdBy === user.matrixId ? (
            <ImportPasswords importId={view.id} count={view.generatedPasswords} />
          ) : null}
          <p className="text-sm">
            <IntentLink className="underline" href={`/jobs/runs/${view.applyRun.id}`}>
              The run&apos;s page
            </IntentLink>{" "}
            and each account&apos;s History list every change.
          </p>
        </ImportRunCard>
      ) : null}
      {rows && latest ? (
        <Card>
          <CardHeader>
            <CardTitle>
              Rows{verdict ? `: ${verdict}` : ""} {view.applyRun ? "(import)" : "(dry run)"}
            </CardTitle>
          </CardHeader>
          <CardContent className="space-y-3">
            {verdict ? (
              <IntentLink className="text-sm underline" href={hrefOf({})}>
                Show every row
              </IntentLink>
            ) : null}
            <ImportRowsTable
              rows={rows.rows}
              page={page}
              hasNext={rows.hasNext}
              hrefOfPage={(p) => hrefOf({ verdict, page: p })}
            />
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}
