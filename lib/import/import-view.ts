import "server-only";
import { db } from "@/lib/db";
import { getJobRunProgress, type JobRunProgress } from "@/lib/jobs/read-jobs";
import { countGeneratedPasswords } from "./import-secrets";
import type { ConflictMode } from "./classify-import-row";
import { lineOfKey, outcomeOf } from "./stored-import";

export type VerdictCounts = Record<string, number>;

/** One run of an import with its progress and its rows counted by outcome. */
export type ImportRunView = { id: string; progress: JobRunProgress; verdicts: VerdictCounts };

export type ImportView = {
  id: string;
  fileName: string;
  format: string;
  conflictMode: ConflictMode;
  createdBy: string;
  createdAt: Date;
  rowCount: number;
  dryRun: ImportRunView | null;
  applyRun: ImportRunView | null;
  generatedPasswords: number;
};

/** How many of a run's rows ended as each outcome ("create", "failed", …; see outcomeOf). */
async function verdictCounts(runId: string): Promise<VerdictCounts> {
  const rows = await db.$queryRaw<Array<{ verdict: string | null; ok: boolean; count: bigint }>>`
    SELECT detail->>'verdict' AS verdict, ok, count(*) AS count
    FROM job_run_item WHERE run_id = ${runId}::uuid
    GROUP BY 1, 2`;
  const counts: VerdictCounts = {};
  for (const row of rows) {
    const key = outcomeOf({ ok: row.ok, detail: { verdict: row.verdict ?? undefined } });
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
  line: number;
  userId: string;
  /** As outcomeOf says: the verdict, or "failed". */
  outcome: string;
  reason: string;
};

/** The rows of one outcome, as outcomeOf reads them, for the database. */
function outcomeWhere(runId: string, outcome: string | undefined) {
  const isInvalid = { detail: { path: ["verdict"], equals: "invalid" } };
  if (!outcome) return { runId };
  if (outcome === "failed") return { runId, ok: false, NOT: isInvalid };
  if (outcome === "invalid") return { runId, ...isInvalid };
  return { runId, ok: true, detail: { path: ["verdict"], equals: outcome } };
}

/** One page of a run's rows in file order, optionally of one outcome. */
export async function findImportRows(
  runId: string,
  { verdict, page }: { verdict?: string; page: number },
) {
  const items = await db.jobRunItem.findMany({
    where: outcomeWhere(runId, verdict),
    orderBy: { key: "asc" },
    skip: (page - 1) * IMPORT_ROWS_PAGE_SIZE,
    take: IMPORT_ROWS_PAGE_SIZE + 1,
  });
  const rows: ImportRowView[] = items.slice(0, IMPORT_ROWS_PAGE_SIZE).map((item) => {
    const detail = (item.detail ?? {}) as { userId?: string; reason?: string };
    return {
      key: item.key,
      line: lineOfKey(item.key),
      userId: detail.userId ?? "",
      outcome: outcomeOf(item),
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
