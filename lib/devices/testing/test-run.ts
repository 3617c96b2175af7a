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
 * signal once it has recorded that many items, as a cancel or worker shutdown would mid-run.
 */
export function testRunContext(
  runId: string,
  options: { abortAfterItems?: number } = {},
): JobContext {
  const controller = new AbortController();
  const context = createRunContext({
    runId,
    definitionId: null,
    requestedBy: "@tester:localhost",
    signal: controller.signal,
    isKilled: () => false,
  });
  let recorded = 0;
  return {
    ...context,
    async recordItem(item) {
      await context.recordItem(item);
      recorded += 1;
      if (options.abortAfterItems !== undefined && recorded >= options.abortAfterItems)
        controller.abort("shutdown");
    },
  };
}

export const itemsOf = (runId: string) =>
  db.jobRunItem.findMany({ where: { runId }, orderBy: { key: "asc" } });
