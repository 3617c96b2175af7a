import type { StaleRule } from "./stale-rule";

/**
 * The rule the Devices page's stale form starts with: last used more than 90 days ago, each user
 * keeping their most recently used device, never-used devices kept, nobody left out.
 */
export const DEFAULT_STALE_RULE: StaleRule = {
  olderThanDays: 90,
  neverSeenCreatedBeforeDays: null,
  keepMostRecent: 1,
  excludeUsers: [],
  onlyUsers: [],
  userContains: null,
};

/** The Devices page with the default rule's dry run, which lists what the overview counted. */
export const DEFAULT_STALE_HREF = `/devices?${new URLSearchParams({
  staleDays: String(DEFAULT_STALE_RULE.olderThanDays),
  staleKeep: String(DEFAULT_STALE_RULE.keepMostRecent),
})}`;
