import { z } from "zod";
import { chainReportSchema, describeChainReport, type ChainReport } from "@/lib/audit/chain-report";
import {
  describeStaleCleanupResult,
  staleCleanupResultSchema,
} from "@/lib/devices/cleanup-result-words";
import { countOf } from "@/lib/format/count";
import { labelOf } from "@/lib/format/field-label";
import { describeImportResult, importResultSchema } from "@/lib/import/import-result-words";
import type { JobKind } from "@/lib/generated/prisma/enums";
import { describeLifecycleResult, lifecycleResultSchema } from "@/lib/lifecycle/run-result-words";
import {
  describeMediaCleanupResult,
  mediaCleanupResultSchema,
} from "@/lib/media/cleanup-result-words";

/**
 * A run's stored result in words: a sentence with notes for the kinds this console knows, or the
 * result's fields one per line when its shape is not one of them (a kind added later, a result
 * written by an older version).
 */
export type RunResultWords =
  | { shape: "sentence"; headline: string; notes: string[] }
  | { shape: "fields"; fields: Array<{ label: string; value: string }> };

const count = z.number().int().nonnegative();

const deviceScanResult = z.object({
  scannedUsers: count,
  resumedPast: count,
  failedUsers: count,
  devices: count,
  complete: z.boolean(),
});

const tokenRotationResult = z.object({ rotated: z.array(z.string()), revoked: count });

const staleRevokeResult = z.object({
  revoked: count,
  alreadyGone: count,
  failed: count,
  skippedAsDone: count,
  stopped: z.boolean(),
});
const staleRevokeParams = z.object({ devices: z.array(z.object({ userId: z.string() })) });

const userBulkResult = z.object({
  change: z.enum(["lock", "unlock", "deactivate", "join_room", "delete_media", "server_notice"]),
  changed: count,
  failed: count,
  resumedPast: count,
});
const joinRoomParams = z.object({ room: z.string() });

const policyApplyResult = z.object({
  policyVersion: count,
  actions: count,
  applied: count,
  alreadyDone: count,
  failed: count,
  resumedPast: count,
  stopped: z.boolean(),
});

const policyReconcileResult = z.object({
  mode: z.enum(["report", "apply"]),
  pull: z.string(),
  policyVersion: count,
  actionCount: count,
  applied: policyApplyResult.nullable(),
  notApplied: z.string().nullable(),
  // Absent from runs recorded before a reconcile kept the rights it applied with.
  limitedBy: z.string().nullish(),
  driftAfter: count.nullable(),
});

const sentence = (headline: string, notes: Array<string | false>): RunResultWords => ({
  shape: "sentence",
  headline,
  notes: notes.filter((note): note is string => note !== false),
});

const EARLIER = "by an earlier attempt of this run";

/** "1 device was", "2 devices were". */
const countWas = (n: number, noun: string) => `${countOf(n, noun)} ${n === 1 ? "was" : "were"}`;

function describeDeviceScan(result: z.infer<typeof deviceScanResult>) {
  const users = countOf(result.scannedUsers + result.resumedPast, "user");
  const devices = countOf(result.devices, "device");
  return sentence(
    result.complete ? `Scanned ${users}, ${devices}` : `Stopped after ${users}, ${devices}`,
    [
      result.resumedPast > 0 &&
        `Of these, ${countWas(result.resumedPast, "user")} read ${EARLIER}.`,
      result.failedUsers > 0 &&
        `${countOf(result.failedUsers, "user")} could not be read; see the failed items.`,
      !result.complete && "The snapshot is incomplete until the run is resumed and finishes.",
    ],
  );
}

/** "@a:x", "@a:x and @b:x", "@a:x, @b:x, @c:x and 2 more". */
function listOfNames(names: string[]) {
  if (names.length <= 1) return names.join("");
  if (names.length <= 3) return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  return `${names.slice(0, 3).join(", ")} and ${names.length - 3} more`;
}

function describeTokenRotation(result: z.infer<typeof tokenRotationResult>) {
  const revoked = countOf(result.revoked, "old token");
  // A run that only revokes old tokens whose grace period ended rotates nothing.
  if (result.rotated.length === 0) return sentence(`Revoked ${revoked}`, []);
  return sentence(`Rotated ${listOfNames(result.rotated)}; revoked ${revoked}`, []);
}

function describeStaleRevoke(result: z.infer<typeof staleRevokeResult>, params: unknown) {
  const listed = staleRevokeParams.safeParse(params);
  const devices = countOf(result.revoked, "device");
  let headline = `Revoked ${devices}`;
  if (listed.success) {
    const users = countOf(new Set(listed.data.devices.map((device) => device.userId)).size, "user");
    const all = listed.data.devices.length;
    headline =
      result.revoked === all
        ? `Revoked ${devices} of ${users}`
        : `Revoked ${result.revoked.toLocaleString("en")} of ${countOf(all, "listed device")} (of ${users})`;
  }
  return sentence(headline, [
    result.alreadyGone > 0 && `${countWas(result.alreadyGone, "device")} already gone.`,
    result.skippedAsDone > 0 && `${countWas(result.skippedAsDone, "device")} revoked ${EARLIER}.`,
    result.failed > 0 &&
      `${countOf(result.failed, "device")} could not be revoked; see the failed items.`,
    result.stopped && "Stopped before the end; resume the run to revoke the rest.",
  ]);
}

/** The headline of a bulk change, from "2 users" (and the room of a join). */
const CHANGE_HEADLINES: Record<
  z.infer<typeof userBulkResult>["change"],
  (users: string) => string
> = {
  lock: (users) => `Locked ${users}`,
  unlock: (users) => `Unlocked ${users}`,
  deactivate: (users) => `Deactivated ${users}`,
  join_room: (users) => `Joined ${users}`,
  delete_media: (users) => `Deleted the media of ${users}`,
  server_notice: (users) => `Sent the server notice to ${users}`,
};

function describeUserBulk(result: z.infer<typeof userBulkResult>, params: unknown) {
  const users = countOf(result.changed, "user");
  const room = joinRoomParams.safeParse(params);
  const where = result.change === "join_room" && room.success ? ` to ${room.data.room}` : "";
  return sentence(`${CHANGE_HEADLINES[result.change](users)}${where}`, [
    result.resumedPast > 0 && `${countWas(result.resumedPast, "user")} done ${EARLIER}.`,
    result.failed > 0 && `${countOf(result.failed, "user")} failed; see the failed items.`,
  ]);
}

function policyApplyNotes(result: z.infer<typeof policyApplyResult>) {
  return [
    result.alreadyDone > 0 &&
      `${countWas(result.alreadyDone, "action")} already so when checked, and skipped.`,
    result.resumedPast > 0 && `${countWas(result.resumedPast, "action")} done ${EARLIER}.`,
    result.failed > 0 && `${countOf(result.failed, "action")} failed; see the failed items.`,
    result.stopped && "Stopped before the end; resume the run to apply the rest.",
  ];
}

function describePolicyApply(result: z.infer<typeof policyApplyResult>) {
  const of = `${countOf(result.actions, "action")} of policy version ${result.policyVersion}`;
  return sentence(
    `Applied ${result.applied.toLocaleString("en")} of ${of}`,
    policyApplyNotes(result),
  );
}

/** What a pull of the policy's URL did, for the notes; nothing when there is no URL. */
function pullNote(pull: string): string | false {
  if (pull === "new version") return "A new version was pulled from the policy's URL.";
  if (pull === "unchanged") return "The policy's URL had no changes.";
  if (pull === "no source" || pull === "done by an earlier attempt") return false;
  return `The pull from the policy's URL failed, so the latest saved version was used: ${pull}`;
}

function describePolicyReconcile(result: z.infer<typeof policyReconcileResult>) {
  const version = `policy version ${result.policyVersion}`;
  const pulled = pullNote(result.pull);
  if (result.actionCount === 0) return sentence(`In sync with ${version}`, [pulled]);
  const drift = `${countOf(result.actionCount, "action")} of drift from ${version}`;
  const applied = result.applied;
  if (result.mode === "report" || !applied) {
    return sentence(`Found ${drift}`, [pulled, result.notApplied ?? false]);
  }
  const after =
    result.driftAfter === null
      ? false
      : result.driftAfter === 0
        ? "In sync afterwards."
        : `${countOf(result.driftAfter, "action")} still needed afterwards.`;
  return sentence(`Found ${drift}; applied ${applied.applied.toLocaleString("en")}`, [
    pulled,
    result.limitedBy ?? false,
    ...policyApplyNotes(applied),
    after,
  ]);
}

/** "Intact: …" or "Broken at link …", with the head hash to keep for a later comparison. */
function describeAuditVerify(report: ChainReport) {
  return sentence(describeChainReport(report), [
    report.headHash !== null &&
      !report.problem &&
      `Head hash ${report.headHash}: keep it elsewhere; a later run whose chain does not pass through it means the log was cut short.`,
  ]);
}

/** "scannedUsers" and "skipped_as_done" as "Scanned users" and "Skipped as done". */

/** Any JSON value as short text: numbers grouped, yes/no, lists joined, objects as "key: value". */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "number") return value.toLocaleString("en");
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "string") return value;
  if (Array.isArray(value)) {
    return value.length === 0 ? "none" : value.map((entry) => describeValue(entry)).join(", ");
  }
  return Object.entries(value as Record<string, unknown>)
    .map(([key, entry]) => `${labelOf(key).toLowerCase()}: ${describeValue(entry)}`)
    .join("; ");
}

function describeFields(result: unknown): RunResultWords {
  if (typeof result !== "object" || result === null || Array.isArray(result)) {
    return { shape: "fields", fields: [{ label: "Result", value: describeValue(result) }] };
  }
  return {
    shape: "fields",
    fields: Object.entries(result).map(([key, value]) => ({
      label: labelOf(key),
      value: describeValue(value),
    })),
  };
}

/** What a run's result says, in words; `params` fills in what the result leaves out. */
export function describeRunResult(kind: JobKind, result: unknown, params: unknown): RunResultWords {
  switch (kind) {
    case "device_scan": {
      const parsed = deviceScanResult.safeParse(result);
      if (parsed.success) return describeDeviceScan(parsed.data);
      break;
    }
    case "token_rotation": {
      const parsed = tokenRotationResult.safeParse(result);
      if (parsed.success) return describeTokenRotation(parsed.data);
      break;
    }
    case "stale_device_revoke": {
      const parsed = staleRevokeResult.safeParse(result);
      if (parsed.success) return describeStaleRevoke(parsed.data, params);
      break;
    }
    case "user_bulk": {
      const parsed = userBulkResult.safeParse(result);
      if (parsed.success) return describeUserBulk(parsed.data, params);
      break;
    }
    case "policy_apply": {
      const parsed = policyApplyResult.safeParse(result);
      if (parsed.success) return describePolicyApply(parsed.data);
      break;
    }
    case "policy_reconcile": {
      const parsed = policyReconcileResult.safeParse(result);
      if (parsed.success) return describePolicyReconcile(parsed.data);
      break;
    }
    case "audit_verify": {
      const parsed = chainReportSchema.safeParse(result);
      if (parsed.success) return describeAuditVerify(parsed.data);
      break;
    }
    case "media_cleanup": {
      const parsed = mediaCleanupResultSchema.safeParse(result);
      if (!parsed.success) break;
      const { headline, notes } = describeMediaCleanupResult(parsed.data);
      return sentence(headline, notes);
    }
    case "user_import": {
      const parsed = importResultSchema.safeParse(result);
      if (!parsed.success) break;
      const { headline, notes } = describeImportResult(parsed.data);
      return sentence(headline, notes);
    }
    case "lifecycle_apply": {
      const parsed = lifecycleResultSchema.safeParse(result);
      if (!parsed.success) break;
      const { headline, notes } = describeLifecycleResult(parsed.data);
      return sentence(headline, notes);
    }
    case "stale_device_cleanup": {
      const parsed = staleCleanupResultSchema.safeParse(result);
      if (!parsed.success) break;
      const { headline, notes } = describeStaleCleanupResult(parsed.data);
      return sentence(headline, notes);
    }
  }
  return describeFields(result);
}
