import "server-only";
import { db } from "@/lib/db";
import type { ManagedAccount } from "@/lib/generated/prisma/client";
import { nextRunTimes } from "@/lib/jobs/cron";
import { mapWithConcurrency, type SynapseClient } from "@/lib/synapse";
import { findRevocationStates } from "./revocation-states";
import { rotationStateOf } from "./rotation-state";
import { tokenRotationParamsSchema, rotationUserIds } from "./schemas";
import type { AuditedAccount, AuditedToken, TokenAccount } from "./token-list";
import { rotationWarning, tokenWarnings } from "./token-warnings";

export type { AuditedAccount, AuditedToken, TokenAccount } from "./token-list";

/** Per-user device reads at once; enough to be quick, few enough not to trip rate limits. */
const DEVICE_READ_CONCURRENCY = 8;
/** Users per request when listing bots: one request for most servers. */
const BOT_PAGE = 500;
/** Bots listed at most; past this the page says the list is cut. */
export const MAX_BOTS = 5000;

type AccountsOptions = {
  now: Date;
  /** Only admins see webhook URLs; decided here, on the server, so no page can forget. */
  showWebhookUrls: boolean;
};

/**
 * Bots (user type bot), managed accounts and accounts with old tokens waiting for revocation, with
 * their policies, rotation state and schedules: one user list from Synapse and the console's own
 * records, whatever the number of accounts. Their devices are read per page (findAccountTokens).
 */
export async function findTokenAccounts(synapse: SynapseClient, options: AccountsOptions) {
  const { now } = options;
  const [bots, managed, definitions, pending] = await Promise.all([
    findBots(synapse),
    db.managedAccount.findMany({ orderBy: { userId: "asc" } }),
    db.jobDefinition.findMany({ where: { kind: "token_rotation" }, orderBy: { createdAt: "asc" } }),
    findRevocationStates(undefined, now),
  ]);
  const managedById = new Map(managed.map((account) => [account.userId, account]));
  // An account no longer managed still shows while its old tokens wait (or are overdue).
  const listed = [...managed.map((account) => account.userId), ...bots.userIds, ...pending.keys()];
  const userIds = [...new Set(listed)].sort();
  const botIds = new Set(bots.userIds);
  const schedules = schedulesByUser(definitions, now);
  const accounts = userIds.map((userId): TokenAccount => {
    const account = managedById.get(userId) ?? null;
    const failed = account ? rotationWarning(account) : null;
    return {
      userId,
      isBot: botIds.has(userId),
      managed: account && managedOf(account, options.showWebhookUrls),
      rotation: account && rotationStateOf(account, now),
      schedule: schedules.get(userId) ?? null,
      revocations: pending.get(userId) ?? null,
      warnings: failed ? [failed] : [],
    };
  });
  return { accounts, botsCut: bots.cut };
}

function managedOf(account: ManagedAccount, showWebhookUrls: boolean) {
  return {
    maxTokenAgeDays: account.maxTokenAgeDays,
    graceMinutes: account.graceMinutes,
    webhookUrl: showWebhookUrls ? account.webhookUrl : null,
    webhookAllowPrivate: account.webhookAllowPrivate,
    tokenUnseen: account.tokenUnseen,
    holdsToken: account.currentTokenEncrypted !== null,
    tokenIssuedAt: account.tokenIssuedAt?.toISOString() ?? null,
    lastRotationAt: account.lastRotationAt?.toISOString() ?? null,
    lastRotationOk: account.lastRotationOk,
    currentDeviceId: account.currentDeviceId,
  };
}

type TokensOptions = { unusedDays: number; now: Date };

/** The given accounts (one page of them) with their tokens: one device list per account. */
export async function findAccountTokens(
  synapse: SynapseClient,
  accounts: readonly TokenAccount[],
  options: TokensOptions,
): Promise<AuditedAccount[]> {
  const reads = await mapWithConcurrency(accounts, DEVICE_READ_CONCURRENCY, (account) =>
    synapse.devices.list(account.userId),
  );
  return accounts.map((account, index) => {
    const read = reads[index]!;
    return {
      ...account,
      tokens: tokensOf(account, read.ok ? read.value.devices : [], options),
      problem: read.ok
        ? null
        : read.error instanceof Error
          ? read.error.message
          : String(read.error),
    };
  });
}

type Device = Awaited<ReturnType<SynapseClient["devices"]["list"]>>["devices"][number];

function tokensOf(
  account: TokenAccount,
  devices: Device[],
  options: TokensOptions,
): AuditedToken[] {
  const { managed } = account;
  // Only a managed account has a max age to be held to.
  const policy = { maxTokenAgeDays: managed?.maxTokenAgeDays ?? null, ...options };
  const issuedAt = managed?.tokenIssuedAt ? new Date(managed.tokenIssuedAt) : null;
  const tokens: AuditedToken[] = [];
  if (managed?.holdsToken && issuedAt && !managed.currentDeviceId) {
    const facts = { since: issuedAt, sinceBasis: "issued" as const, lastUsedAt: null };
    tokens.push({
      id: "console token",
      kind: "console",
      displayName: "minted by the console (no device)",
      since: issuedAt.toISOString(),
      sinceBasis: "issued",
      lastUsedAt: null,
      lastIp: null,
      warnings: tokenWarnings(facts, policy),
    });
  }
  for (const device of devices) {
    const lastSeen = device.last_seen_ts ? new Date(device.last_seen_ts) : null;
    // The console's own device (service account) has a known issue time.
    const issued = managed?.currentDeviceId === device.device_id ? issuedAt : null;
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
  return tokens;
}

async function findBots(synapse: SynapseClient) {
  const userIds: string[] = [];
  let from: number | string | undefined = 0;
  while (from !== undefined && userIds.length < MAX_BOTS) {
    const page = await synapse.users.list({
      from,
      limit: BOT_PAGE,
      not_user_type: ["", "support"],
    });
    userIds.push(...page.users.filter((user) => user.user_type === "bot").map((user) => user.name));
    from = page.next_token ?? undefined;
  }
  return { userIds: userIds.slice(0, MAX_BOTS), cut: from !== undefined };
}

type Definition = Awaited<ReturnType<typeof db.jobDefinition.findMany>>[number];
type Schedule = NonNullable<TokenAccount["schedule"]>;

/**
 * Per user, the first token_rotation definition naming them, with its next run: each definition
 * read once, however many accounts there are.
 */
function schedulesByUser(definitions: Definition[], now: Date) {
  const schedules = new Map<string, Schedule>();
  for (const definition of definitions) {
    const params = tokenRotationParamsSchema.safeParse(definition.params);
    if (!params.success) continue;
    const next =
      definition.enabled && definition.cron
        ? (nextRunTimes(definition.cron, definition.timezone, 1, now)[0] ?? null)
        : null;
    const schedule = {
      definitionId: definition.id,
      name: definition.enabled ? definition.name : `${definition.name} (disabled)`,
      cron: definition.cron,
      nextRunAt: next?.toISOString() ?? null,
    };
    for (const userId of rotationUserIds(params.data)) {
      if (!schedules.has(userId)) schedules.set(userId, schedule);
    }
  }
  return schedules;
}
