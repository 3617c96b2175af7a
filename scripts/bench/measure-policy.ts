// The policy benchmark's measurements, each side against its plain baseline on the same seeded
// server: the live read, the pure planner, the apply job and the plan after it.
import { db } from "../../lib/db";
import { getServiceSynapse } from "../../lib/homeserver/service-synapse";
import { createRunContext } from "../../lib/jobs/run-context";
import { APPLY_CONCURRENCY } from "../../lib/operations/policy/apply-plan-actions";
import { runPolicyApply } from "../../lib/operations/policy/run-policy-apply";
import { parsePolicy } from "../../lib/policy/document/parse-policy";
import { LIVE_READ_CONCURRENCY, readLiveState } from "../../lib/policy/live/read-live-state";
import { makePlan } from "../../lib/policy/make-plan";
import { planPolicy } from "../../lib/policy/plan/plan-policy";
import { saveVersion } from "../../lib/policy/versions";
import { createLimiter, type SynapseClient } from "../../lib/synapse";
import { percentile, sampleTurns } from "./measure";
import { plainJoins, replayLiveRead } from "./policy-baselines";
import { recordRequests, type RecordedRequest } from "./recorded-requests";
import { policyText, type SeededServer } from "./seed-policy";

export type PolicyBenchResult = {
  plannerSeconds: number;
  plannedActions: number;
  read: {
    console: number;
    plain: number;
    consoleRequests: number;
    plainRequests: number;
    /** The same calls through the console's Synapse client alone. */
    clientOnly: number;
  };
  /** Seconds summed over the rounds. */
  apply: {
    console: number;
    plain: number;
    consoleRequests: number;
    applied: number;
    failed: number;
    /** Synapse's median answer time to one admin join, in each side's own joins. */
    joinMs: { console: number; plain: number };
    /** …and to the apply's re-check before a join. */
    recheckMs: number;
  };
  actionsAfter: number;
};

type Input = {
  synapseUrl: string;
  token: string;
  adminId: string;
  serverName: string;
  seeded: SeededServer;
  /** Timed reads per side. */
  reads: number;
  /** The apply's joins come in this many rounds, each with the plain loop's share. */
  rounds: number;
};

const log = (line: string) => console.log(`[bench] ${line}`);

async function secondsOf<T>(work: () => Promise<T>): Promise<{ seconds: number; result: T }> {
  const started = performance.now();
  const result = await work();
  return { seconds: (performance.now() - started) / 1000, result };
}

function countByType(actions: Array<{ type: string }>): string {
  const counts = new Map<string, number>();
  for (const { type } of actions) counts.set(type, (counts.get(type) ?? 0) + 1);
  return [...counts].map(([type, count]) => `${count} ${type}`).join(", ") || "none";
}

/** The plan's apply as the worker runs it: a policy_apply run and what its kind runs. */
async function applyAsJob(planId: string, requestedBy: string) {
  const params = { planId, requestedByRole: "admin" as const };
  const run = await db.jobRun.create({
    data: { kind: "policy_apply", params, trigger: "manual", requestedBy, status: "running" },
  });
  const context = createRunContext({
    runId: run.id,
    definitionId: null,
    requestedBy,
    signal: new AbortController().signal,
    isKilled: () => false,
  });
  return runPolicyApply(params, context);
}

/** readLiveState's Synapse calls, with its bound, through the console's client and nothing else. */
async function readWithClientOnly(synapse: SynapseClient, roomIds: string[]) {
  const limited = createLimiter(LIVE_READ_CONCURRENCY);
  const page = (from: number) =>
    limited(() => synapse.users.list({ from, limit: 500, locked: true, order_by: "name" }));
  await Promise.all([
    page(0).then(({ total }) => {
      const starts = Array.from({ length: Math.ceil(total / 500) - 1 }, (_, i) => (i + 1) * 500);
      return Promise.all(starts.map(page));
    }),
    ...roomIds.flatMap((roomId) => [
      limited(() => synapse.rooms.members(roomId)),
      limited(() => synapse.rooms.stateOfType(roomId, "m.room.power_levels")),
    ]),
  ]);
}

/** (b) and (a): the live read against its plain replay, then the pure planner on what it read. */
async function measureReadAndPlan(input: Input) {
  const { serverName, adminId } = input;
  const { policy } = parsePolicy(
    policyText(input.seeded, () => true),
    { serverName },
  );
  if (!policy) throw new Error("the benchmark's policy does not parse");
  const synapse = await getServiceSynapse();
  const context = { serverName, serviceUserId: adminId };
  // The console's read, recorded once (which also warms Synapse up), then both sides timed.
  const recorded = await recordRequests(() => readLiveState(synapse, policy, context));
  const { state, requests } = recorded.result;
  // With the same calls through the console's Synapse client alone (answers checked with zod),
  // without the database or building the state, for reading the table. All three take turns.
  const [consoleRead, plainRead, clientOnly] = await sampleTurns(
    [
      () => readLiveState(synapse, policy, context).then(() => undefined),
      () => replayLiveRead(recorded.requests, LIVE_READ_CONCURRENCY),
      () => readWithClientOnly(synapse, input.seeded.roomIds),
    ],
    input.reads,
    1,
  );
  if (!consoleRead || !plainRead || !clientOnly) throw new Error("a read side was not timed");
  const planContext = { serviceUserId: adminId, appliedBy: adminId };
  planPolicy(state, policy, planContext);
  const times: number[] = [];
  let actions = 0;
  for (let i = 0; i < 5; i++) {
    const { seconds, result } = await secondsOf(async () => planPolicy(state, policy, planContext));
    times.push(seconds);
    actions = result.actions.length;
  }
  return {
    plannerSeconds: percentile(
      times.sort((a, b) => a - b),
      0.5,
    ),
    plannedActions: actions,
    read: {
      console: consoleRead.p50 / 1000,
      plain: plainRead.p50 / 1000,
      consoleRequests: requests,
      plainRequests: recorded.requests.length,
      clientOnly: clientOnly.p50 / 1000,
    },
  };
}

/**
 * (c) In rounds, alternating which side goes first so a busy moment of the machine falls on both:
 * the plain loop joins its next chunk; the console saves the policy with its own next chunk of
 * memberships, plans it (untimed) and applies that plan as a job (timed, requests counted).
 */
async function measureApply(input: Input) {
  const { seeded, adminId } = input;
  const joins = seeded.forApply.length;
  const chunk = Math.ceil(joins / input.rounds);
  let applyUpTo = 0;
  let plainUpTo = 0;
  // Users n < joins are the apply's, the next `joins` the plain loop's, the rest joined at seeding.
  const inPolicy = (n: number) =>
    n >= 2 * joins || (n < joins ? n < applyUpTo : n - joins < plainUpTo);
  const totals = { console: 0, plain: 0, consoleRequests: 0, applied: 0, failed: 0 };
  const joinMs = { console: [] as number[], plain: [] as number[] };
  const recheckMs: number[] = [];

  const plainSide = async () => {
    const next = seeded.forPlainLoop.slice(plainUpTo, plainUpTo + chunk);
    const { seconds, result } = await secondsOf(() =>
      recordRequests(() => plainJoins(input.synapseUrl, input.token, next, APPLY_CONCURRENCY)),
    );
    plainUpTo += next.length;
    totals.plain += seconds;
    joinMs.plain.push(...latencies(result.requests, isJoin));
  };
  const consoleSide = async () => {
    applyUpTo = Math.min(joins, applyUpTo + chunk);
    await saveVersion(policyText(seeded, inPolicy), BENCH_VERSION(adminId));
    const made = await makePlan({ createdBy: adminId });
    const { seconds, result } = await secondsOf(() =>
      recordRequests(() => applyAsJob(made.planId, adminId)),
    );
    totals.console += seconds;
    totals.consoleRequests += result.requests.length;
    joinMs.console.push(...latencies(result.requests, isJoin));
    recheckMs.push(...latencies(result.requests, isJoinRecheck));
    totals.applied += result.result.applied;
    totals.failed += result.result.failed;
    log(`applied ${countByType(made.plan.actions)}: ${JSON.stringify(result.result)}`);
  };

  for (let round = 0; round < input.rounds; round++) {
    const sides = round % 2 === 0 ? [plainSide, consoleSide] : [consoleSide, plainSide];
    for (const side of sides) await side();
    log(`round ${round + 1} of ${input.rounds} done`);
  }
  return {
    ...totals,
    joinMs: { console: median(joinMs.console), plain: median(joinMs.plain) },
    recheckMs: median(recheckMs),
  };
}

const isJoin = (request: RecordedRequest) =>
  request.method === "POST" && request.url.includes("/admin/v1/join/");
/** The apply's re-check: a room's members, read before each chunk of joins to it. */
const isJoinRecheck = (request: RecordedRequest) =>
  request.method === "GET" && request.url.endsWith("/members");

/** How long Synapse took to answer each of the requests that `which` picks. */
const latencies = (requests: RecordedRequest[], which: (request: RecordedRequest) => boolean) =>
  requests.filter(which).map((request) => request.ms ?? Number.NaN);

const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );

const BENCH_VERSION = (author: string) => ({
  author,
  authorRole: "admin" as const,
  message: "Benchmark policy",
  origin: "import" as const,
});

export async function measurePolicy(input: Input): Promise<PolicyBenchResult> {
  const readAndPlan = await measureReadAndPlan(input);
  const apply = await measureApply(input);
  // (d) The whole policy, planned again from Synapse as it is now.
  await saveVersion(
    policyText(input.seeded, () => true),
    BENCH_VERSION(input.adminId),
  );
  const after = await makePlan({ createdBy: input.adminId });
  log(`plan after the apply: ${countByType(after.plan.actions)}`);
  await db.$disconnect();
  return { ...readAndPlan, apply, actionsAfter: after.plan.actions.length };
}
