import "server-only";
import { ActionError } from "@/lib/actions/action-result";
import type { Role } from "./roles";
import { findRolesOf } from "@/lib/data/target-roles";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { getServiceUserId } from "@/lib/homeserver/service-user-id";
import { isSynapseError, mapWithConcurrency, type SynapseClient } from "@/lib/synapse";
import {
  isServiceAccountSpared,
  onlyServiceAccountMatters,
  TARGETS_NO_USER,
  userTargetRefusal,
  type RuleActor,
  type TargetFacts,
  type UserTargeting,
  type UserTargets,
} from "./user-target-access";

/** Synapse reads at a time when a bulk request names many users. */
const LOOKUP_CONCURRENCY = 5;

/** The refused users of a request, each with the sentence saying why. */
export type UserRefusals = ReadonlyMap<string, string>;

/** Whether Synapse says the user is a server admin; a user it does not know is none. */
async function isSynapseAdmin(synapse: SynapseClient, userId: string): Promise<boolean> {
  try {
    return (await synapse.users.get(userId)).admin;
  } catch (error) {
    // Missing, or not local: the action itself then says so, and changes nothing.
    if (isSynapseError(error, "not_found") || isSynapseError(error, "bad_request")) return false;
    throw error;
  }
}

/**
 * Applies the rule of user-target-access.ts to every target, reading from Synapse whether each is
 * a server admin (only when the actor's role makes it matter) and their console roles.
 */
export async function findUserRefusals(
  actor: RuleActor,
  targets: UserTargets,
  synapse?: SynapseClient,
): Promise<UserRefusals> {
  const userIds = [...new Set(targets.userIds)];
  if (userIds.length === 0) return new Map();
  const adminActor = onlyServiceAccountMatters(actor);
  if (adminActor && !isServiceAccountSpared(targets.effect)) return new Map();
  const client = synapse ?? (await getServiceSynapse());
  const serviceId = await getServiceUserId(client);
  const roles = adminActor ? new Map<string, Role>() : await findRolesOf(userIds);
  const admins = adminActor
    ? userIds.map(() => ({ ok: true as const, value: false }))
    : await mapWithConcurrency(userIds, LOOKUP_CONCURRENCY, (userId) =>
        isSynapseAdmin(client, userId),
      );
  const refusals = new Map<string, string>();
  for (const [index, userId] of userIds.entries()) {
    const admin = admins[index];
    if (admin && !admin.ok) throw admin.error;
    const facts: TargetFacts = {
      userId,
      isServiceAccount: userId === serviceId,
      isSynapseAdmin: admin?.value ?? false,
      consoleRole: roles.get(userId) ?? null,
    };
    const refusal = userTargetRefusal(actor, targets.effect, facts);
    if (refusal) refusals.set(userId, refusal);
  }
  return refusals;
}

/**
 * The wrapper's check: refuses the request with the reasons when the rule refuses a target (or,
 * for an action that reports each user on its own line, every target), before anything is
 * audited or changed. Returns the refused users, which such an action leaves out itself.
 */
export async function assertUserTargetsAllowed<Input>(
  targeting: UserTargeting<Input>,
  input: Input,
  actor: RuleActor,
): Promise<UserRefusals> {
  if (targeting === TARGETS_NO_USER) return new Map();
  const targets = await targeting(input);
  const refusals = await findUserRefusals(actor, targets);
  const refusedAll = refusals.size > 0 && refusals.size >= new Set(targets.userIds).size;
  if (targets.each ? refusedAll : refusals.size > 0)
    throw new ActionError([...refusals.values()].join(" "));
  return refusals;
}
