import type { AuditTarget } from "@/lib/audit/run-audited";

/** The audit target of every console-side policy change (a saved version, a started apply). */
export const POLICY_TARGET: AuditTarget = { type: "console", id: "policy" };

/** The same target as a History filter, for the policy's change history. */
export const POLICY_HISTORY_FILTER = { targetType: POLICY_TARGET.type, target: POLICY_TARGET.id };
