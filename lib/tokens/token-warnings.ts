// Pure rules for the token audit page's warnings, so they are unit-tested without Synapse.

const DAY_MS = 24 * 60 * 60 * 1000;

export type TokenFacts = {
  /** When the token was issued (console-minted) or, for other devices, last seen; null if never. */
  since: Date | null;
  sinceBasis: "issued" | "last_seen";
  lastUsedAt: Date | null;
};

export type WarningPolicy = {
  /** The managed account's max age; null for an account no policy manages (no age warning). */
  maxTokenAgeDays: number | null;
  unusedDays: number;
  now: Date;
};

const days = (ms: number) => Math.floor(ms / DAY_MS);

/** Warnings for one token: older than its account's policy allows, unused for long. */
export function tokenWarnings(token: TokenFacts, policy: WarningPolicy): string[] {
  const warnings: string[] = [];
  const now = policy.now.getTime();
  const maxDays = policy.maxTokenAgeDays;
  if (maxDays !== null && token.since && now - token.since.getTime() > maxDays * DAY_MS) {
    const age = days(now - token.since.getTime());
    warnings.push(`older than the ${maxDays}-day policy (${age} days)`);
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
