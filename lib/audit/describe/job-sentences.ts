import { countOf } from "@/lib/format/count";
import {
  fieldsOf,
  numberOf,
  quoted,
  textOf,
  userOf,
  type DescribableEntry,
  type Describe,
} from "./entry-fields";

/** A job definition by its name when the input has it, else by its ID. */
function jobOf(entry: DescribableEntry): string {
  const fields = fieldsOf(entry.input).fields ?? entry.input;
  const name = textOf(fields, "name");
  if (name) return `the job ${quoted(name)}`;
  return `job ${textOf(entry.input, "id") ?? entry.targetId ?? ""}`.trim();
}

const runOf = (entry: DescribableEntry) => `job run ${textOf(entry.input, "runId") ?? ""}`.trim();

function describeStaleRevoke(entry: DescribableEntry): string {
  const devices = numberOf(entry.input, "expectedDevices");
  const users = numberOf(entry.input, "expectedUsers");
  if (devices === undefined || users === undefined) return "started revoking stale devices";
  return `started revoking ${countOf(devices, "stale device")} of ${countOf(users, "user")}`;
}

function describeTokenPolicy(entry: DescribableEntry): string {
  const days = numberOf(entry.input, "maxTokenAgeDays");
  const grace = numberOf(entry.input, "graceMinutes");
  if (days === undefined || grace === undefined) return "";
  return ` (a new token every ${countOf(days, "day")}, the old one ends ${countOf(grace, "minute")} later)`;
}

/** Sentences of jobs and their runs, and of bots' tokens (which jobs rotate). */
export const JOB_SENTENCES: Record<string, Describe> = {
  "job.create": (entry) => {
    const kind = textOf(entry.input, "kind");
    return `created ${jobOf(entry)}${kind ? ` (${kind})` : ""}`;
  },
  "job.update": (entry) => `changed ${jobOf(entry)}`,
  "job.delete": (entry) => `deleted ${jobOf(entry)}`,
  "job.run_now": (entry) => `started a run of ${jobOf(entry)}`,
  "job.cancel": (entry) => `cancelled ${runOf(entry)}`,
  "job.resume": (entry) => `resumed ${runOf(entry)}`,
  "job.run_device_scan": () => "started a scan of every user's devices",
  "job.run_stale_device_revoke": describeStaleRevoke,
  "job.run_audit_verify": () => "started a check of the audit log's hash chain",
  "token.manage": (entry) => `took over the token of ${userOf(entry)}${describeTokenPolicy(entry)}`,
  "token.update_policy": (entry) =>
    `changed the token policy of ${userOf(entry)}${describeTokenPolicy(entry)}`,
  "token.unmanage": (entry) => `stopped managing the token of ${userOf(entry)}`,
  "token.reveal": (entry) => `revealed the current token of ${userOf(entry)}`,
  "token.rotate_now": (entry) => `started a rotation of the token of ${userOf(entry)}`,
  "token.mint": (entry) => {
    const method = textOf(entry.input, "method");
    return `minted a new token for ${userOf(entry)}${method ? ` by ${method}` : ""}`;
  },
  "token.discard_new": (entry) =>
    `logged out the new token of ${userOf(entry)}, which could not be delivered`,
  "token.revoke_old": (entry) => {
    const device = textOf(entry.input, "deviceId");
    return `revoked the old token of ${userOf(entry)}${device ? ` (device ${device})` : ""}`;
  },
};
