import type { JobKind } from "@/lib/generated/prisma/enums";
import type { JobKindDefinition } from "./job-kind";
import { auditVerifyKind } from "./kinds/audit-verify";
import { deviceScanKind } from "./kinds/device-scan";
import { lifecycleApplyKind } from "./kinds/lifecycle-apply";
import { mediaCleanupKind } from "./kinds/media-cleanup";
import { policyApplyKind } from "./kinds/policy-apply";
import { policyReconcileKind } from "./kinds/policy-reconcile";
import { tokenRotationKind } from "./kinds/token-rotation";
import { staleDeviceCleanupKind } from "./kinds/stale-device-cleanup";
import { staleDeviceRevokeKind } from "./kinds/stale-device-revoke";
import { userBulkKind } from "./kinds/user-bulk";
import { userImportKind } from "./kinds/user-import";

/** A kind with its own parameter type forgotten, as the engine holds it. */
export type AnyJobKind = JobKindDefinition<unknown>;

export type JobKindRegistry = Partial<Record<JobKind, AnyJobKind>>;

/**
 * Every job kind the console can run, by kind. Each kind adds one line here when it lands; a kind
 * in the database enum without an entry cannot be created or run yet.
 */
export const jobKinds: JobKindRegistry = {
  device_scan: deviceScanKind,
  token_rotation: tokenRotationKind,
  stale_device_revoke: staleDeviceRevokeKind,
  user_bulk: userBulkKind,
  policy_apply: policyApplyKind,
  policy_reconcile: policyReconcileKind,
  audit_verify: auditVerifyKind,
  media_cleanup: mediaCleanupKind,
  stale_device_cleanup: staleDeviceCleanupKind,
  user_import: userImportKind,
  lifecycle_apply: lifecycleApplyKind,
};

/** The kind's definition, or null when no code for it is registered. */
export function getJobKind(kind: JobKind, registry: JobKindRegistry = jobKinds): AnyJobKind | null {
  return registry[kind] ?? null;
}
