import { randomUUID } from "node:crypto";
import { toActionFailure } from "@/lib/actions/to-action-failure";
import { runAudited, type AuditTarget } from "@/lib/audit/run-audited";
import type { Role } from "@/lib/auth/roles";
import { withPatience } from "@/lib/devices/patience";
import type { JobContext } from "@/lib/jobs/job-kind";
import type { PolicyDocument } from "@/lib/policy/document/schema";
import { actionKey, type PolicyAction } from "@/lib/policy/plan/actions";
import { mapWithConcurrency, type SynapseClient } from "@/lib/synapse";
import { applyPolicyAction, isStillNeeded } from "./apply-policy-action";
import { createApplyContext, type PolicyApplyContext } from "./apply-context";
import {
  forgetRoomMembers,
  isMembershipAction,
  membershipChunks,
  readChunkMemberships,
} from "./membership-snapshot";
import { findTargetRefusals } from "./target-refusals";

/** Actions of one phase at a time: quick, without crowding Synapse. */
export const APPLY_CONCURRENCY = 4;

/**
 * The plan's order in phases (rooms, accounts, profiles, flags, joins, power, leaves,
 * deactivations); actions of one phase do not depend on each other, so they run side by side.
 * Rooms are created one by one, since a room waits for its parent space.
 */
const PHASE: Record<PolicyAction["type"], number> = {
  "room.create": 0,
  "user.create": 1,
  "user.activate": 1,
  "user.set_display_name": 2,
  "user.set_avatar": 2,
  "user.set_email": 2,
  "user.set_admin": 3,
  "user.set_type": 3,
  "room.join": 4,
  "room.users_set_power_levels": 5,
  "room.leave": 6,
  "user.deactivate": 7,
};

/** Consecutive actions of the same phase, in the plan's order. */
export function phasesOf(actions: readonly PolicyAction[]): PolicyAction[][] {
  const phases: PolicyAction[][] = [];
  for (const action of actions) {
    const last = phases.at(-1);
    const first = last?.[0];
    if (last && first && PHASE[first.type] === PHASE[action.type]) last.push(action);
    else phases.push([action]);
  }
  return phases;
}

export type StoredPlanApply = {
  planId: string;
  versionNumber: number;
  actions: PolicyAction[];
  policy: PolicyDocument;
  serverName: string;
  serviceUserId: string;
  /** The asker's role: which existing accounts the apply may change (the user-target rule). */
  requestedByRole: Role;
  /**
   * The rights of the plan's content (lib/policy/policy-rights.ts): whether it may make server
   * admins and join people to rooms that are not public.
   */
  contentRole: Role;
};

export type PlanApplySummary = {
  planId: string;
  policyVersion: number;
  actions: number;
  applied: number;
  /** Already as the action wanted when re-checked: skipped, unchanged. */
  alreadyDone: number;
  failed: number;
  /** Recorded by an earlier attempt of the run. */
  resumedPast: number;
  stopped: boolean;
};

function auditTarget(action: PolicyAction): AuditTarget {
  const payload = action.payload as { userId?: string; roomId?: string; alias?: string };
  if (payload.userId) return { type: "user", id: payload.userId };
  return { type: "room", id: payload.roomId ?? payload.alias ?? "" };
}

/**
 * Applies a stored plan's actions as one job run: each action an item keyed by actionKey, re-checked
 * right before it runs (skipped when already so; joins and leaves against their room's members read
 * just before their chunk of up to 100), then made in its own audited operation (actor
 * the job, input who asked, the policy version and the action: never a password). One failure
 * does not stop the others; a resumed run skips the items already recorded, and an action whose
 * change landed just before a crash is found done by its re-check, so nothing is done twice.
 */
export async function applyPlanActions(
  synapse: SynapseClient,
  apply: StoredPlanApply,
  context: JobContext,
): Promise<PlanApplySummary> {
  const { signal } = context;
  const applyContext = createApplyContext(synapse, apply.policy, {
    serverName: apply.serverName,
    serviceUserId: apply.serviceUserId,
    requestedBy: context.requestedBy,
  });
  await context.setTotal(apply.actions.length);
  const done = await context.doneKeys();
  const todo = apply.actions.filter((action) => !done.has(actionKey(action)));
  const asker = { id: context.requestedBy, role: apply.requestedByRole };
  const refusals = await findTargetRefusals(synapse, asker, todo, apply.contentRole);
  const counts = { applied: 0, alreadyDone: 0, failed: 0 };

  const runOne = async (action: PolicyAction) => {
    const key = actionKey(action);
    const refusal = refusals.get(key);
    if (refusal) {
      counts.failed += 1;
      return context.recordItem({ key, ok: false, error: refusal });
    }
    const requestId = randomUUID();
    let outcome: "applied" | "already done";
    try {
      outcome = await checkAndApply(action, applyContext, context, apply.versionNumber, requestId);
    } catch (error) {
      // Stopped while waiting for Synapse: left for the next attempt, not failed.
      if (signal.aborted) return;
      counts.failed += 1;
      const { error: sentence } = toActionFailure(error, requestId);
      return context.recordItem({ key, ok: false, error: sentence });
    }
    if (outcome === "applied") counts.applied += 1;
    else counts.alreadyDone += 1;
    await context.recordItem({ key, ok: true, detail: outcome });
  };

  const patience = { onWait: context.setWaiting };
  for (const phase of phasesOf(todo)) {
    if (signal.aborted) break;
    const limit = phase[0]?.type === "room.create" ? 1 : APPLY_CONCURRENCY;
    // Joins (or leaves) are a phase of their own: re-checked in chunks against one read per room.
    const chunks: PolicyAction[][] = phase.every(isMembershipAction)
      ? membershipChunks(phase)
      : [phase];
    for (const chunk of chunks) {
      if (signal.aborted) break;
      if (chunk.every(isMembershipAction)) {
        await readChunkMemberships(chunk, applyContext, signal, patience);
      }
      const settled = await mapWithConcurrency(chunk, limit, runOne, { signal });
      // Failures were recorded as items; what is left is the run's own trouble (its database).
      const broken = settled.find((result) => !result.ok && !signal.aborted);
      if (broken && !broken.ok) throw broken.error;
    }
    applyContext.joinedByRoom.clear();
  }
  return {
    planId: apply.planId,
    policyVersion: apply.versionNumber,
    actions: apply.actions.length,
    ...counts,
    resumedPast: done.size,
    stopped: signal.aborted,
  };
}

/** The action as its audit entry keeps it: an embedded picture by its header and size, not its data. */
function auditedAction(action: PolicyAction): PolicyAction {
  if (action.type !== "user.set_avatar" || !action.payload.avatarUri.startsWith("data:")) {
    return action;
  }
  const uri = action.payload.avatarUri;
  const avatarUri = `${uri.slice(0, uri.indexOf(",") + 1)}… (${uri.length} characters)`;
  return { ...action, payload: { ...action.payload, avatarUri } };
}

/** What the audit outcome records for a change found made when it was tried again. */
const ALREADY_DONE = { alreadyDone: true } as const;

/**
 * The re-check, then the audited change. While Synapse is down or rate limiting, both wait
 * (withPatience); a change tried again after such a wait is re-checked first, since the first try
 * may have landed before its answer was lost.
 */
async function checkAndApply(
  action: PolicyAction,
  applyContext: PolicyApplyContext,
  context: JobContext,
  versionNumber: number,
  requestId: string,
): Promise<"applied" | "already done"> {
  const patience = { onWait: context.setWaiting };
  const needed = await withPatience(
    () => isStillNeeded(action, applyContext),
    context.signal,
    patience,
  );
  if (!needed) return "already done";
  let tries = 0;
  const result = await runAudited(
    {
      actor: { id: context.actorId },
      action: `policy.${action.type}`,
      target: auditTarget(action),
      input: {
        requestedBy: context.requestedBy,
        policyVersion: versionNumber,
        action: auditedAction(action),
      },
      requestId,
    },
    () =>
      withPatience(
        async () => {
          tries += 1;
          if (tries > 1) {
            forgetRoomMembers(action, applyContext);
            if (!(await isStillNeeded(action, applyContext))) return ALREADY_DONE;
          }
          return applyPolicyAction(action, applyContext);
        },
        context.signal,
        patience,
      ),
  );
  return result === ALREADY_DONE ? "already done" : "applied";
}
