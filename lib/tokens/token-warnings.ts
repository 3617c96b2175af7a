// Pure rules for the token audit page's warnings, so they are unit-tested without Synapse.

const DAY_MS = 24 * 60 * 60 * 1000;

export type TokenFacts = {
  /** When the token was issued (console-minted) or, for other devices, last seen; null if never. */
  since: Date | null;
  sinceBasis: "issued" | "last_seen";
  lastUsedAt: Date | null;
};

export type WarningPolicy = { maxTokenAgeDays: number; unusedDays: number; now: Date };

const days = (ms: number) => Math.floor(ms / DAY_MS);

/** Warnings for one token: older than the policy allows, unused for long. */
export function tokenWarnings(token: TokenFacts, policy: WarningPolicy): string[] {
  const warnings: string[] = [];
  const now = policy.now.getTime();
  if (token.since && now - token.since.getTime() > policy.maxTokenAgeDays * DAY_MS) {
    const age = days(now - token.since.getTime());
    warnings.push(`older than the ${policy.maxTokenAgeDays}-day policy (${age} days)`);
  }
  // Synapse does not track use of device-less tokens, so "unused" is only said of devices.
  if (token.sinceBasis === "last_seen") {
    if (!token.lastUsedAt) warnings.push("never used");
    else if (now - token.lastUsedAt.getTime() > policy.unusedDays * DAY_MS) {
      warnings.push(`unused for ${days(now - token.lastUsedAt.getTime())} days`);
    }
  }
  return warnings;
}

/** The account's own warning when its last rotation failed. */
export function rotationWarning(account: {
  lastRotationOk: boolean | null;
  lastRotationError: string | null;
}): string | null {
  if (account.lastRotationOk !== false) return null;
  return `last rotation failed: ${account.lastRotationError ?? "no reason recorded"}`;
}
