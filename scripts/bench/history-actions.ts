// bench:history's measurements of audited actions, run in this process with the app's own modules
// against the bench's database and Synapse: concurrent writers on the hash chain, and what the
// "before" reads of from → to add to three actions. Import after DATABASE_URL and the other
// settings are in process.env (the app reads them once).
import pg from "pg";
import { recordChange } from "../../lib/audit/changes";
import { runAudited } from "../../lib/audit/run-audited";
import { endSessionsOf } from "../../lib/data/sessions";
import { setDisplayName } from "../../lib/operations/set-display-name";
import { readAdminBefore, setServerAdmin } from "../../lib/operations/set-server-admin";
import { setUserLocked } from "../../lib/operations/set-user-locked";
import { readSuspendedBefore, setUserSuspended } from "../../lib/operations/set-user-suspended";
import type { SynapseClient } from "../../lib/synapse";
import { samplePair } from "./measure";
import { summarise } from "./history-timing";
import type { Samples } from "./measure";

const ACTOR = { id: "@bench-admin:localhost", role: "admin" as const };
const CHAIN_TRIGGERS = [
  ["audit_entry", "audit_entry_chain_link"],
  ["audit_outcome", "audit_outcome_chain_link"],
] as const;

async function setChainTriggers(superuserUrl: string, enabled: boolean) {
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    for (const [table, trigger] of CHAIN_TRIGGERS) {
      await client.query(
        `ALTER TABLE ${table} ${enabled ? "ENABLE" : "DISABLE"} TRIGGER ${trigger}`,
      );
    }
  } finally {
    await client.end();
  }
}

/** `n` audited actions with trivial work, all at once; the whole time and each call's. */
async function writers(n: number, round: number) {
  const calls: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: n }, async (_, i) => {
      const callStarted = performance.now();
      await runAudited(
        {
          actor: ACTOR,
          action: "bench.concurrent_write",
          target: { type: "user", id: `@writer-${i}:localhost` },
          input: { round, i },
        },
        async () => ({ i }),
      );
      calls.push(performance.now() - callStarted);
    }),
  );
  return { total: performance.now() - started, calls };
}

export type WritersResult = { totalMs: number; perCall: Samples };

/**
 * `n` concurrent runAudited calls with the chain's trigger (one writer at a time, under its
 * advisory lock) and without it (disabled in the bench database only), in alternating rounds
 * after a warm-up: the median round's total and the calls' p50 and p95 over all rounds.
 */
export async function measureWriters(superuserUrl: string, n: number, rounds: number) {
  await writers(n, -1);
  const sides = {
    chained: { totals: [] as number[], calls: [] as number[] },
    unchained: { totals: [] as number[], calls: [] as number[] },
  };
  for (let round = 0; round < rounds; round++) {
    const chained = await writers(n, round);
    sides.chained.totals.push(chained.total);
    sides.chained.calls.push(...chained.calls);
    await setChainTriggers(superuserUrl, false);
    try {
      const unchained = await writers(n, round);
      sides.unchained.totals.push(unchained.total);
      sides.unchained.calls.push(...unchained.calls);
    } finally {
      await setChainTriggers(superuserUrl, true);
    }
  }
  const result = (side: { totals: number[]; calls: number[] }): WritersResult => ({
    totalMs: summarise(side.totals).p50,
    perCall: summarise(side.calls),
  });
  return { chained: result(sides.chained), unchained: result(sides.unchained) };
}

export type BeforeReadResult = {
  action: string;
  /** The read is one the action needs anyway (the user PUT would create a missing user). */
  neededAnyway: boolean;
  withRead: Samples;
  withoutRead: Samples;
};

type FlagInput = { userId: string; enabled: boolean };

/** One action measured both ways: `withRead` as lib/operations does it, `withoutRead` the same minus the read. */
type BeforeReadCase = {
  action: string;
  auditAction: string;
  neededAnyway: boolean;
  /**
   * The read as the server action starts it (defineAction's readBefore): alongside the audit
   * entry's write, handed to the operation; without it the operation reads after the entry.
   */
  readEarly?: (synapse: SynapseClient, input: FlagInput) => Promise<boolean>;
  withRead: (
    synapse: SynapseClient,
    input: FlagInput,
    reading?: Promise<boolean>,
  ) => Promise<unknown>;
  withoutRead: (synapse: SynapseClient, input: FlagInput) => Promise<unknown>;
};

const CASES: BeforeReadCase[] = [
  {
    action: "set display name",
    auditAction: "user.set_displayname",
    neededAnyway: true,
    withRead: (synapse, { userId, enabled }) =>
      setDisplayName(synapse, { userId, displayName: `Bench ${enabled}` }),
    withoutRead: async (synapse, { userId, enabled }) => {
      const { user } = await synapse.users.update(userId, { displayname: `Bench ${enabled}` });
      recordChange("displayname", undefined, user.displayname);
    },
  },
  {
    action: "set admin",
    auditAction: "user.set_admin",
    neededAnyway: false,
    // Granting only: taking admin away also ends sessions and drops a role, which would hide the read's share.
    readEarly: (synapse, { userId }) => readAdminBefore(synapse, userId),
    withRead: (synapse, { userId }, reading) =>
      setServerAdmin(synapse, { userId, enabled: true }, reading),
    withoutRead: async (synapse, { userId }) => {
      await synapse.users.setAdmin(userId, true);
      recordChange("admin", undefined, true);
    },
  },
  {
    action: "lock a user",
    auditAction: "user.set_locked",
    neededAnyway: true,
    withRead: (synapse, input) => setUserLocked(synapse, input),
    withoutRead: async (synapse, input) => {
      const { user } = await synapse.users.update(input.userId, { locked: input.enabled });
      recordChange("locked", undefined, user.locked);
      if (input.enabled) await endSessionsOf(input.userId, "user_locked");
    },
  },
  {
    action: "suspend a user",
    auditAction: "user.set_suspended",
    neededAnyway: false,
    readEarly: (synapse, { userId }) => readSuspendedBefore(synapse, userId),
    withRead: (synapse, input, reading) => setUserSuspended(synapse, input, reading),
    withoutRead: async (synapse, input) => {
      await synapse.users.setSuspended(input.userId, input.enabled);
      recordChange("suspended", undefined, input.enabled);
      if (input.enabled) await endSessionsOf(input.userId, "user_suspended");
    },
  },
];

/**
 * Actions as the console runs them (audit entry, Synapse calls, outcome with its changes), each
 * with its before-read (lib/operations) and with the same steps minus that read, taking turns, on
 * users of their own; each call flips its user (lock, unlock, lock…). Display name and lock read
 * the user anyway, since Synapse's user PUT would create a missing one: their "without" leaves out
 * a read the action needs for more than the audit. Set admin's and suspend's reads are there only
 * for the audit's "from".
 */
export async function measureBeforeReads(
  synapse: SynapseClient,
  userIds: string[],
  n: number,
): Promise<BeforeReadResult[]> {
  let turn = 0;
  const flipped = new Set<string>();
  const nextInput = (): FlagInput => {
    const userId = userIds[turn++ % userIds.length] ?? "";
    const enabled = !flipped.has(userId);
    if (enabled) flipped.add(userId);
    else flipped.delete(userId);
    return { userId, enabled };
  };
  const results: BeforeReadResult[] = [];
  for (const one of CASES) {
    const run =
      (work: BeforeReadCase["withRead"], early?: BeforeReadCase["readEarly"]) => async () => {
        const input = nextInput();
        const reading = early?.(synapse, input);
        await runAudited(
          {
            actor: ACTOR,
            action: one.auditAction,
            target: { type: "user", id: input.userId },
            input,
          },
          () => work(synapse, input, reading),
        );
      };
    const [withRead, withoutRead] = await samplePair(
      run(one.withRead, one.readEarly),
      run(one.withoutRead),
      n,
    );
    results.push({ action: one.action, neededAnyway: one.neededAnyway, withRead, withoutRead });
  }
  return results;
}
