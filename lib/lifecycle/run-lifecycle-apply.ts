import { withPatience } from "@/lib/devices/patience";
import { getHomeserverOrThrow } from "@/lib/homeserver/get-homeserver";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { getServiceUserId } from "@/lib/homeserver/service-user-id";
import type { JobContext, RunItem } from "@/lib/jobs/job-kind";
import { applyPlanActions } from "@/lib/operations/policy/apply-plan-actions";
import { readLiveState } from "@/lib/policy/live/read-live-state";
import { parseVersionOrThrow } from "@/lib/policy/make-plan";
import { actionKey } from "@/lib/policy/plan/actions";
import { planPolicy } from "@/lib/policy/plan/plan-policy";
import { latestVersion } from "@/lib/policy/versions";
import type { SynapseClient } from "@/lib/synapse";
import { finishEvents, latestEventOf, pendingEvents, usersInArrivalOrder } from "./pending-events";
import { getLifecycleSettings } from "./settings";
import { impossibleFor, userPartOf, usersOf } from "./user-part";

type Totals = { rounds: number; events: number; users: number; applied: number; failed: number };

/**
 * The run's context for one round: item keys carry the round's prefix, so the same action in two
 * rounds of one run is two items, and a resumed run skips what the same round already did. Failed
 * items are kept, to tell which users' events failed.
 */
function roundContext(context: JobContext, prefix: string, failures: Map<string, string>) {
  const prefixed = (item: RunItem): RunItem => {
    if (!item.ok) failures.set(item.key, item.error ?? "failed");
    return { ...item, key: `${prefix}${item.key}` };
  };
  return {
    ...context,
    setTotal: async () => undefined,
    doneKeys: async () => {
      const done = await context.doneKeys();
      return new Set(
        [...done].filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length)),
      );
    },
    recordItem: (item: RunItem) => context.recordItem(prefixed(item)),
    recordItems: (items: RunItem[], alongside?: Parameters<JobContext["recordItems"]>[1]) =>
      context.recordItems(items.map(prefixed), alongside),
  } satisfies JobContext;
}

/** How often a round reads again because events came while it read (a busy sender never starves it). */
const MAX_REREADS = 3;

/**
 * What a round applies: the waiting events, the latest policy version (which holds every one of
 * their changes, saved before each event waited) and Synapse as it is, read once for it (waiting
 * while Synapse is down). Events that came during a long wait made newer versions: the round then
 * reads again, so it applies the latest state of everyone who waited, not the state when it began.
 */
async function readRound(synapse: SynapseClient, context: JobContext) {
  const { serverName } = await getHomeserverOrThrow();
  const patience = { onWait: context.setWaiting };
  const serviceUserId = await withPatience(
    () => getServiceUserId(synapse),
    context.signal,
    patience,
  );
  for (let reads = 1; ; reads += 1) {
    const events = await pendingEvents();
    const version = await latestVersion();
    if (!events.length || !version) return null;
    const policy = parseVersionOrThrow(version, serverName);
    const users = new Set(usersInArrivalOrder(events));
    const { state } = await withPatience(
      () => readLiveState(synapse, policy, { serverName, serviceUserId }, { emailsOf: users }),
      context.signal,
      patience,
    );
    const newest = await latestVersion();
    if (newest?.id === version.id || reads >= MAX_REREADS) {
      return { events, version, policy, users, state, serverName, serviceUserId };
    }
  }
}

/**
 * One round: the part of the plan for the round's users applied, each action an audited item.
 * Events for the same user were coalesced by the policy itself: only the user's latest state is
 * applied, once. Null when nothing waits.
 */
async function applyRound(context: JobContext) {
  const synapse = await getServiceSynapse();
  const round = await readRound(synapse, context);
  if (!round) return null;
  const { events, version, policy, users, state, serverName, serviceUserId } = round;
  const settings = await getLifecycleSettings();
  const erased = new Set(
    [...latestEventOf(events).values()]
      .filter((event) => event.type === "revoked" && settings.eraseOnRevoke)
      .map((event) => event.userId),
  );
  const plan = planPolicy(state, policy, { serviceUserId });
  const actions = userPartOf(plan.actions, users, erased);
  const range = `${events[0]!.seq}-${events.at(-1)!.seq}`;
  const failures = new Map<string, string>();
  const summary = await applyPlanActions(
    synapse,
    {
      planId: `lifecycle ${range}`,
      versionNumber: version.number,
      actions,
      policy,
      serverName,
      serviceUserId,
      requestedByRole: "admin",
    },
    roundContext(context, `${range} `, failures),
  );
  const errors = impossibleFor(plan.impossible, users);
  for (const action of actions) {
    const error = failures.get(actionKey(action));
    if (!error) continue;
    for (const userId of usersOf(action)) if (!errors.has(userId)) errors.set(userId, error);
  }
  return { events, summary, errors, users };
}

/**
 * The lifecycle_apply run: rounds of waiting events, in arrival order, until none waits. Each
 * round's events end applied, or failed with their user's first error; a run stopped mid-round
 * leaves them waiting, and a run that fails (Synapse down past the wait) is queued again by the
 * tick, since waiting events are its due work.
 */
export async function runLifecycleApply(_params: unknown, context: JobContext) {
  const totals: Totals = { rounds: 0, events: 0, users: 0, applied: 0, failed: 0 };
  while (!context.signal.aborted) {
    const round = await applyRound(context);
    if (!round) break;
    const { events, summary, errors, users } = round;
    if (summary.stopped || context.signal.aborted) break;
    await finishEvents(events, context.runId, errors);
    totals.rounds += 1;
    totals.events += events.length;
    totals.users += users.size;
    totals.applied += summary.applied;
    totals.failed += errors.size;
  }
  return totals;
}
