import { countOf } from "@/lib/format/count";
import type { JobRunStatus } from "@/lib/generated/prisma/enums";

type Counts = { status: JobRunStatus; total: number | null; done: number; failed: number };

/**
 * How many items the run goes through, when known: what the kind said, or, for a run that
 * succeeded without saying (a token rotation counts its steps only as it takes them), the items
 * it handled, which were all of them.
 */
export function knownTotal({ status, total, done, failed }: Counts): number | null {
  if (total !== null) return total;
  return status === "succeeded" ? done + failed : null;
}

/** "5 of 12 items, 1 failed"; "5 items so far" while the total is unknown; never "5 of ? items". */
export function describeProgress(run: Counts): string {
  const handled = run.done + run.failed;
  const total = knownTotal(run);
  const failed = run.failed > 0 ? `, ${run.failed.toLocaleString("en")} failed` : "";
  if (total !== null)
    return `${handled.toLocaleString("en")} of ${countOf(total, "item")}${failed}`;
  const live = run.status === "queued" || run.status === "running";
  return `${countOf(handled, "item")}${live ? " so far" : ""}${failed}`;
}
