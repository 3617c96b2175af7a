import { countOf } from "@/lib/format/count";
import { fitsNewJobLink, newJobHref } from "@/lib/jobs/job-form-preset";
import type { StaleCleanupParams } from "./cleanup-schema";
import { MAX_REVOKE_DEVICES } from "./revoke-schema";
import type { StaleRule } from "./stale-rule";

/** The smallest maximum a saved clean-up is offered with, so a few new stale devices still fit. */
const MIN_OFFERED_MAXIMUM = 100;

/** The saved job's name: "Stale device clean-up: unused for 90 days". */
function staleCleanupName(rule: StaleRule) {
  return `Stale device clean-up: unused for ${countOf(rule.olderThanDays, "day")}`;
}

/**
 * The new-job form, filled in with a clean-up of this rule. It starts in report-only mode, so a
 * saved job lists before it revokes; its maximum leaves room above what the rule selects today.
 * Null when the rule (its user patterns) is too long for a link.
 */
export function staleCleanupScheduleHref(rule: StaleRule, selectedNow: number): string | null {
  const params: StaleCleanupParams = {
    rule,
    mode: "report",
    maxDevices: Math.min(MAX_REVOKE_DEVICES, Math.max(MIN_OFFERED_MAXIMUM, selectedNow * 2)),
    concurrency: 4,
  };
  return fitsNewJobLink(params)
    ? newJobHref("stale_device_cleanup", staleCleanupName(rule), params)
    : null;
}
