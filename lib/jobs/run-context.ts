import { db } from "@/lib/db";
import type { JobContext } from "./job-kind";
import { isUniqueViolation } from "@/lib/data/unique-violation";

/** An item recorded twice: the run tried to redo work an earlier attempt already did. */
export class DuplicateItemError extends Error {
  override name = "DuplicateItemError";
}

/** The worker this run belonged to was stopped hard; nothing more may be written for it. */
export class WorkerStoppedError extends Error {
  override name = "WorkerStoppedError";
}

type Options = {
  runId: string;
  definitionId: string | null;
  requestedBy: string;
  signal: AbortSignal;
  /** True once the worker was killed; every write is refused from then on. */
  isKilled: () => boolean;
};

/** The context a kind's `run` gets, writing progress and items to the run's rows. */
export function createRunContext(options: Options): JobContext {
  const { runId } = options;
  const alive = () => {
    if (options.isKilled()) throw new WorkerStoppedError("The worker was stopped.");
  };
  const recordItems: JobContext["recordItems"] = async (items, alongside = []) => {
    alive();
    if (items.length === 0 && alongside.length === 0) return;
    const failed = items.filter((item) => !item.ok).length;
    try {
      // One transaction, so the counters never disagree with the items that exist.
      await db.$transaction([
        ...alongside,
        db.jobRunItem.createMany({
          data: items.map((item) => ({
            runId,
            key: item.key,
            ok: item.ok,
            detail: item.detail === undefined ? undefined : JSON.parse(JSON.stringify(item.detail)),
            error: item.error ?? null,
          })),
        }),
        db.jobRun.update({
          where: { id: runId },
          data: { done: { increment: items.length - failed }, failed: { increment: failed } },
        }),
      ]);
    } catch (error) {
      if (isUniqueViolation(error)) {
        const which = items.length === 1 ? `Item ${items[0]?.key}` : `One of ${items.length} items`;
        throw new DuplicateItemError(`${which} was already recorded for this run.`);
      }
      throw error;
    }
  };
  return {
    runId,
    actorId: `job:${options.definitionId ?? runId}`,
    requestedBy: options.requestedBy,
    signal: options.signal,
    async setTotal(total) {
      alive();
      await db.jobRun.update({ where: { id: runId }, data: { total } });
    },
    async setWaiting(waitingFor) {
      if (options.isKilled()) return;
      await db.jobRun
        .update({ where: { id: runId }, data: { waitingFor } })
        .then(() => undefined)
        .catch(() => undefined);
    },
    async doneKeys() {
      alive();
      const rows = await db.jobRunItem.findMany({ where: { runId }, select: { key: true } });
      return new Set(rows.map((row) => row.key));
    },
    recordItem: (item) => recordItems([item]),
    recordItems,
  };
}
