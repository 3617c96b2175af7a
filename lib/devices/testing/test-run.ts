import { db } from "@/lib/db";
import type { JobKind } from "@/lib/generated/prisma/enums";
import type { JobContext } from "@/lib/jobs/job-kind";
import { createRunContext } from "@/lib/jobs/run-context";

/** A real run row for a kind, as the engine would create it (tests run kinds without a worker). */
export async function createTestRun(
  kind: JobKind,
  params: unknown,
  requestedBy = "@tester:localhost",
) {
  const run = await db.jobRun.create({
    data: {
      kind,
      params: JSON.parse(JSON.stringify(params)),
      trigger: "manual",
      requestedBy,
      status: "running",
    },
  });
  return run.id;
}

/**
 * The engine's own context for one attempt at the run. `abortAfterItems` aborts the attempt's
 * signal once the run has that many items in the database, as a cancel or a worker shutdown
 * would mid-run (watched in the database, since the scan writes its items in batches).
 */
export function testRunContext(
  runId: string,
  options: { abortAfterItems?: number; requestedBy?: string } = {},
): JobContext {
  const controller = new AbortController();
  const context = createRunContext({
    runId,
    definitionId: null,
    requestedBy: options.requestedBy ?? "@tester:localhost",
    signal: controller.signal,
    isKilled: () => false,
  });
  const limit = options.abortAfterItems;
  if (limit === undefined) return context;
  const startedWith = db.jobRunItem.count({ where: { runId } });
  const check = async () => {
    const count = await db.jobRunItem.count({ where: { runId } });
    if (count - (await startedWith) >= limit) controller.abort("shutdown");
  };
  // The poll counts one at a time: on a busy machine counts that overlap would fill the
  // connection pool, and the run's own transactions would time out waiting for a connection.
  let polling = false;
  const poll = async () => {
    if (polling) return;
    polling = true;
    try {
      await check();
    } finally {
      polling = false;
    }
  };
  const timer = setInterval(() => void poll(), 5);
  controller.signal.addEventListener("abort", () => clearInterval(timer));
  return {
    ...context,
    // Writers of one item at a time (the revoke) stop right at the limit; batch writers (the
    // scan) at the next poll.
    async recordItem(item) {
      await context.recordItem(item);
      await check();
    },
    async recordItems(items, alongside) {
      await context.recordItems(items, alongside);
      if (items.length === 1) await check();
    },
  };
}

export const itemsOf = (runId: string) =>
  db.jobRunItem.findMany({ where: { runId }, orderBy: { key: "asc" } });
