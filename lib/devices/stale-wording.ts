import { countOf } from "@/lib/format/count";
import { formFieldOfRule, STALE_FIELD_LABELS } from "./stale-form";
import type { StaleCounts } from "./stale-query";
import type { StaleRule } from "./stale-rule";

/** "4 devices of 2 users": what a revoke takes, for its button, its dialog and its toast. */
export const devicesOfUsers = (devices: number, users: number) =>
  `${countOf(devices, "device")} of ${countOf(users, "user")}`;

/** The devices old enough to go, as the rule says it: last used long ago, and never used. */
function agedPart(rule: StaleRule, counts: StaleCounts): string {
  const seen = `${countOf(counts.seenOld, "device")} last used more than ${countOf(rule.olderThanDays, "day")} ago`;
  const days = rule.neverSeenCreatedBeforeDays;
  if (days === null) return seen;
  const never = countOf(counts.neverOld, "never-used device");
  return days === 0
    ? `${seen} and ${never} of accounts of any age`
    : `${seen} and ${never} of accounts older than ${countOf(days, "day")}`;
}

/** What happens to them: how many go, and how many each user's most recent devices keep. */
function revokePart(rule: StaleRule, counts: StaleCounts): string {
  const kept = counts.seenOld + counts.neverOld - counts.devices;
  const keeps = `each user keeps their ${countOf(rule.keepMostRecent, "most recently used device")}`;
  if (counts.devices === 0)
    return kept > 0 ? `none would be revoked, because ${keeps}` : "none would be revoked";
  const revoked = `${devicesOfUsers(counts.devices, counts.users)} would be revoked`;
  return kept > 0 ? `${revoked}, because ${keeps} (${countOf(kept, "device")} kept)` : revoked;
}

/**
 * The dry run in words, numbers side by side: "171 devices last used more than 180 days ago; 78
 * devices of 40 users would be revoked, because each user keeps their 1 most recently used device
 * (93 kept)." Then notes on what narrows it and what it leaves, each only where it applies.
 */
export function describeDryRun(rule: StaleRule, counts: StaleCounts) {
  const summary = `${agedPart(rule, counts)}; ${revokePart(rule, counts)}.`;
  const notes: string[] = [];
  if (rule.onlyUsers.length > 0) notes.push(`Only users matching ${rule.onlyUsers.join(", ")}.`);
  if (rule.userContains !== null)
    notes.push(
      `Only users whose ID contains “${rule.userContains}” (the device list’s user filter).`,
    );
  if (counts.excluded > 0)
    notes.push(
      `Devices of excluded users, left alone (the console’s own account is always excluded): ${countOf(counts.excluded, "device")}.`,
    );
  if (counts.neverLeft > 0) {
    const days = rule.neverSeenCreatedBeforeDays;
    notes.push(
      days === null
        ? `Never-used devices kept: ${countOf(counts.neverLeft, "device")}. To include them, set “Never used, account older than”; 0 takes accounts of any age, even ones created today.`
        : `Never-used devices kept because their accounts are younger than ${countOf(days, "day")} (or of unknown age): ${countOf(counts.neverLeft, "device")}. 0 takes accounts of any age, even ones created today.`,
    );
  }
  return { summary, notes };
}

/**
 * The revoke action's refusal of the rule's fields as one sentence, naming each field by its
 * label: "The rule was refused, so nothing was revoked: Keep most recent per user must be at
 * most 100 devices. Reload the page and run the dry run again."
 */
export function refusedRule(fieldErrors: Record<string, string[]>): string {
  const reasons = Object.entries(fieldErrors).map(([field, messages]) => {
    const formField = formFieldOfRule(field);
    const name = formField ? STALE_FIELD_LABELS[formField] : field;
    return `${name} ${messages[0] ?? "is refused"}`;
  });
  return `The rule was refused, so nothing was revoked: ${reasons.join("; ")}. Reload the page and run the dry run again.`;
}
