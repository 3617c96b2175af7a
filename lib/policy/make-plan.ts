import { hasRole, type Role } from "@/lib/auth/roles";
import { ActionError } from "@/lib/actions/action-result";
import { db } from "@/lib/db";
import { getHomeserverOrThrow } from "@/lib/homeserver/get-homeserver";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { getServiceUserId } from "@/lib/homeserver/service-user-id";
import { parsePolicy } from "./document/parse-policy";
import type { PolicyDocument } from "./document/schema";
import { readLiveState } from "./live/read-live-state";
import { countRemovals, planPolicy, type PolicyPlan } from "./plan/plan-policy";
import { HOMESERVER_ID } from "@/lib/homeserver/homeserver-id";
import { getVersion, latestVersion } from "./versions";
import type { PolicyVersion } from "@/lib/generated/prisma/client";

export type MadePlan = {
  planId: string;
  versionId: string;
  plan: PolicyPlan;
  removals: number;
  /** Synapse requests the live read made. */
  requests: number;
};

export type MakePlanInput = {
  /** The latest version when absent. */
  versionId?: string;
  /** Matrix ID of whoever asked, or "job:<id>". */
  createdBy: string;
  /**
   * The asker's console role. An admin who plans a version and finds nothing to apply has seen
   * Synapse match it: that vouches for it as applying a plan does (policy-rights.ts).
   */
  createdByRole?: Role | null;
  /** The person the plan would be applied for, never deactivated by it; createdBy when absent. */
  appliedBy?: string;
  /** The reconcile run that makes it. */
  runId?: string;
};

async function versionOrThrow(versionId?: string): Promise<PolicyVersion> {
  const version = versionId ? await getVersion(versionId) : await latestVersion();
  if (version) return version;
  throw new ActionError(
    versionId ? "That policy version does not exist." : "No policy is saved yet.",
  );
}

/** The version's document, or an ActionError naming the line and column of its first error. */
export function parseVersionOrThrow(version: PolicyVersion, serverName: string): PolicyDocument {
  const { policy, problems } = parsePolicy(version.content, { serverName });
  if (policy) return policy;
  const errors = problems.filter((problem) => problem.severity === "error");
  const first = errors[0];
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : "";
  throw new ActionError(
    `Version ${version.number} has errors, so it cannot be planned: line ${first?.line ?? 1}, column ${first?.column ?? 1}: ${first?.message ?? "not a valid policy"}${more}.`,
  );
}

/**
 * Plans a version of the policy against Synapse as it is now and stores the plan for review and
 * apply: the version parsed, the live state read (readLiveState), the pure planner run with the
 * console's account and the person applying (neither is ever deactivated), and a PolicyPlan row
 * with the actions and the removals the apply guard counts.
 */
export async function makePlan(input: MakePlanInput): Promise<MadePlan> {
  const version = await versionOrThrow(input.versionId);
  const homeserver = await getHomeserverOrThrow();
  const policy = parseVersionOrThrow(version, homeserver.serverName);
  const synapse = await getServiceSynapse();
  const serviceUserId = await getServiceUserId(synapse);
  const { state, requests } = await readLiveState(synapse, policy, {
    serverName: homeserver.serverName,
    serviceUserId,
  });
  const plan = planPolicy(state, policy, {
    serviceUserId,
    appliedBy: input.appliedBy ?? input.createdBy,
  });
  const removals = countRemovals(plan);
  const row = await db.policyPlan.create({
    data: {
      homeserverId: HOMESERVER_ID,
      versionId: version.id,
      plan: JSON.parse(JSON.stringify(plan)),
      actionCount: plan.actions.length,
      removals,
      createdBy: input.createdBy,
      runId: input.runId ?? null,
      ...(plan.actions.length === 0 && input.createdByRole && hasRole(input.createdByRole, "admin")
        ? { reviewedBy: input.createdBy, reviewedRole: input.createdByRole }
        : {}),
    },
    select: { id: true },
  });
  return { planId: row.id, versionId: version.id, plan, removals, requests };
}
