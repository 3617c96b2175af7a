import { db } from "@/lib/db";
import { isTransient, withPatience } from "@/lib/devices/patience";
import { countOf } from "@/lib/format/count";
import type { LifecycleEvent } from "@/lib/generated/prisma/client";
import { getHomeserverOrThrow } from "@/lib/homeserver/get-homeserver";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { getServiceUserId } from "@/lib/homeserver/service-user-id";
import type { JobContext, RunItem } from "@/lib/jobs/job-kind";
import { applyPlanActions } from "@/lib/operations/policy/apply-plan-actions";
import { rightsOfVersion } from "@/lib/policy/policy-rights";
import { readLiveState } from "@/lib/policy/live/read-live-state";
import { parseVersionOrThrow } from "@/lib/policy/make-plan";
import { actionKey, type PolicyAction } from "@/lib/policy/plan/actions";
import { planPolicy } from "@/lib/policy/plan/plan-policy";
import { getPolicySettings } from "@/lib/policy/settings";
import { latestVersion } from "@/lib/policy/versions";
import type { SynapseClient } from "@/lib/synapse";
import { finishEvents, latestEventOf, pendingEvents, usersInArrivalOrder } from "./pending-events";
import { GUARD_WINDOW_MINUTES, recentLifecycleDeactivations } from "./recent-deactivations";
import { getLifecycleSettings } from "./settings";
import { impossibleFor, userPartOf, usersOf } from "./user-part";

type Totals = { rounds: number; events: number; users: number; applied: number; failed: number };

/**
 * The run's context for one round: item keys carry the round's prefix, so the same action in two
 * rounds of one run is two items, and a resumed run skips what the same round already did. The
 * audit names the events' senders as who asked; the progress bar counts every round's actions.
 */
function roundContext(
  context: JobContext,
  round: { prefix: string; requestedBy: string; done: number },
): JobContext {
  const { prefix } = round;
  const prefixed = (item: RunItem): RunItem => ({ ...item, key: `${prefix}${item.key}` });
  return {
    ...context,
    requestedBy: round.requestedBy,
    setTotal: (total) => context.setTotal(round.done + total),
    doneKeys: async () => {
      const done = await context.doneKeys();
      return new Set(
        [...done].filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length)),
      );
    },
    recordItem: (item) => context.recordItem(prefixed(item)),
    recordItems: (items, alongside) => context.recordItems(items.map(prefixed), alongside),
  };
}

/** The round's failed items by action key, this attempt's and an earlier attempt's alike. */
async function failedItems(runId: string, prefix: string): Promise<Map<string, string>> {
  const items = await db.jobRunItem.findMany({
    where: { runId, ok: false, key: { startsWith: prefix } },
    select: { key: true, error: true },
  });
  return new Map(items.map((item) => [item.key.slice(prefix.length), item.error ?? "failed"]));
}

/** Who asked for the round's changes, for their audit entries: the events' senders. */
function sendersOf(events: readonly LifecycleEvent[]): string {
  return `lifecycle events from ${[...new Set(events.map((event) => event.receivedBy))].join(", ")}`;
}

/**
 * Holds back revocations above the removal guard: a burst of them (a broken sync, a stolen
 * secret) is for an admin to review as a plan. The guard counts the round's deactivations with
 * those lifecycle runs made in the last hour, so a burst sent one event at a time is held too.
 * Returns the actions to apply and, per user held back, why.
 */
async function withinGuard(actions: PolicyAction[]) {
  const deactivations = actions.filter((action) => action.type === "user.deactivate");
  if (!deactivations.length) return { actions, held: new Map<string, string>() };
  const [{ guardCount }, recent] = await Promise.all([
    getPolicySettings(),
    recentLifecycleDeactivations(),
  ]);
  if (recent + deactivations.length <= guardCount)
    return { actions, held: new Map<string, string>() };
  const earlier = recent
    ? ` after ${countOf(recent, "other")} in the last ${GUARD_WINDOW_MINUTES} minutes`
    : " at once";
  const reason = `${countOf(deactivations.length, "account")} would be deactivated${earlier}, above the removal guard (${guardCount}): review the policy's plan and apply it on the Policy page.`;
  const held = new Map(deactivations.map((action) => [action.payload.userId, reason] as const));
  return { actions: actions.filter((action) => action.type !== "user.deactivate"), held };
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
    // Only users the policy gives an email are compared on it: a read each, so no more than those.
    const emailsOf = new Set(
      (policy.users ?? []).filter((user) => user.email && users.has(user.id)).map((u) => u.id),
    );
    const { state } = await withPatience(
      () => readLiveState(synapse, policy, { serverName, serviceUserId }, { emailsOf }),
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
 * One round: the part of the plan for the round's users applied, each action an audited item,
 * acting with an operator's rights (so the user-target rule spares Synapse admins, console role
 * holders and the console's account); making server admins and joining rooms that are not public
 * follow the policy's own rights (lib/policy/policy-rights.ts). Events for the same user were
 * coalesced by the policy itself: only the user's latest state is applied, once. Null when nothing
 * waits.
 */
async function applyRound(context: JobContext, done: number) {
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
  const { actions, held } = await withinGuard(userPartOf(plan.actions, users, erased));
  const range = `${events[0]!.seq}-${events.at(-1)!.seq}`;
  const prefix = `${range} `;
  const summary = await applyPlanActions(
    synapse,
    {
      planId: `lifecycle ${range}`,
      versionNumber: version.number,
      actions,
      policy,
      serverName,
      serviceUserId,
      requestedByRole: "operator",
      // Whether it makes server admins or joins private rooms is the policy's authors' decision.
      contentRole: (await rightsOfVersion(version.number)).role,
    },
    roundContext(context, { prefix, requestedBy: sendersOf(events), done }),
  );
  const failures = await failedItems(context.runId, prefix);
  if (failures.size > 0 && !(await isReachable(synapse))) {
    // Synapse went away mid-round: the events wait for the next run rather than fail.
    throw new Error(
      "Synapse stopped answering during the round; its events wait for the next run.",
    );
  }
  const errors = new Map([...held, ...impossibleFor(plan.impossible, users)]);
  for (const action of actions) {
    const error = failures.get(actionKey(action));
    if (!error) continue;
    for (const userId of usersOf(action)) if (!errors.has(userId)) errors.set(userId, error);
  }
  return { events, summary, errors, users, actions: actions.length };
}

/** Whether Synapse answers now (a failure that is not Synapse being away counts as an answer). */
async function isReachable(synapse: SynapseClient): Promise<boolean> {
  try {
    await synapse.session.whoAmI();
    return true;
  } catch (error) {
    return !isTransient(error);
  }
}

/**
 * The lifecycle_apply run: rounds of waiting events, in arrival order, until none waits. Each
 * round's events end applied, or failed with their user's first error; a run stopped mid-round
 * leaves them waiting, and a run that fails (Synapse down past the wait) is queued again by the
 * tick, since waiting events are its due work.
 */
export async function runLifecycleApply(_params: unknown, context: JobContext) {
  const totals: Totals = { rounds: 0, events: 0, users: 0, applied: 0, failed: 0 };
  let done = 0;
  while (!context.signal.aborted) {
    const round = await applyRound(context, done);
    if (!round) break;
    const { events, summary, errors, users } = round;
    done += round.actions;
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
