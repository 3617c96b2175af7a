import "server-only";
import { db } from "@/lib/db";
import { nextRunTimes } from "@/lib/jobs/cron";
import { mapWithConcurrency, type SynapseClient } from "@/lib/synapse";
import { findRevocationStates, type RevocationState } from "./revocation-states";
import { tokenRotationParamsSchema, rotationUserIds } from "./schemas";
import { rotationWarning, tokenWarnings } from "./token-warnings";

/** Per-user device reads at once; enough to be quick, few enough not to trip rate limits. */
const DEVICE_READ_CONCURRENCY = 8;
/** Bots read from Synapse for the page; more than this is a sign the page needs paging. */
const MAX_BOTS = 500;

export type AuditedToken = {
  /** A device ID, or "console token" for the device-less token the console minted. */
  id: string;
  kind: "console" | "device";
  displayName: string | null;
  /** The age's starting point: issue time (console tokens) or last seen (other devices). */
  since: string | null;
  sinceBasis: "issued" | "last_seen";
  lastUsedAt: string | null;
  lastIp: string | null;
  warnings: string[];
};

export type AuditedAccount = {
  userId: string;
  isBot: boolean;
  managed: {
    maxTokenAgeDays: number;
    graceMinutes: number;
    /** Null for non-admins, whatever is stored: a webhook URL may carry a secret path. */
    webhookUrl: string | null;
    webhookAllowPrivate: boolean;
    tokenUnseen: boolean;
    lastRotationAt: string | null;
    lastRotationOk: boolean | null;
    currentDeviceId: string | null;
  } | null;
  schedule: {
    definitionId: string;
    name: string;
    cron: string | null;
    nextRunAt: string | null;
  } | null;
  /** Old tokens waiting for revocation (overdue ones with the reason), or null when none. */
  revocations: RevocationState | null;
  tokens: AuditedToken[];
  warnings: string[];
  /** Why the devices could not be read, when they could not. */
  problem: string | null;
};

type Options = {
  unusedDays: number;
  now?: Date;
  /** Only admins see webhook URLs; decided here, on the server, so no page can forget. */
  showWebhookUrls: boolean;
};

/**
 * Bots (user type bot), managed accounts and accounts with old tokens waiting for revocation, with
 * their tokens, schedules and warnings.
 */
export async function findTokenAudit(synapse: SynapseClient, options: Options) {
  const now = options.now ?? new Date();
  const [bots, managed, definitions, pending] = await Promise.all([
    findBots(synapse),
    db.managedAccount.findMany({ orderBy: { userId: "asc" } }),
    db.jobDefinition.findMany({ where: { kind: "token_rotation" }, orderBy: { createdAt: "asc" } }),
    findRevocationStates(undefined, now),
  ]);
  const managedById = new Map(managed.map((account) => [account.userId, account]));
  // An account no longer managed still shows while its old tokens wait (or are overdue).
  const listed = [...managed.map((account) => account.userId), ...bots, ...pending.keys()];
  const userIds = [...new Set(listed)].sort();
  const botIds = new Set(bots);
  const reads = await mapWithConcurrency(userIds, DEVICE_READ_CONCURRENCY, (userId) =>
    synapse.devices.list(userId),
  );
  return userIds.map((userId, index): AuditedAccount => {
    const account = managedById.get(userId) ?? null;
    // Only a managed account has a max age to be held to.
    const maxTokenAgeDays = account?.maxTokenAgeDays ?? null;
    const policy = { maxTokenAgeDays, unusedDays: options.unusedDays, now };
    const read = reads[index]!;
    const tokens: AuditedToken[] = [];
    if (account?.currentTokenEncrypted && account.tokenIssuedAt && !account.currentDeviceId) {
      const facts = {
        since: account.tokenIssuedAt,
        sinceBasis: "issued" as const,
        lastUsedAt: null,
      };
      tokens.push({
        id: "console token",
        kind: "console",
        displayName: "minted by the console (no device)",
        since: account.tokenIssuedAt.toISOString(),
        sinceBasis: "issued",
        lastUsedAt: null,
        lastIp: null,
        warnings: tokenWarnings(facts, policy),
      });
    }
    for (const device of read.ok ? read.value.devices : []) {
      const lastSeen = device.last_seen_ts ? new Date(device.last_seen_ts) : null;
      // The console's own device (service account) has a known issue time.
      const issued = account?.currentDeviceId === device.device_id ? account.tokenIssuedAt : null;
      const facts = issued
        ? { since: issued, sinceBasis: "issued" as const, lastUsedAt: lastSeen }
        : { since: lastSeen, sinceBasis: "last_seen" as const, lastUsedAt: lastSeen };
      tokens.push({
        id: device.device_id,
        kind: "device",
        displayName: device.display_name ?? null,
        since: facts.since?.toISOString() ?? null,
        sinceBasis: facts.sinceBasis,
        lastUsedAt: lastSeen?.toISOString() ?? null,
        lastIp: device.last_seen_ip ?? null,
        warnings: tokenWarnings(facts, policy),
      });
    }
    const failed = account ? rotationWarning(account) : null;
    return {
      userId,
      isBot: botIds.has(userId),
      managed: account && {
        maxTokenAgeDays: account.maxTokenAgeDays,
        graceMinutes: account.graceMinutes,
        webhookUrl: options.showWebhookUrls ? account.webhookUrl : null,
        webhookAllowPrivate: account.webhookAllowPrivate,
        tokenUnseen: account.tokenUnseen,
        lastRotationAt: account.lastRotationAt?.toISOString() ?? null,
        lastRotationOk: account.lastRotationOk,
        currentDeviceId: account.currentDeviceId,
      },
      schedule: scheduleFor(userId, definitions, now),
      revocations: pending.get(userId) ?? null,
      tokens,
      warnings: failed ? [failed] : [],
      problem: read.ok
        ? null
        : read.error instanceof Error
          ? read.error.message
          : String(read.error),
    };
  });
}

async function findBots(synapse: SynapseClient): Promise<string[]> {
  const bots: string[] = [];
  let from: number | string | undefined = 0;
  while (from !== undefined && bots.length < MAX_BOTS) {
    const page = await synapse.users.list({ from, limit: 100, not_user_type: ["", "support"] });
    bots.push(...page.users.filter((user) => user.user_type === "bot").map((user) => user.name));
    from = page.next_token ?? undefined;
  }
  return bots;
}

type Definition = Awaited<ReturnType<typeof db.jobDefinition.findMany>>[number];

/** The first enabled token_rotation definition naming the user, with its next run. */
function scheduleFor(userId: string, definitions: Definition[], now: Date) {
  for (const definition of definitions) {
    const params = tokenRotationParamsSchema.safeParse(definition.params);
    if (!params.success || !rotationUserIds(params.data).includes(userId)) continue;
    const next =
      definition.enabled && definition.cron
        ? (nextRunTimes(definition.cron, definition.timezone, 1, now)[0] ?? null)
        : null;
    return {
      definitionId: definition.id,
      name: definition.enabled ? definition.name : `${definition.name} (disabled)`,
      cron: definition.cron,
      nextRunAt: next?.toISOString() ?? null,
    };
  }
  return null;
}
