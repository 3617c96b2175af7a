import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";

/** policy_apply: one stored plan, started by someone with this role (the run checks it again). */
export const policyApplyParamsSchema = z.strictObject({
  planId: z.uuid(),
  requestedByRole: z.enum(ROLES),
  /** The plan's removals typed back, for a plan above the removal guard. */
  confirmedRemovals: z.number().int().nonnegative().max(10_000_000).optional(),
});
export type PolicyApplyParams = z.infer<typeof policyApplyParamsSchema>;

export const RECONCILE_MODES = ["report", "apply"] as const;

/**
 * policy_reconcile: pull the source (if any), plan the latest version, and report the drift or
 * apply it. Without a mode it only reports, which changes nothing.
 */
export const policyReconcileParamsSchema = z.strictObject({
  mode: z.enum(RECONCILE_MODES, { error: 'must be "report" or "apply"' }).default("report"),
});
export type PolicyReconcileParams = z.infer<typeof policyReconcileParamsSchema>;
