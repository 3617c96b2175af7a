import type { AuditTarget } from "@/lib/audit/run-audited";

/** The audit target of every console-side policy change (a saved version, a started apply). */
export const POLICY_TARGET: AuditTarget = { type: "console", id: "policy" };

/** The same target as a filter of the audit log, for the policy's change history. */
export const POLICY_AUDIT_TARGET = { targetType: POLICY_TARGET.type, targetId: POLICY_TARGET.id };
