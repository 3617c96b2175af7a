import { actionResponse, jsonObjectOf } from "@/lib/api/action-response";
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
  const read = await jsonObjectOf(request);
  if ("refusal" in read) return read.refusal;
  const versionId = read.body.versionId ?? (await readLatestVersion(access.user.role))?.id;
  if (versionId === undefined) return plainText(404, "There is no policy yet.\n");
  return actionResponse(
    makePolicyPlan.definition,
    { versionId: versionId as string },
    access.user,
    async ({ planId }) => {
      const plan = await getPlanForReview(planId);
      return {
        planId,
        version: plan?.version ?? null,
        removals: plan?.removals ?? 0,
        plan: plan?.plan ?? null,
      };
    },
  );
}
