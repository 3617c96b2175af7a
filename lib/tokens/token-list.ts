// The Tokens table's pure part: which accounts a filter keeps, the summary line, one page of them.
import type { RevocationState } from "./revocation-states";
import type { RotationState } from "./rotation-state";
import type { TokenKindFilter } from "./list-search";

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

/** An account as the console knows it without asking Synapse for its devices. */
export type TokenAccount = {
  userId: string;
  isBot: boolean;
  managed: {
    maxTokenAgeDays: number;
    graceMinutes: number;
    /** Null for non-admins, whatever is stored: a webhook URL may carry a secret path. */
    webhookUrl: string | null;
    webhookAllowPrivate: boolean;
    tokenUnseen: boolean;
    /** Whether the console keeps a copy of the current token (the copy itself stays on the server). */
    holdsToken: boolean;
    /** When the console issued the current token; null before its first rotation. */
    tokenIssuedAt: string | null;
    lastRotationAt: string | null;
    lastRotationOk: boolean | null;
    currentDeviceId: string | null;
  } | null;
  /** Null for an account no policy manages. */
  rotation: RotationState | null;
  schedule: {
    definitionId: string;
    name: string;
    cron: string | null;
    nextRunAt: string | null;
  } | null;
  /** Old tokens waiting for revocation (overdue ones with the reason), or null when none. */
  revocations: RevocationState | null;
  warnings: string[];
};

/** An account of the page's rows, with its tokens read from Synapse. */
export type AuditedAccount = TokenAccount & {
  tokens: AuditedToken[];
  /** Why the devices could not be read, when they could not. */
  problem: string | null;
};

export type TokenListFilters = { q: string; kind: TokenKindFilter; due: boolean };

const overdueCount = (account: TokenAccount) => account.revocations?.overdue.length ?? 0;

/** Due for rotation, or an old token's revocation is overdue: what "Due only" keeps. */
export function needsAttention(account: TokenAccount) {
  return Boolean(account.rotation?.due) || overdueCount(account) > 0;
}

const KINDS: Record<TokenKindFilter, (account: TokenAccount) => boolean> = {
  all: () => true,
  bot: (account) => account.isBot,
  managed: (account) => account.managed !== null,
  pending: (account) => account.revocations !== null,
};

export function filterTokenAccounts<T extends TokenAccount>(
  accounts: readonly T[],
  filters: TokenListFilters,
): T[] {
  const needle = filters.q.toLowerCase();
  return accounts.filter(
    (account) =>
      account.userId.toLowerCase().includes(needle) &&
      KINDS[filters.kind](account) &&
      (!filters.due || needsAttention(account)),
  );
}

export type TokenListSummary = {
  accounts: number;
  bots: number;
  managed: number;
  /** Managed accounts whose rotation is due (see rotation-state.ts). */
  due: number;
  /** Old tokens whose revocation is overdue, over all accounts. */
  overdueRevocations: number;
  /** The issue time of the oldest token the console issued and still holds as current. */
  oldestIssuedAt: string | null;
};

/** The summary line's figures; all come from the console's own records and one user list. */
export function summarizeTokenAccounts(accounts: readonly TokenAccount[]): TokenListSummary {
  let oldestIssuedAt: string | null = null;
  for (const account of accounts) {
    const issued = account.managed?.tokenIssuedAt ?? null;
    if (issued && (!oldestIssuedAt || issued < oldestIssuedAt)) oldestIssuedAt = issued;
  }
  return {
    accounts: accounts.length,
    bots: accounts.filter((account) => account.isBot).length,
    managed: accounts.filter((account) => account.managed).length,
    due: accounts.filter((account) => account.rotation?.due).length,
    overdueRevocations: accounts.reduce((sum, account) => sum + overdueCount(account), 0),
    oldestIssuedAt,
  };
}

export type ListPage<T> = { rows: T[]; page: number; pages: number; from: number; total: number };

/** One page of the list (1-based); a page past the end shows the last one. */
export function pageOf<T>(items: readonly T[], page: number, size: number): ListPage<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const shown = Math.min(Math.max(1, page), pages);
  const from = (shown - 1) * size;
  return { rows: items.slice(from, from + size), page: shown, pages, from, total: items.length };
}

export type TokenFigures = {
  count: number;
  /** The token whose age starts earliest, and from what (issued, or last seen). */
  oldest: Pick<AuditedToken, "since" | "sinceBasis"> | null;
  /** The latest use Synapse saw of any of the devices. */
  lastUsedAt: string | null;
};

/** One row's figures: how many tokens, the oldest, the last use. */
export function tokenFiguresOf(tokens: readonly AuditedToken[]): TokenFigures {
  let oldest: TokenFigures["oldest"] = null;
  let lastUsedAt: string | null = null;
  for (const token of tokens) {
    if (token.since && (!oldest?.since || token.since < oldest.since)) oldest = token;
    if (token.lastUsedAt && (!lastUsedAt || token.lastUsedAt > lastUsedAt)) {
      lastUsedAt = token.lastUsedAt;
    }
  }
  return {
    count: tokens.length,
    oldest: oldest && { since: oldest.since, sinceBasis: oldest.sinceBasis },
    lastUsedAt,
  };
}
