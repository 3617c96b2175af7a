import { actionResponse, jsonBodyOf } from "@/lib/api/action-response";
import { makePolicyPlan } from "@/lib/actions/make-policy-plan";
import { requireRouteUser } from "@/lib/auth/require-route-user";
import { getPlanForReview } from "@/lib/policy/read-plan";
import { readLatestVersion } from "@/lib/policy/readable-versions";
import { plainText } from "@/lib/api/plain-text";

export const dynamic = "force-dynamic";

/**
 * Plans a policy version against Synapse as it is now (`{"versionId": …}`, the current version
 * when left out): the plan's ID, the version, how many removals it holds and its actions, as the
 * plan's page lists them. Reads Synapse; changes nothing. Applying a plan stays a person's step
 * on its page (or the reconcile job's).
 */
export async function POST(request: Request) {
  const access = await requireRouteUser("operator");
  if ("refusal" in access) return access.refusal;
  const read = await jsonBodyOf(request);
  if ("refusal" in read) return read.refusal;
  const body = (read.body ?? {}) as { versionId?: unknown };
  const versionId = body.versionId ?? (await readLatestVersion(access.user.role))?.id;
  if (versionId === undefined) return plainText(404, "There is no policy yet.\n");
  const made = await actionResponse(
    makePolicyPlan.definition,
    { versionId } as { versionId: string },
    access.user,
  );
  if (!made.ok) return made;
  const { planId } = (await made.json()) as { planId: string };
  const plan = await getPlanForReview(planId);
  return Response.json(
    {
      planId,
      version: plan?.version ?? null,
      removals: plan?.removals ?? 0,
      plan: plan?.plan ?? null,
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}
