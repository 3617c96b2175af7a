import "server-only";
import { ActionError } from "@/lib/actions/action-result";
import type { Actor } from "@/lib/audit/run-audited";
import { hasRole, type Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";

/**
 * Who may cancel or resume a run: an admin, or the operator who asked for it (an import or a bulk
 * change they started), so nobody has to find an admin to stop or finish their own work.
 */
export function mayControlRun(user: { matrixId: string; role: Role }, requestedBy: string) {
  return (
    hasRole(user.role, "admin") || (hasRole(user.role, "operator") && requestedBy === user.matrixId)
  );
}

/** Refuses, before anything is audited or changed, an actor who may not control the run. */
export async function assertMayControlRun(runId: string, actor: Actor) {
  const run = await db.jobRun.findUnique({ where: { id: runId }, select: { requestedBy: true } });
  if (!run) throw new ActionError("This run no longer exists.");
  if (!actor.role || !mayControlRun({ matrixId: actor.id, role: actor.role }, run.requestedBy)) {
    throw new ActionError(
      `Only an admin, or ${run.requestedBy} who started it, may stop or resume this run.`,
    );
  }
}
