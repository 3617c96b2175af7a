import { hasRole, type Role } from "@/lib/auth/roles";
import { findRolesOf } from "@/lib/data/target-roles";
import { countOf } from "@/lib/format/count";
import { db } from "@/lib/db";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { getServiceUserId } from "@/lib/homeserver/service-user-id";
import type { JobContext } from "@/lib/jobs/job-kind";
import { removalAllowance } from "@/lib/policy/apply-guard";
import { loadLatestPlanOrThrow, type ApplicablePlan } from "@/lib/policy/applicable-plan";
import { makePlan } from "@/lib/policy/make-plan";
import { rightsOfVersion, unattendedRole } from "@/lib/policy/policy-rights";
import { pullPolicySource } from "@/lib/policy/source/pull-policy-source";
import { getVersion } from "@/lib/policy/versions";
import type { PolicyReconcileParams } from "@/lib/schemas/policy-jobs";
import { applyPlanActions, type PlanApplySummary } from "./apply-plan-actions";

export type ReconcileSummary = {
  mode: PolicyReconcileParams["mode"];
  /** "new version", "unchanged", "no source", or the pull's error (the latest version is used). */
  pull: string;
  policyVersion: number;
  planId: string;
  /** The drift found: actions the policy needs on Synapse. */
  actionCount: number;
  removals: number;
  /** Apply mode: what was applied, or null when nothing was. */
  applied: PlanApplySummary | null;
  /** Apply mode: why the plan was only reported, or null. */
  notApplied: string | null;
  /** Apply mode: why it was applied with less than the owner's rights (policy-rights.ts), or null. */
  limitedBy: string | null;
  /** Apply mode: the actions a new plan still finds after applying (0 when in sync). */
  driftAfter: number | null;
};

/** The plan this run made before a crash, so a resumed run goes on with the same actions. */
function planOfRun(runId: string) {
  return db.policyPlan.findFirst({ where: { runId }, orderBy: { createdAt: "asc" } });
}

async function pullOutcome(): Promise<string> {
  const pulled = await pullPolicySource();
  if (pulled.error) return pulled.error;
  if (pulled.changed) return "new version";
  return pulled.versionId ? "unchanged" : "no source";
}

/** Why a plan is only reported in apply mode, or null when it may be applied. */
function reasonNotToApply(plan: ApplicablePlan, ownerRole: Role | undefined, owner: string) {
  if (!ownerRole || !hasRole(ownerRole, "admin")) {
    return `Not applied: the job's owner ${owner} is no longer a console admin.`;
  }
  const allowance = removalAllowance(plan.guard, plan.managedUsers);
  if (plan.removals <= allowance) return null;
  return `Not applied: the plan makes ${countOf(plan.removals, "removal")} (deactivations and room memberships), more than the ${allowance} a reconcile may make unconfirmed; review and apply it on the Policy page.`;
}

/**
 * The policy_reconcile run: pulls the policy from its URL when one is set (a failed pull goes on
 * with the latest version), plans the latest version (the plan, kept with this run, is the drift
 * the Policy page shows), and in apply mode applies it in the same run, unless it removes more
 * than the guard allows without a person typing the count (then it is only reported), and plans
 * again afterwards, so the drift shown is what is left. Nobody reviews the plan, so it is applied
 * with no more than the rights its content carries: the lowest role that saved a version since an
 * admin last vouched for one (policy-rights.ts).
 */
export async function runPolicyReconcile(
  params: PolicyReconcileParams,
  context: JobContext,
): Promise<ReconcileSummary> {
  const earlier = await planOfRun(context.runId);
  const pull = earlier ? "done by an earlier attempt" : await pullOutcome();
  const made = earlier ?? (await makeRunPlan(context));
  const version = await getVersion(made.versionId);
  const summary: ReconcileSummary = {
    mode: params.mode,
    pull,
    policyVersion: version?.number ?? 0,
    planId: made.id,
    actionCount: made.actionCount,
    removals: made.removals,
    applied: null,
    notApplied: null,
    limitedBy: null,
    driftAfter: null,
  };
  if (params.mode === "report" || made.actionCount === 0) return summary;

  const applicable = await loadLatestPlanOrThrow(made.id);
  const ownerRole = (await findRolesOf([context.requestedBy])).get(context.requestedBy);
  summary.notApplied = reasonNotToApply(applicable, ownerRole, context.requestedBy);
  if (summary.notApplied || !ownerRole) return summary;
  const rights = unattendedRole(ownerRole, await rightsOfVersion(applicable.versionNumber));
  summary.limitedBy = rights.limitedBy;
  const synapse = await getServiceSynapse();
  summary.applied = await applyPlanActions(
    synapse,
    {
      planId: made.id,
      versionNumber: applicable.versionNumber,
      actions: applicable.plan.actions,
      policy: applicable.policy,
      serverName: applicable.serverName,
      serviceUserId: await getServiceUserId(synapse),
      requestedByRole: rights.role,
      contentRole: rights.role,
    },
    context,
  );
  if (summary.applied.stopped) return summary;
  summary.driftAfter = (await makeRunPlan(context)).actionCount;
  return summary;
}

async function makeRunPlan(context: JobContext) {
  const made = await makePlan({
    createdBy: context.actorId,
    appliedBy: context.requestedBy,
    runId: context.runId,
  });
  return {
    id: made.planId,
    versionId: made.versionId,
    actionCount: made.plan.actions.length,
    removals: made.removals,
  };
}
