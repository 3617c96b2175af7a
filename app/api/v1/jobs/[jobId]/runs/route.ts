import { actionResponse } from "@/lib/api/action-response";
import { runJobNow } from "@/lib/actions/run-job-now";
import { requireRouteUser } from "@/lib/auth/require-route-user";

export const dynamic = "force-dynamic";

/**
 * Starts a run of a saved job now (as "Run now" on its page, admins only, audited as
 * `job.run_now`); answers `{"runId": …}`, whose progress GET /api/v1/runs/{runId} reads.
 */
export async function POST(_request: Request, { params }: { params: Promise<{ jobId: string }> }) {
  const access = await requireRouteUser("admin");
  if ("refusal" in access) return access.refusal;
  const { jobId } = await params;
  return actionResponse(runJobNow.definition, { id: jobId }, access.user);
}
