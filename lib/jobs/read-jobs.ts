import "server-only";
import { db } from "@/lib/db";
import type { JobKind, JobRunStatus } from "@/lib/generated/prisma/enums";
import { MAX_BULK_USERS, type BulkUserResult } from "@/lib/schemas/bulk-user-actions";
import { nextRunTimes } from "./cron";
import { JOB_KIND_VALUES } from "./definition-schema";
import { describeParamForm } from "./param-fields";
import { getJobKind } from "./registry";

/** "Device scan" for a registered kind, the raw kind name otherwise. */
export function jobKindLabel(kind: JobKind): string {
  return getJobKind(kind)?.label ?? kind;
}

/** Every kind the database knows, with whether this console has code to run it. */
export function findJobKindChoices() {
  return JOB_KIND_VALUES.map((kind) => {
    const definition = getJobKind(kind);
    return {
      kind,
      label: jobKindLabel(kind),
      available: definition !== null,
      ...(definition ? { form: describeParamForm(definition.params) } : {}),
    };
  });
}

export type JobListRow = Awaited<ReturnType<typeof findJobDefinitions>>[number];

/** Definitions, newest first, with their last run and next scheduled time. */
export async function findJobDefinitions(now = new Date()) {
  const definitions = await db.jobDefinition.findMany({ orderBy: { createdAt: "desc" } });
  const lastRuns = await db.jobRun.findMany({
    where: { definitionId: { in: definitions.map((definition) => definition.id) } },
    orderBy: { queuedAt: "desc" },
    distinct: ["definitionId"],
    select: { id: true, definitionId: true, status: true, queuedAt: true, finishedAt: true },
  });
  const lastRunOf = new Map(lastRuns.map((run) => [run.definitionId, run]));
  return definitions.map((definition) => ({
    ...definition,
    kindLabel: jobKindLabel(definition.kind),
    nextRunAt:
      definition.enabled && definition.cron
        ? (nextRunTimes(definition.cron, definition.timezone, 1, now)[0] ?? null)
        : null,
    lastRun: lastRunOf.get(definition.id) ?? null,
  }));
}

export async function getJobDefinition(id: string) {
  return db.jobDefinition.findUnique({ where: { id } });
}

/** The latest runs, of one definition or of all. */
export async function findRecentRuns(definitionId?: string, take = 10) {
  const runs = await db.jobRun.findMany({
    where: definitionId ? { definitionId } : {},
    orderBy: { queuedAt: "desc" },
    take,
  });
  const names = await definitionNames(runs.map((run) => run.definitionId));
  return runs.map((run) => ({
    ...run,
    kindLabel: jobKindLabel(run.kind),
    definitionName: run.definitionId ? (names.get(run.definitionId) ?? null) : null,
  }));
}

async function definitionNames(ids: Array<string | null>) {
  const wanted = ids.filter((id): id is string => id !== null);
  const rows = await db.jobDefinition.findMany({
    where: { id: { in: wanted } },
    select: { id: true, name: true },
  });
  return new Map(rows.map((row) => [row.id, row.name]));
}

export async function getJobRun(runId: string) {
  const run = await db.jobRun.findUnique({ where: { id: runId } });
  if (!run) return null;
  const names = await definitionNames([run.definitionId]);
  return {
    ...run,
    kindLabel: jobKindLabel(run.kind),
    definitionName: run.definitionId ? (names.get(run.definitionId) ?? null) : null,
  };
}

/**
 * What a run's page polls while the run is live. The times and attempts come with the status from
 * one read, so the page never shows a running run that has not started.
 */
export type JobRunProgress = {
  status: JobRunStatus;
  total: number | null;
  done: number;
  failed: number;
  cancelRequested: boolean;
  waitingFor: string | null;
  error: string | null;
  startedAt: Date | null;
  finishedAt: Date | null;
  attempts: number;
};

export async function getJobRunProgress(runId: string): Promise<JobRunProgress | null> {
  return db.jobRun.findUnique({
    where: { id: runId },
    select: {
      status: true,
      total: true,
      done: true,
      failed: true,
      cancelRequested: true,
      waitingFor: true,
      error: true,
      startedAt: true,
      finishedAt: true,
      attempts: true,
    },
  });
}

export const RUN_ITEMS_PAGE_SIZE = 50;

/** Far past any run (20,000 devices make 400 pages); a page number from a hand-edited URL. */
const MAX_ITEMS_PAGE = 1_000_000;

/** A page number from the URL as one the database takes: 1 for anything not a page. */
function toPageNumber(page: number): number {
  return Number.isSafeInteger(page) && page >= 1 ? Math.min(page, MAX_ITEMS_PAGE) : 1;
}

/** One page of a run's item results; failures only, or failures first then the rest. */
export async function findJobRunItems(
  runId: string,
  options: { page: number; failuresOnly: boolean },
) {
  const where = options.failuresOnly ? { runId, ok: false } : { runId };
  const page = toPageNumber(options.page);
  const [items, total] = await Promise.all([
    db.jobRunItem.findMany({
      where,
      orderBy: [{ ok: "asc" }, { id: "asc" }],
      skip: (page - 1) * RUN_ITEMS_PAGE_SIZE,
      take: RUN_ITEMS_PAGE_SIZE,
    }),
    db.jobRunItem.count({ where }),
  ]);
  return {
    items: items.map((item) => ({ ...item, id: item.id.toString() })),
    total,
    pageCount: Math.max(1, Math.ceil(total / RUN_ITEMS_PAGE_SIZE)),
  };
}

/** A bulk run's status and every user's outcome so far (a bulk run covers one page: at most 100). */
export async function getBulkRunResults(runId: string) {
  const [progress, items] = await Promise.all([
    getJobRunProgress(runId),
    db.jobRunItem.findMany({
      where: { runId },
      orderBy: { key: "asc" },
      select: { key: true, ok: true, error: true },
      take: MAX_BULK_USERS,
    }),
  ]);
  if (!progress) return null;
  const results: BulkUserResult[] = items.map((item) =>
    item.ok
      ? { userId: item.key, ok: true }
      : { userId: item.key, ok: false, error: item.error ?? "failed" },
  );
  return { ...progress, results };
}
