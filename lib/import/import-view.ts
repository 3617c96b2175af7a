import "server-only";
import { db } from "@/lib/db";
import { getJobRunProgress, type JobRunProgress } from "@/lib/jobs/read-jobs";
import { countGeneratedPasswords } from "./import-secrets";
import type { ConflictMode } from "./classify-import-row";

export type VerdictCounts = Record<string, number>;

export type ImportView = {
  id: string;
  fileName: string;
  format: string;
  conflictMode: ConflictMode;
  createdBy: string;
  createdAt: Date;
  rowCount: number;
  dryRun: { id: string; progress: JobRunProgress; verdicts: VerdictCounts } | null;
  applyRun: { id: string; progress: JobRunProgress; verdicts: VerdictCounts } | null;
  generatedPasswords: number;
};

/** How many of a run's rows ended as each verdict ("create", "failed", …). */
async function verdictCounts(runId: string): Promise<VerdictCounts> {
  const rows = await db.$queryRaw<Array<{ verdict: string | null; ok: boolean; count: bigint }>>`
    SELECT detail->>'verdict' AS verdict, ok, count(*) AS count
    FROM job_run_item WHERE run_id = ${runId}::uuid
    GROUP BY 1, 2`;
  const counts: VerdictCounts = {};
  for (const row of rows) {
    // A row the import itself could not apply is "failed", whatever the dry run said of it.
    const key = row.ok || row.verdict === "invalid" ? (row.verdict ?? "done") : "failed";
    counts[key] = (counts[key] ?? 0) + Number(row.count);
  }
  return counts;
}

async function runView(runId: string | null) {
  if (!runId) return null;
  const progress = await getJobRunProgress(runId);
  if (!progress) return null;
  return { id: runId, progress, verdicts: await verdictCounts(runId) };
}

/** An import for its page: the file, the mode, both runs with their counts, passwords waiting. */
export async function getImportView(importId: string): Promise<ImportView | null> {
  const found = await db.userImport.findUnique({
    where: { id: importId },
    select: {
      id: true,
      fileName: true,
      format: true,
      conflictMode: true,
      createdBy: true,
      createdAt: true,
      dryRunId: true,
      applyRunId: true,
      rowCount: true,
    },
  });
  if (!found) return null;
  const [dryRun, applyRun, generatedPasswords] = await Promise.all([
    runView(found.dryRunId),
    runView(found.applyRunId),
    countGeneratedPasswords(found.id),
  ]);
  return {
    ...found,
    conflictMode: found.conflictMode as ConflictMode,
    dryRun,
    applyRun,
    generatedPasswords,
  };
}

export const IMPORT_ROWS_PAGE_SIZE = 50;

export type ImportRowView = {
  key: string;
  userId: string;
  verdict: string;
  ok: boolean;
  reason: string;
};

/** One page of a run's rows in file order, optionally of one verdict ("failed": not ok). */
export async function findImportRows(
  runId: string,
  { verdict, page }: { verdict?: string; page: number },
) {
  const where =
    verdict === "failed"
      ? { runId, ok: false, NOT: { detail: { path: ["verdict"], equals: "invalid" } } }
      : verdict
        ? { runId, detail: { path: ["verdict"], equals: verdict } }
        : { runId };
  const items = await db.jobRunItem.findMany({
    where,
    orderBy: { key: "asc" },
    skip: (page - 1) * IMPORT_ROWS_PAGE_SIZE,
    take: IMPORT_ROWS_PAGE_SIZE + 1,
  });
  const rows: ImportRowView[] = items.slice(0, IMPORT_ROWS_PAGE_SIZE).map((item) => {
    const detail = (item.detail ?? {}) as { userId?: string; verdict?: string; reason?: string };
    return {
      key: item.key,
      userId: detail.userId ?? "",
      verdict: detail.verdict ?? (item.ok ? "done" : "failed"),
      ok: item.ok,
      reason: item.error ?? detail.reason ?? "",
    };
  });
  return { rows, hasNext: items.length > IMPORT_ROWS_PAGE_SIZE };
}

/** The latest imports, for the import page: file, who, when, how many rows. */
export function findRecentImports(take = 10) {
  return db.userImport.findMany({
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      fileName: true,
      rowCount: true,
      createdBy: true,
      createdAt: true,
      applyRunId: true,
    },
  });
}
export type RecentImport = Awaited<ReturnType<typeof findRecentImports>>[number];
