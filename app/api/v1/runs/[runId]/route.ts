import { jsonOrProblem } from "@/lib/api/json-response";
import { plainText } from "@/lib/api/plain-text";
import { requireRouteUser } from "@/lib/auth/require-route-user";
import { getJobRun } from "@/lib/jobs/read-jobs";
import { isUuid } from "@/lib/schemas/uuid";

export const dynamic = "force-dynamic";

/**
 * A job run as its page shows it: kind, status, progress counts, times, what it waits for, its
 * error and result. Every role may read it; poll it until the status is no longer queued or
 * running.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ runId: string }> }) {
  const access = await requireRouteUser("viewer");
  if ("refusal" in access) return access.refusal;
  const { runId } = await params;
  const run = isUuid(runId) ? await getJobRun(runId) : null;
  if (!run) return plainText(404, "No such run.\n");
  return jsonOrProblem(async () => ({
    id: run.id,
    kind: run.kind,
    kindLabel: run.kindLabel,
    definitionId: run.definitionId,
    definitionName: run.definitionName,
    status: run.status,
    trigger: run.trigger,
    requestedBy: run.requestedBy,
    total: run.total,
    done: run.done,
    failed: run.failed,
    waitingFor: run.waitingFor,
    error: run.error,
    summary: run.summary,
    queuedAt: run.queuedAt,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
  }));
}
