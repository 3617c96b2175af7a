import { countOf } from "@/lib/format/count";

export type GuardSettings = { guardCount: number; guardPercent: number };

export type GuardInput = {
  /** Deactivations plus memberships the plan removes (countRemovals). */
  removals: number;
  /** Users the policy lists. */
  managedUsers: number;
  settings: GuardSettings;
  /** The count the person typed back, if any. */
  confirmedRemovals?: number;
};

/**
 * The most removals a plan may make without the count typed back: more than `guardCount`, or more
 * than `guardPercent` % of the managed users, needs it (PolicySettings).
 */
export function removalAllowance(settings: GuardSettings, managedUsers: number): number {
  const share = Math.floor((managedUsers * settings.guardPercent) / 100);
  return Math.min(settings.guardCount, share);
}

/** Why the plan may not be applied as asked, or null when the guard lets it through. */
export function guardRefusal(input: GuardInput): string | null {
  const { removals, managedUsers, settings, confirmedRemovals } = input;
  const allowance = removalAllowance(settings, managedUsers);
  if (removals <= allowance || confirmedRemovals === removals) return null;
  const what = `${countOf(removals, "removal")} (deactivations and room memberships)`;
  const limit = `more than the ${allowance} allowed without confirmation (${settings.guardCount} or ${settings.guardPercent}% of ${countOf(managedUsers, "managed user")})`;
  const typed =
    confirmedRemovals === undefined
      ? `Type ${removals} to confirm.`
      : `${confirmedRemovals} was typed, not ${removals}.`;
  return `This plan makes ${what}, ${limit}. ${typed}`;
}
